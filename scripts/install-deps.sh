#!/usr/bin/env bash
# Installs what Redress needs to build, run and test on Debian 12 (Ubuntu 24.04 should work but is untested;
# Ubuntu 22.04 is too old: CMake 3.22 and Qt 6.2, where Redress needs CMake 3.25 and Qt 6.4).
# Idempotent: packages already present are skipped, and apt-get is not touched when nothing is missing.
# Usage: scripts/install-deps.sh [--test]   (--test adds what the test suite needs)
set -euo pipefail

packages=(
    g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
    libsodium-dev libgl1-mesa-dev libxkbcommon-dev libbenchmark-dev libsqlite3-dev curl jq
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(xvfb xauth dbus-x11 dbus-daemon gnome-keyring postgresql openssl python3)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
# Through env, not export: sudo resets the environment, and a debconf prompt (tzdata, pulled in by postgresql)
# would otherwise stop a non-root developer's run.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
