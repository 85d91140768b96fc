#!/usr/bin/env bash
# Builds marsad. Usage: scripts/build.sh [release|asan]   (default: release → build/, asan → build-asan/)
# Uses ccache when it is installed (paths relative to the checkout, so worktrees share hits).
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-release}
case "$kind" in
  release) dir=build; flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  asan) dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARSAD_SANITIZE=ON -DMARSAD_BENCH=OFF -DMARSAD_TOOLS=OFF) ;;
  *) echo "usage: scripts/build.sh [release|asan]" >&2; exit 1 ;;
esac
if command -v ccache >/dev/null 2>&1; then
  flags+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
fi
cmake -S . -B "$dir" -G Ninja "${flags[@]}" >/dev/null
cmake --build "$dir" -j "$(nproc)"
