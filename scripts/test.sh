#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs the whole test suite (the server
# suites on SQLite and again on PostgreSQL).
# Usage: scripts/test.sh [PRESET]   (PRESET: dev (default), ci, sanitize)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"

scripts/install-deps.sh --test
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset"
# The server suites again, on a throwaway PostgreSQL cluster instead of SQLite.
scripts/with-postgres.sh ctest --preset "$preset" -L postgres
