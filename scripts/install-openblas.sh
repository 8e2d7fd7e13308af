#!/usr/bin/env bash
# Installs a newer OpenBLAS for nbrun's matrix products, next to the system's: the library of the pinned
# scipy-openblas32 wheel from PyPI (OpenBLAS built by the NumPy/SciPy project, DYNAMIC_ARCH, 32-bit integers,
# symbols prefixed "scipy_"), copied to ${XDG_DATA_HOME:-~/.local/share}/nbrun/openblas/libscipy_openblas.so,
# where nbrun's loader looks before the system's libopenblas.so.0 (Modules/Sources/COpenBLAS/include/COpenBLAS.h).
#
# Optional, and not run by scripts/setup.sh: on the machine of issue 20 (Intel family 6 model 207, 2 cores) this
# OpenBLAS multiplied matrices no faster than Debian 12's 0.3.21 on the SkylakeX kernels nbrun selects for it
# (docs/modules.md, "Speed"). For a CPU newer than Debian's library knows, or to compare. `nbrun doctor` says which
# library is in use; NBRUN_OPENBLAS=/path/to/libopenblas.so picks any other LP64 OpenBLAS. Needs python3 with pip
# and PyPI; idempotent; x86-64 Linux only.
set -euo pipefail

VERSION="0.3.34.481.3"  # scipy-openblas32 on PyPI: OpenBLAS 0.3.34
target_dir="${XDG_DATA_HOME:-$HOME/.local/share}/nbrun/openblas"
library="$target_dir/libscipy_openblas.so"
stamp="$target_dir/VERSION"

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || exit 0
if [ -f "$library" ] && [ "$(cat "$stamp" 2>/dev/null)" = "scipy-openblas32 $VERSION" ]; then
    exit 0
fi
python="$(command -v python3 || true)"
if [ -z "$python" ] || ! "$python" -m pip --version >/dev/null 2>&1; then
    echo "nbrun setup: no python3 with pip: keeping the system's OpenBLAS (see scripts/install-openblas.sh)" >&2
    exit 0
fi
echo "nbrun setup: installing OpenBLAS 0.3.34 (scipy-openblas32 $VERSION from PyPI) into $target_dir" >&2
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
if ! "$python" -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
        --dest "$scratch" "scipy-openblas32==$VERSION" >"$scratch/pip.log" 2>&1; then
    echo "nbrun setup: could not download scipy-openblas32 (keeping the system's OpenBLAS): $(tail -n 1 "$scratch/pip.log")" >&2
    exit 0
fi
wheel="$(ls "$scratch"/scipy_openblas32-*.whl)"
"$python" - "$wheel" "$scratch/libscipy_openblas.so" <<'PYTHON'
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel, wheel.open("scipy_openblas32/lib/libscipy_openblas.so") as source, \
        open(sys.argv[2], "wb") as target:
    shutil.copyfileobj(source, target)
PYTHON
mkdir -p "$target_dir"
install -m 0644 "$scratch/libscipy_openblas.so" "$library.partial"
mv "$library.partial" "$library"
echo "scipy-openblas32 $VERSION" >"$stamp"
