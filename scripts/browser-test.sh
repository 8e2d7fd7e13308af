#!/usr/bin/env bash
# Real-browser tests of live pages (Tests/Browser): headless Chromium driven by Selenium.
# Installs what it needs when missing — chromium and chromium-driver with apt-get, Selenium in a virtual environment
# under .build/ — so a fresh machine runs it too; fails loudly when it cannot. Idempotent and quiet when set up.
# Usage: scripts/browser-test.sh [NBRUN]   (default: .build/debug/nbrun, built when missing)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages=(chromium chromium-driver)
python3 -m venv --help >/dev/null 2>&1 || packages+=(python3-venv)
"$root/scripts/setup.sh" "${packages[@]}"
venv="$root/.build/browser-venv"
if ! "$venv/bin/python" -c "import selenium" 2>/dev/null; then
    echo "browser tests: installing selenium into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "selenium==4.40.0"
fi
nbrun="${1:-$root/.build/debug/nbrun}"
if [ ! -x "$nbrun" ]; then
    (cd "$root" && swift build --product nbrun)
fi
# A small page that holds every combination (a slider, a choice, a toggle), then the first lesson. With a debug
# build the lesson's groups hold each control moved alone (--live-max-states), which keeps the render short; with a
# release build (scripts/browser-test.sh .build/release/nbrun) every combination, as published.
"$venv/bin/python" "$root/Tests/Browser/live_pages_test.py" "$nbrun" "$root/Tests/Browser/live-small.md" 6
limit=()
[[ "$nbrun" == *release* ]] || limit=(--live-max-states 200)
"$venv/bin/python" "$root/Tests/Browser/live_pages_test.py" "$nbrun" "$root/Notebooks/how-llms-work.md" 5 "${limit[@]}"
