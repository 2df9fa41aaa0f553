#!/usr/bin/env bash
# Faults of the team store on a real PostgreSQL server (under with-server.sh):
# a password in the location, an unknown database, a wrong password, a newer
# schema, `kill -9` of an assess in the middle of its transaction, and the
# server stopped during a run and down before one. Each error is one line that
# names the location, exit 2; the reports are written when the server fails.
set -euo pipefail
kubus=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# shellcheck source=tests/pg/common.sh
. "$(dirname "$0")/common.sh"
unset KUBUS_HISTORY
cp -r "$src/assessments/energieleverancier" "$tmp/a"

# assess with --history LOCATION fails with exit 2 and a one-line error[CODE] naming SHOWN that says SAYS.
refused() {
  local location=$1 shown=$2 code=$3 says=$4 status=0
  rm -rf "$tmp/out"
  "$kubus" assess "$tmp/a" -o "$tmp/out" --history "$location" > /dev/null 2> "$tmp/err" || status=$?
  [ "$status" = 2 ] || fail "assess --history '$shown' exited $status: $(cat "$tmp/err")"
  [ "$(grep -c 'error\[' "$tmp/err")" = 1 ] && [ "$(wc -l < "$tmp/err")" = 2 ] || fail "not one error: $(cat "$tmp/err")"
  grep -qF "$shown: error[$code]: " "$tmp/err" && grep -qF -- "$says" "$tmp/err" || fail "error for '$shown': $(cat "$tmp/err")"
  ! grep -q "secret\|FATAL\|Is the server running" "$tmp/err" || fail "the error shows a password or libpq's text: $(cat "$tmp/err")"
}
refused "postgresql://kubus:secret@localhost/team" "postgresql://kubus@localhost/team" E0905 "carries a password"
refused "dbname=no_such_db" "dbname=no_such_db" E0905 "there is no database 'no_such_db' on the server"
[ -f "$tmp/out/report.json" ] || fail "the reports are not written when the server refuses"
PGPASSWORD=wrong refused "$KUBUS_TEST_PG_TCP dbname=postgres" "$KUBUS_TEST_PG_TCP dbname=postgres" E0905 \
  "the server refused the password of user '$PGUSER'"
PGPASSWORD=$KUBUS_TEST_PG_PASSWORD "$kubus" assess "$tmp/a" -o "$tmp/out" --history "$KUBUS_TEST_PG_TCP dbname=postgres" \
  > /dev/null || fail "assess with the password from PGPASSWORD"

# A newer schema is refused and left as it was; the reports are not written (as with SQLite).
"$PG_BIN/createdb" newer
psql -d newer -c "CREATE TABLE kubus_migrations(version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL);
                  INSERT INTO kubus_migrations VALUES(99, now())"
refused "dbname=newer" "dbname=newer" E0902 "was written by a newer kubus (history schema 99"
[ "$(psql -d newer -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" = 1 ] || fail "the newer store was written"

# kill -9 in the middle of the transaction: the run has inserted its run and
# copied its scores, criteria and findings, and waits to copy its gaps, which
# another session has locked.
"$PG_BIN/createdb" killed
"$kubus" assess "$tmp/a" -o "$tmp/out" --history dbname=killed > /dev/null || fail "first run into 'killed'"
psql -d killed -c "BEGIN; LOCK TABLE gaps IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(120)" > /dev/null 2>&1 &
locker=$!
wait_for killed "SELECT count(*) = 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                 WHERE c.relname = 'gaps' AND l.mode = 'AccessExclusiveLock' AND l.granted"
"$kubus" assess "$tmp/a" -o "$tmp/out2" --history dbname=killed > /dev/null 2>&1 &
victim=$!
wait_for killed "SELECT count(*) = 1 FROM pg_stat_activity WHERE application_name = 'kubus'
                 AND wait_event_type = 'Lock' AND query LIKE 'COPY gaps%'"
kill -9 "$victim"
wait "$victim" 2> /dev/null || true
psql -d killed -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()
                   AND datname = 'killed' AND application_name <> 'kubus'" > /dev/null
wait "$locker" 2> /dev/null || true
wait_for killed "SELECT count(*) = 0 FROM pg_stat_activity WHERE application_name = 'kubus'"
[ "$(psql -d killed -c "SELECT count(*) FROM runs")" = 1 ] || fail "the killed run was recorded"
for t in scores criteria findings gaps roadmap; do
  [ "$(psql -d killed -c "SELECT count(*) FROM $t WHERE run_id <> 1")" = 0 ] || fail "the killed run left rows in $t"
done
"$kubus" assess "$tmp/a" -o "$tmp/out" --history dbname=killed > /dev/null || fail "a run after the killed one"
"$kubus" history "$tmp/a" --history dbname=killed | grep -q '^run   2 ' || fail "the next run is not run 2"
echo "faults: kill -9 in the transaction left runs 1 and 2 only"

# The server stopped during a run: the run waits for the lock another session
# holds (its reports are written by then) when the server stops.
"$PG_BIN/createdb" stopped
"$kubus" assess "$tmp/a" -o "$tmp/out" --history dbname=stopped > /dev/null || fail "first run into 'stopped'"
psql -d stopped -c "BEGIN; SELECT pg_advisory_xact_lock(1263878739); SELECT pg_sleep(120)" > /dev/null 2>&1 &
locker=$!
wait_for stopped "SELECT count(*) = 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
rm -rf "$tmp/out"
status=0
"$kubus" assess "$tmp/a" -o "$tmp/out" --history dbname=stopped > /dev/null 2> "$tmp/err" &
victim=$!
wait_for stopped "SELECT count(*) = 1 FROM pg_stat_activity WHERE application_name = 'kubus' AND wait_event = 'advisory'"
as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop > /dev/null
wait "$victim" || status=$?
wait "$locker" 2> /dev/null || true
[ "$status" = 2 ] || fail "assess when the server stopped exited $status: $(cat "$tmp/err")"
[ "$(grep -c 'error\[' "$tmp/err")" = 1 ] && grep -q "^dbname=stopped: error\[E0905\]: cannot record the run: lost the connection to the history server 'dbname=stopped'" "$tmp/err" ||
  fail "error when the server stopped: $(cat "$tmp/err")"
[ -f "$tmp/out/report.json" ] && [ -f "$tmp/out/report.html" ] || fail "the reports are not written when the server stopped"
cat "$tmp/err"

# The server down before the run: the same, and the reports are written.
rm -rf "$tmp/out"
refused "dbname=stopped" "dbname=stopped" E0905 "cannot connect to the history 'dbname=stopped': no PostgreSQL server answers there"
[ -f "$tmp/out/report.json" ] || fail "the reports are not written when the server is down"
cat "$tmp/err"
echo "faults: ok"
