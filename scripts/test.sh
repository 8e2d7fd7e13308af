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
# Each part has a deadline well past its usual time (about 5, 1 and 2 minutes), so a hung test fails the run with
# the log of the test that hung instead of stalling CI until its own limit.
timeout --kill-after=30s 40m swift test --disable-swift-testing
timeout --kill-after=30s 15m "$root/scripts/browser-test.sh"
cd "$root/Modules"
timeout --kill-after=30s 20m swift test --disable-swift-testing
