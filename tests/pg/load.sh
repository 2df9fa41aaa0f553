#!/usr/bin/env bash
# Load on the team store (under with-server.sh): WRITERS concurrent processes
# (default 8) each run `kubus assess` RUNS times (default 25) on an assessment
# of their own into one database. Every run is recorded whole (the same rows
# as any other run of its model), run numbers are 1..WRITERS*RUNS without
# gaps, and `kubus history` lists each assessment's runs in order. Prints the
# figures: wall time, runs per second.
# Usage: load.sh KUBUS SOURCE_DIR [WRITERS] [RUNS]  (SOURCE_DIR is unused; the same arguments as the other tests)
set -euo pipefail
kubus=$1
src=$2
writers=${3:-8}
runs=${4:-25}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# shellcheck source=tests/pg/common.sh
. "$(dirname "$0")/common.sh"
unset KUBUS_HISTORY
"$PG_BIN/createdb" load
# The starter assessment of `kubus init`: small, so the time goes to the store, not the reports.
for w in $(seq "$writers"); do "$kubus" init "$tmp/client-$w" > /dev/null; done

writer() {
  local w=$1
  for i in $(seq "$runs"); do
    "$kubus" assess "$tmp/client-$w" -o "$tmp/out-$w" --history dbname=load --author "writer $w" > /dev/null 2>> "$tmp/err-$w" ||
      { echo "writer $w run $i exited $?" >> "$tmp/err-$w"; return 1; }
  done
}
start=$(date +%s.%N)
pids=()
for w in $(seq "$writers"); do writer "$w" & pids+=($!); done
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=1; done
end=$(date +%s.%N)
[ "$failed" = 0 ] || fail "a writer failed: $(cat "$tmp"/err-*)"

total=$((writers * runs))
[ "$(psql -d load -c "SELECT count(*) || ' ' || min(id) || ' ' || max(id) FROM runs")" = "$total 1 $total" ] ||
  fail "runs recorded: $(psql -d load -c "SELECT count(*), min(id), max(id) FROM runs")"
# Whole: every run has the same number of scores, criteria, findings, gaps and roadmap items.
shapes=$(psql -d load -c "SELECT count(DISTINCT shape) FROM (SELECT r.id,
  (SELECT count(*) FROM scores WHERE run_id = r.id) || '/' || (SELECT count(*) FROM criteria WHERE run_id = r.id) || '/' ||
  (SELECT count(*) FROM findings WHERE run_id = r.id) || '/' || (SELECT count(*) FROM gaps WHERE run_id = r.id) || '/' ||
  (SELECT count(*) FROM roadmap WHERE run_id = r.id) AS shape FROM runs r) s")
[ "$shapes" = 1 ] || fail "runs of one model differ in their rows: $shapes shapes"
[ "$(psql -d load -c "SELECT count(*) FROM scores WHERE run_id NOT IN (SELECT id FROM runs)")" = 0 ] || fail "orphan scores"
for w in $(seq "$writers"); do
  "$kubus" history "$tmp/client-$w" --history dbname=load --format json > "$tmp/h-$w.json"
  ids=$(grep -o '"run": [0-9]*' "$tmp/h-$w.json" | grep -o '[0-9]*$')
  [ "$(echo "$ids" | wc -l)" = "$runs" ] || fail "history of client-$w lists $(echo "$ids" | wc -l) runs"
  [ "$ids" = "$(echo "$ids" | sort -n)" ] || fail "history of client-$w is not in order"
  [ "$(grep -c "\"author\": \"writer $w\"" "$tmp/h-$w.json")" = "$runs" ] || fail "client-$w's runs name another author"
done
[ "$("$kubus" history --history dbname=load --all | wc -l)" = "$writers" ] || fail "history --all does not list $writers assessments"
awk -v w="$writers" -v r="$runs" -v t="$total" -v s="$start" -v e="$end" \
  'BEGIN { printf "load: %d writers x %d runs = %d runs recorded whole in %.1f s (%.1f runs/s)\n", w, r, t, e - s, t / (e - s) }'
