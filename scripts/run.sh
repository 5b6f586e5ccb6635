#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and starts the desktop client in demo mode —
# `redress --demo` runs redress-server --demo on a free loopback port with a throwaway database (Northwind
# Mobility: 40 customers, 80 case histories) and signs in as the demo user you pick (agent, lead or trainer).
# Without a display (a server, a CI job) it tells the same story on the command line (scripts/story.sh).
# Arguments go to redress, e.g. scripts/run.sh --demo-user lead   or   scripts/run.sh --language es
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run.sh: no display for the desktop client (DISPLAY is not set); the demo story on the command line instead."
    exec scripts/story.sh
fi
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target redress redress-server >/dev/null
exec build/release/app/redress --demo "$@"
