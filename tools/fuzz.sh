#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, build-fuzz/) and runs them.
#   tools/fuzz.sh build                 configure and build every target in fuzz/
#   tools/fuzz.sh TARGET SECONDS [ARGS] run one target (fuzz_html, ...) for SECONDS on its seeds
#   tools/fuzz.sh smoke SECONDS         run every target for SECONDS each, FUZZ_PARALLEL (default
#                                       nproc) at a time; fails on any finding
# New inputs go to build-fuzz/corpus/TARGET (the committed seeds in fuzz/corpus/TARGET stay
# untouched); crashes to build-fuzz/findings/. Exit status is non-zero on a crash, leak,
# sanitizer report or timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(fuzz_decode fuzz_container fuzz_jsonl fuzz_warc fuzz_html fuzz_text fuzz_search fuzz_events)

build() {
  local flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARSAD_FUZZ=ON -DMARSAD_TESTS=OFF
               -DMARSAD_BENCH=OFF -DMARSAD_TOOLS=OFF
               -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++)
  if command -v ccache >/dev/null 2>&1; then
    flags+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
  fi
  cmake -S . -B build-fuzz -G Ninja "${flags[@]}" >/dev/null
  cmake --build build-fuzz -j "${JOBS:-$(nproc)}" --target "${targets[@]}"
}

run() {  # run TARGET SECONDS [libFuzzer args...]
  local t=$1 secs=$2; shift 2
  mkdir -p "build-fuzz/corpus/$t" build-fuzz/findings
  local dict=()
  [[ -f "fuzz/dict/$t.dict" ]] && dict=(-dict="fuzz/dict/$t.dict")
  export MARSAD_DATA="${MARSAD_DATA:-$PWD/data}"
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
  "build-fuzz/fuzz/$t" -max_total_time="$secs" -timeout=25 -rss_limit_mb=2560 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/findings/$t-" "${dict[@]}" "$@" \
    "build-fuzz/corpus/$t" "fuzz/corpus/$t"
}

case "${1:-}" in
  build) build ;;
  smoke)
    # Targets run side by side, FUZZ_PARALLEL at a time (default: the number of cores; each
    # libFuzzer process uses one), so 8 targets of 60 s take 4 minutes on 2 cores.
    secs=${2:-10}
    par=${FUZZ_PARALLEL:-$(nproc)}
    [[ -x build-fuzz/fuzz/fuzz_events ]] || build
    for t in "${targets[@]}"; do
      while (( $(jobs -rp | wc -l) >= par )); do wait -n || true; done
      echo "== $t: ${secs}s"
      rm -f "build-fuzz/$t.rc"
      ( rc=0; run "$t" "$secs" > "build-fuzz/$t.log" 2>&1 || rc=$?; echo $rc > "build-fuzz/$t.rc" ) &
    done
    wait
    status=0
    for t in "${targets[@]}"; do
      if [[ "$(cat "build-fuzz/$t.rc" 2>/dev/null)" != 0 ]]; then
        echo "FAIL $t (log: build-fuzz/$t.log)"; tail -40 "build-fuzz/$t.log"; status=1
      else
        echo "$t: $(grep -E "Done [0-9]+ runs" "build-fuzz/$t.log" | tail -1)"
      fi
    done
    exit $status ;;
  fuzz_*) [[ -x "build-fuzz/fuzz/$1" ]] || build; run "$@" ;;
  *) echo "usage: tools/fuzz.sh build | smoke SECONDS | TARGET SECONDS [libFuzzer args]" >&2; exit 1 ;;
esac
