#!/usr/bin/env bash
# docs/team-store.md, "Setting up a database from nothing" and "Backup and
# restore", done as written on a real server (under with-server.sh): the owning
# role, the database, two consultants working as the owner, a backup role. Both
# consultants record (the second into the tables the first created, which the
# owning role owns), the backup role dumps, and the dump restores into a new
# database that kubus reads.
set -euo pipefail
kubus=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# shellcheck source=tests/pg/common.sh
. "$(dirname "$0")/common.sh"
unset KUBUS_HISTORY
cp -r "$src/assessments/energieleverancier" "$tmp/noord"

psql <<'SQL'
CREATE ROLE kubus_owner NOLOGIN;
CREATE DATABASE kubus OWNER kubus_owner ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE anne LOGIN PASSWORD 'choose-one' IN ROLE kubus_owner;
CREATE ROLE bram LOGIN PASSWORD 'choose-another' IN ROLE kubus_owner;
ALTER ROLE anne IN DATABASE kubus SET role = 'kubus_owner';
ALTER ROLE bram IN DATABASE kubus SET role = 'kubus_owner';
CREATE ROLE kubus_backup LOGIN PASSWORD '...' IN ROLE pg_read_all_data;
SQL
"$kubus" assess "$tmp/noord" -o "$tmp/out" --history "dbname=kubus user=anne" > /dev/null || fail "anne's first run"
"$kubus" assess "$tmp/noord" -o "$tmp/out" --history "dbname=kubus user=bram" > /dev/null || fail "bram's run"
owners=$(psql -d kubus -c "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
[ "$owners" = kubus_owner ] || fail "the tables are not the owning role's: $owners"
[ "$("$kubus" history "$tmp/noord" --history "dbname=kubus user=bram" | grep -c '^run ')" = 2 ] ||
  fail "the two consultants' runs are not both in the store"

"$PG_BIN/pg_dump" --format=custom --file="$tmp/kubus.dump" "dbname=kubus user=kubus_backup" || fail "pg_dump as kubus_backup"
"$PG_BIN/createdb" --owner=kubus_owner --template=template0 kubus_check
"$PG_BIN/pg_restore" --dbname=kubus_check --role=kubus_owner --no-owner "$tmp/kubus.dump" || fail "pg_restore"
"$kubus" history --all --history "dbname=kubus_check user=anne" | grep -q "^noord  last run 2 " ||
  fail "the restored store does not hold the portfolio"
"$kubus" assess "$tmp/noord" -o "$tmp/out" --history "dbname=kubus_check user=bram" > /dev/null ||
  fail "a run into the restored store"
echo "setup: ok"
