#!/bin/sh
# Runs a command against a real, throwaway Secret Service: a private D-Bus session with GNOME Keyring unlocked
# by a dummy password, under a fresh HOME that is deleted afterwards — so tests never see the developer's own
# keyring and leave nothing behind. The command learns that HOME from REDRESS_TEST_KEYCHAIN_HOME.
# Usage: tests/models/with-keychain.sh COMMAND [ARGS...]   (needs dbus-run-session and gnome-keyring-daemon)
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keychain: $tool not found (scripts/install-deps.sh --test installs it); running without" >&2
        exec "$@"
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/redress-keychain.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -m 700 "$home/run"

# The keyring daemon follows the desktop: unset what would point QtKeychain at KWallet or a real session.
unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_KEYRING_CONTROL \
    XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME DBUS_SESSION_BUS_ADDRESS
export HOME="$home" XDG_RUNTIME_DIR="$home/run" REDRESS_TEST_KEYCHAIN_HOME="$home"

status=0
dbus-run-session -- sh -c '
    printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keychain "$@" || status=$?
exit "$status"
