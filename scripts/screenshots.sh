#!/usr/bin/env bash
# Re-takes docs/screenshots/*.png from the real client window on a virtual X display (Xvfb), against the demo
# server: main window, search, tree guide, compensation verdicts, message composer, offline banner.
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}

scripts/install-deps.sh --test
cmake --preset dev >/dev/null
cmake --build --preset dev --target redress-screenshots >/dev/null
mkdir -p "$out"
# A fresh HOME keeps the user's settings (recent cases, language) out of the pictures.
home=$(mktemp -d /tmp/redress-shots.XXXXXX)
trap 'rm -rf "$home"' EXIT
HOME=$home LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" build/dev/tests/ui/redress-screenshots "$out"
