#!/usr/bin/env bash
# The history database: every assess records a run; history lists them, diff
# compares the last two; a file that is not a history database is reported and
# left untouched; --no-history writes nothing. The same on both backends:
# BACKEND sqlite (the default) or postgres, under tests/pg/with-server.sh, where
# each store is a new database on its throw-away server.
# Usage: history.sh KUBUS SOURCE_DIR [BACKEND]
set -euo pipefail
kubus=$1
src=$2
backend=${3:-sqlite}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
unset KUBUS_HISTORY
# A new, empty store named NAME on the backend under test.
new_store() {
  if [ "$backend" = postgres ]; then
    "$PG_BIN/createdb" "kubus_cli_$1" && echo "dbname=kubus_cli_$1"
  else
    echo "$tmp/team/$1.db"  # beside the clients: runs are named clients/NAME
  fi
}
# The default store of the assessment: beside it for SQLite, $KUBUS_HISTORY for a server.
if [ "$backend" = postgres ]; then
  KUBUS_HISTORY=$(new_store default)
  export KUBUS_HISTORY
fi

cp -r "$src/assessments/energieleverancier" "$tmp/a"
"$kubus" assess "$tmp/a" -o "$tmp/r1" --no-history > /dev/null
[ ! -e "$tmp/a/.kubus" ] || fail "--no-history created a history"
if "$kubus" history "$tmp/a" > /dev/null 2>&1; then fail "--no-history recorded a run"; fi

"$kubus" assess "$tmp/a" -o "$tmp/r1" > /dev/null || fail "first assess"
[ "$backend" = postgres ] || [ -f "$tmp/a/.kubus/history.db" ] || fail "no history.db beside the assessment"
# Change the model: give the unowned touchpoint an owner, then assess again.
sed -i 's/^touchpoint terugleveren-vraag \(.*\) {$/touchpoint terugleveren-vraag \1 {\n  owner: manager-klantadministratie/' "$tmp/a/model/touchpoints-use.kubus"
"$kubus" check "$tmp/a/model" > /dev/null 2>&1 || { "$kubus" check "$tmp/a/model"; fail "edited model does not check"; }
"$kubus" assess "$tmp/a" -o "$tmp/r2" > /dev/null || fail "second assess"

grep -q '"since_previous": null' "$tmp/r1/report.json" || fail "the first recorded run reports progress since a run"
grep -A1 '"previous": {' "$tmp/r2/report.json" | grep -q '"run": 1' || fail "the second run's report does not name run 1 as previous"
grep -q "Since run 1 (2 November 2026) the score moved" "$tmp/r2/report.md" || fail "report.md shows no progress since run 1"

"$kubus" history "$tmp/a" > "$tmp/history" || fail "history exited $?"
[ "$(grep -c '^run ' "$tmp/history")" = 2 ] || fail "history does not list two runs: $(cat "$tmp/history")"
"$kubus" history "$tmp/a" --format json | grep -q '"run": 2' || fail "history --format json lacks run 2"

"$kubus" diff --assessment "$tmp/a" > "$tmp/diff" || fail "diff exited $?"
grep -q "Changes from run 1 to run 2" "$tmp/diff" || fail "diff header: $(cat "$tmp/diff")"
grep -q "resolved finding: touchpoint-has-owner terugleveren-vraag" "$tmp/diff" || fail "diff misses the resolved finding: $(cat "$tmp/diff")"
"$kubus" diff 2 1 --assessment "$tmp/a" | grep -q "new finding: touchpoint-has-owner terugleveren-vraag" ||
  fail "diff 2 1 does not show the finding as new"
if "$kubus" diff 1 9 --assessment "$tmp/a" > /dev/null 2>&1; then fail "diff of a missing run succeeded"; fi

# Progress: the next run records governance-board as done and appoint-line-owners as started.
printf 'progress:\n  governance-board: done\n  appoint-line-owners: started\n' >> "$tmp/a/assessment.yaml"
"$kubus" assess "$tmp/a" -o "$tmp/r3" > /dev/null || fail "third assess, with progress"
"$kubus" diff --assessment "$tmp/a" > "$tmp/diff" || fail "diff of runs 2 and 3 exited $?"
grep -q "roadmap: governance-board done" "$tmp/diff" || fail "diff misses the done initiative: $(cat "$tmp/diff")"
grep -q "roadmap: appoint-line-owners started" "$tmp/diff" || fail "diff misses the started one: $(cat "$tmp/diff")"
"$kubus" diff --assessment "$tmp/a" --format json | grep -A2 '"done": \[' | grep -q '"governance-board"' ||
  fail "diff --format json misses the done initiative"

