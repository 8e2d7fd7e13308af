#!/usr/bin/env bash
# Sets up and runs every test: the nbrun package, the live pages in a real browser (scripts/browser-test.sh), then the
# ML modules package (Modules/).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
# The Python oracles of the conversion tests (nbformat's validator, nbconvert, jsonschema), in .venv-test.
NBRUN_TEST_PYTHON="$("$root/scripts/python-tools.sh")"
export NBRUN_TEST_PYTHON NBRUN_REQUIRE_PYTHON_TOOLS=1
cd "$root"
swift test --disable-swift-testing
"$root/scripts/browser-test.sh"
cd "$root/Modules"
swift test --disable-swift-testing
