#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite: unit and end-to-end tests on
# the Release build (with the hostile-input suite, tests/hostile/), then again under
# AddressSanitizer + UndefinedBehaviorSanitizer, then a fuzz smoke run: every libFuzzer target in
# fuzz/ for FUZZ_SECONDS each (default 60, two targets at a time on two cores; FUZZ_SECONDS=0
# skips it; see fuzz/FUZZING.md for the time budget).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh release
(cd build && ctest --output-on-failure -j "$(nproc)" --timeout 300)
bash scripts/build.sh asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j "$(nproc)" --timeout 600)
if [ "${FUZZ_SECONDS:-60}" != 0 ]; then
  bash tools/fuzz.sh build
  bash tools/fuzz.sh smoke "${FUZZ_SECONDS:-60}"
fi
