#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 cluster on loopback, then stops and deletes the cluster.
# The command sees REDRESS_TEST_PG=postgresql://postgres@127.0.0.1:PORT/redress.
# Usage: scripts/with-postgres.sh COMMAND [ARG...]
# PostgreSQL refuses to run as root, so the cluster runs as the `postgres` user (runuser when we are root).
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    echo "with-postgres: PostgreSQL is not installed (Debian: postgresql)" >&2
    exit 1
fi
as_postgres=()
if [[ $(id -u) -eq 0 ]]; then
    as_postgres=(runuser -u postgres --)
elif [[ $(id -un) != postgres ]]; then
    as_postgres=()
fi

dir=$(mktemp -d /tmp/redress-pg.XXXXXX)
chmod 755 "$dir"
[[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cleanup() {
    "${as_postgres[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT

"${as_postgres[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U postgres --no-sync >/dev/null
"${as_postgres[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres redress

export REDRESS_TEST_PG="postgresql://postgres@127.0.0.1:$port/redress"
echo "with-postgres: $REDRESS_TEST_PG"
"$@"
