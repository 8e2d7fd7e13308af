#!/usr/bin/env bash
# Sets up and runs every test: the nbrun package, then the ML modules package (Modules/).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
cd "$root"
swift test --disable-swift-testing
cd "$root/Modules"
swift test --disable-swift-testing
