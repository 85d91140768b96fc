#!/usr/bin/env bash
# The README's install of the Python module, offline: a virtual environment with Debian's
# site packages, `pip install --no-build-isolation --no-index .` of the checkout (the extension
# CMake built in BUILD_DIR), then the README's example from another folder, no PYTHONPATH: it
# must print a coded event. Usage: install_test.sh SOURCE_DIR BUILD_DIR PYTHON
set -euo pipefail
source_dir=$1 build_dir=$2 python=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" -m venv --system-site-packages "$work/venv"
MARSAD_BUILD_DIR="$build_dir" "$work/venv/bin/pip" install -q --no-build-isolation --no-index \
  --disable-pip-version-check "$source_dir" 2>&1 | grep -v "^$" || true
unset PYTHONPATH
cd "$work"
out=$("$work/venv/bin/python3" -c "import marsad; print(marsad.Pipeline().code(text='قصفت الطائرات الأمريكية مواقع داعش في العراق.')['events'])")
echo "$out"
where=$("$work/venv/bin/python3" -c "import marsad; print(marsad.__file__)")
case "$where" in
  "$work/venv/"*) ;;
  *) echo "install_test: marsad imported from $where, not from the venv" >&2; exit 1 ;;
esac
case "$out" in
  *"'cameo': '19"*) echo "install_test: ok ($where)" ;;
  *) echo "install_test: the example printed no coded event" >&2; exit 1 ;;
esac