# The title on every line; a shared database lists the runs of the assessment given, --all every run.
grep -q "overall .* (level [0-9])  Stroom & Gas Nederland, CCM assessment 2026" "$tmp/history" || fail "history lacks the title: $(cat "$tmp/history")"
mkdir -p "$tmp/team/clients"
cp -r "$src/assessments/energieleverancier" "$tmp/team/clients/energie"
cp -r "$src/assessments/zorgverzekeraar" "$tmp/team/clients/zorg"
shared=$(new_store shared)
# A file's runs name their assessment relative to it; a server's by the directory's name.
if [ "$backend" = postgres ]; then energie=energie; zorg=zorg; else energie=clients/energie; zorg=clients/zorg; fi
for c in energie zorg energie; do
  "$kubus" assess "$tmp/team/clients/$c" -o "$tmp/team/r-$c" --history "$shared" --author "Anne de Vries" > /dev/null ||
    fail "assess $c"
done
"$kubus" history "$tmp/team/clients/zorg" --history "$shared" > "$tmp/zorg" || fail "history of zorg"
[ "$(grep -c '^run ' "$tmp/zorg")" = 1 ] && grep -q '^run   2 .*Zorgverzekeraar' "$tmp/zorg" ||
  fail "history of one assessment in a shared database: $(cat "$tmp/zorg")"
"$kubus" history "$tmp/team/clients/energie" --history "$shared" --format json > "$tmp/energie.json"
[ "$(grep -c '"run":' "$tmp/energie.json")" = 2 ] && grep -q "\"assessment\": \"$energie\"" "$tmp/energie.json" ||
  fail "history --format json of energie: $(cat "$tmp/energie.json")"
grep -q '"author": "Anne de Vries"' "$tmp/energie.json" || fail "--author is not recorded: $(cat "$tmp/energie.json")"
grep -q "\"author\": \"$(id -un)\"" <("$kubus" history "$tmp/a" --format json) || fail "the OS user is not recorded"
# The portfolio: one line per assessment with its newest run, organisation and sector.
"$kubus" history --history "$shared" --all > "$tmp/all" || fail "history --all exited $?"
[ "$(wc -l < "$tmp/all")" = 2 ] || fail "history --all does not list the two assessments: $(cat "$tmp/all")"
grep -q "^$energie  last run 3 (.*)  overall [0-9.]* (level [0-9])  Stroom & Gas Nederland (energy supply)  Stroom & Gas Nederland, CCM assessment 2026$" "$tmp/all" &&
  grep -q "^$zorg  last run 2 " "$tmp/all" || fail "history --all: $(cat "$tmp/all")"
"$kubus" history --history "$shared" --all --format json | grep -q '"sector": "energy supply"' ||
  fail "history --all --format json lacks the sector"
# benchmark: energie's newest run against zorg's, the one peer, which stays anonymous.
"$kubus" benchmark "$tmp/team/clients/energie" --history "$shared" --format json > "$tmp/bench.json" || fail "benchmark exited $?"
grep -A3 '"overall": {' "$tmp/bench.json" | grep -q '"peers": 1' || fail "benchmark: $(cat "$tmp/bench.json")"
[ "$(grep -c '"percentile": ' "$tmp/bench.json")" -ge 2 ] || fail "benchmark has no percentiles: $(cat "$tmp/bench.json")"
! grep -q "Zorgverzekeraar" "$tmp/bench.json" || fail "benchmark names a peer"
"$kubus" benchmark "$tmp/team/clients/energie" --history "$shared" --sector "energy supply" | grep -q "with the newest run of 0 other" ||
  fail "benchmark --sector counts a peer of another sector"
# diff compares the last two runs of the assessment given, not the database's last two.
"$kubus" diff --assessment "$tmp/team/clients/energie" --history "$shared" | grep -q "Changes from run 1 to run 3" ||
  fail "diff in a shared database does not compare energie's runs 1 and 3"
# Its previous run is the assessment's own: zorg's first run reports no progress since energie's.
grep -q '"since_previous": null' "$tmp/team/r-zorg/report.json" || fail "zorg's first run took energie's run as previous"

printf 'this is not a database, just text that must survive\n' > "$tmp/corrupt.db"
before=$(sha256sum "$tmp/corrupt.db")
if "$kubus" assess "$tmp/a" -o "$tmp/r4" --history "$tmp/corrupt.db" > /dev/null 2> "$tmp/err"; then
  fail "assess with a corrupt history succeeded"
fi
grep -q "left untouched" "$tmp/err" || fail "corrupt history message: $(cat "$tmp/err")"
[ "$(sha256sum "$tmp/corrupt.db")" = "$before" ] || fail "the corrupt database was modified"
echo "history: ok"
