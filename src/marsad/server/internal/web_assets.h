// Internal to marsad/server: the web page's files, compiled into the binary. The definitions
// are generated at build time by web/build.mjs (web_assets.cc in the build tree).
#pragma once

#include <string_view>

namespace marsad::server {

struct WebAsset {
  std::string_view path;  // "/", "/assets/app.js"
  std::string_view content_type;
  std::string_view bytes;
};

// The asset served at exactly this path, or nullptr: there is no file system behind it, so
// "..", encoded slashes or absolute paths can only miss.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace marsad::server
