#!/usr/bin/env bash
# Builds marsad. Usage: scripts/build.sh [release|asan]   (default: release → build/, asan → build-asan/)
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-release}
case "$kind" in
  release) dir=build; flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  asan) dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARSAD_SANITIZE=ON -DMARSAD_BENCH=OFF -DMARSAD_TOOLS=OFF) ;;
  *) echo "usage: scripts/build.sh [release|asan]" >&2; exit 1 ;;
esac
cmake -S . -B "$dir" -G Ninja "${flags[@]}" >/dev/null
cmake --build "$dir" -j "$(nproc)"
