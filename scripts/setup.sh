#!/usr/bin/env bash
# Installs what nbrun needs on Debian/Ubuntu when it is missing: cmark and OpenBLAS (C libraries); HarfBuzz's
# hb-subset and the DejaVu Math TeX Gyre font, whose subset pages embed so formulas render without a math font.
# Idempotent and quiet when everything is already there. Swift itself must already be installed.
# Extra Debian packages to install when missing can be named as arguments (scripts/browser-test.sh names Chromium's).
set -euo pipefail

packages=(libcmark-dev libopenblas-dev libgraphviz-dev pkg-config libharfbuzz-bin fonts-dejavu-core "$@")
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "nbrun setup: installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "nbrun setup: Swift 6.1 or later is required (https://swift.org/install)" >&2; exit 1; }
