#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server: initdb into a
# temporary directory, pg_ctl start on a free port with a socket directory of
# its own, as the unprivileged user `nobody` when run as root (the server
# refuses root), and stopped and removed afterwards, also when the command
# fails or the script is interrupted. The command sees PGHOST (the socket
# directory), PGPORT, PGUSER and PGDATABASE=postgres, PG_BIN (the server's
# programs), and for password logins over TCP KUBUS_TEST_PG_TCP ("host=127.0.0.1
# port=N") with KUBUS_TEST_PG_PASSWORD, and to stop or restart the server
# PG_DATA, PG_OWNER and PG_OPTIONS (pg_ctl -D "$PG_DATA" -o "$PG_OPTIONS", run
# as PG_OWNER). Exits 77 (skipped) without the
# PostgreSQL server programs (Debian's postgresql, scripts/setup.sh).
# Usage: with-server.sh COMMAND [ARGS...]
set -euo pipefail
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
  echo "SKIP: no PostgreSQL server programs (initdb, pg_ctl in /usr/lib/postgresql/*/bin): scripts/setup.sh installs postgresql"
  exit 77
fi
export PG_BIN
dir=$(mktemp -d /tmp/kubus-pg.XXXXXX)  # short: a socket path has at most 107 bytes
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown nobody "$dir"
  as_owner=(runuser -u nobody --)
fi
owner=$(stat -c %U "$dir")
stop() {
  "${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop > /dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM

"${as_owner[@]}" "$PG_BIN/initdb" -D "$dir/data" -U "$owner" --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
# A free port: one nothing answers on, tried again if the server cannot take it.
for _ in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 40000))
  (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null && continue
  options="-p $port -k $dir -c listen_addresses=127.0.0.1"
  if "${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$options" start > /dev/null; then
    started=1
    break
  fi
done
[ -n "${started:-}" ] || { echo "FAIL: the PostgreSQL server did not start"; cat "$dir/server.log"; exit 1; }

export PGHOST=$dir PGPORT=$port PGUSER=$owner PGDATABASE=postgres PG_DATA=$dir/data PG_OWNER=$owner PG_OPTIONS=$options
unset PGPASSWORD PGSERVICE
export KUBUS_TEST_PG_TCP="host=127.0.0.1 port=$port" KUBUS_TEST_PG_PASSWORD=kubus-test-password
"$PG_BIN/psql" -qX -v ON_ERROR_STOP=1 -c "ALTER ROLE \"$owner\" PASSWORD '$KUBUS_TEST_PG_PASSWORD'" > /dev/null
export PGPASSFILE=$dir/no-pgpass  # the user's ~/.pgpass plays no part
status=0
"$@" || status=$?
exit $status
