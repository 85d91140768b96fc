# The web page of `marsad serve`: web/src bundled by esbuild (from web/node_modules, which
# scripts/install-deps.sh installs with npm ci) into ${CMAKE_BINARY_DIR}/web, with the Arabic
# font, and compiled into marsad_server by the generated web_assets.cc. No bundle, no build:
# a server without its page would be a silent failure.
find_program(NODE_EXECUTABLE NAMES node nodejs)
if(NOT NODE_EXECUTABLE OR NOT EXISTS "${CMAKE_SOURCE_DIR}/web/node_modules/esbuild/package.json")
  message(FATAL_ERROR
    "The web page of marsad serve is bundled with Node.js and the packages of web/package.json, "
    "which are missing (node: ${NODE_EXECUTABLE}). Run: bash scripts/install-deps.sh "
    "(it installs nodejs and runs npm ci in web/).")
endif()
find_file(MARSAD_ARABIC_FONT NotoSansArabic-Regular.ttf
          PATHS /usr/share/fonts/truetype/noto NO_DEFAULT_PATH)
if(NOT MARSAD_ARABIC_FONT)
  message(FATAL_ERROR "The page's Arabic font NotoSansArabic-Regular.ttf (Debian fonts-noto-core) "
                      "is missing. Run: bash scripts/install-deps.sh")
endif()

file(GLOB marsad_web_sources CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/src/*")
set(marsad_web_out "${CMAKE_BINARY_DIR}/web")
add_custom_command(
  OUTPUT "${marsad_web_out}/web_assets.cc"
  COMMAND "${NODE_EXECUTABLE}" "${CMAKE_SOURCE_DIR}/web/build.mjs" "${marsad_web_out}" "${MARSAD_ARABIC_FONT}"
  DEPENDS ${marsad_web_sources} "${CMAKE_SOURCE_DIR}/web/build.mjs"
          "${CMAKE_SOURCE_DIR}/web/package-lock.json" "${MARSAD_ARABIC_FONT}"
  COMMENT "Bundling the web page (web/src) with esbuild"
  VERBATIM)
target_sources(marsad_server PRIVATE "${marsad_web_out}/web_assets.cc")
