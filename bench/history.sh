#!/usr/bin/env bash
# What recording a run costs `kubus assess`, on both history backends: the
# median wall time of RUNS runs of `kubus assess` on a generated assessment of
# N touchpoints with --no-history, with a SQLite file, and with a PostgreSQL
# database on a throw-away local server (tests/pg/with-server.sh); the
# difference is the cost of the history (reading the previous run and
# recording this one). Then `kubus benchmark` against PEERS other assessments
# (default 1000; their newest runs written straight into the store with SQL,
# five dimensions each) on both backends. Builds nothing.
# Usage: bench/history.sh BUILD_DIR [N] [RUNS] [PEERS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
n=${2:-10000}
runs=${3:-5}
peers=${4:-1000}
if [ -z "${PGHOST:-}" ]; then exec "$root/tests/pg/with-server.sh" "$0" "$@"; fi
kubus=$build/kubus
gen=$build/kubus-gen
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset KUBUS_HISTORY
"$gen" --touchpoints "$n" --seed 1 --assessment "$tmp/a" > /dev/null
"$PG_BIN/createdb" bench

# Median wall milliseconds of `kubus assess` with the given history options.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s%N)
    "$kubus" "$@" > /dev/null
    e=$(date +%s%N)
    times+=($(((e - s) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}
none=$(median_ms assess "$tmp/a" -o "$tmp/out" --no-history)
file=$(median_ms assess "$tmp/a" -o "$tmp/out" --history "$tmp/h.db")
server=$(median_ms assess "$tmp/a" -o "$tmp/out" --history dbname=bench)
echo "| history | median ms of \`kubus assess\` ($runs runs, $n touchpoints) | added by the history |"
echo "|---|---|---|"
echo "| none (--no-history) | $none | |"
echo "| SQLite file | $file | $((file - none)) ms |"
echo "| PostgreSQL (local socket) | $server | $((server - none)) ms |"

# PEERS more assessments, each with one run of five dimension scores, in SQL both
# backends take but for the series' column list (SQLite's sqlite3 shell names it `value`).
peers_sql() {
  echo "INSERT INTO runs(id, recorded_at, tool_version, title, assessment_date, model_hash, git_commit, git_dirty,
      matrix_id, matrix_hash, overall, overall_level, assessment, author, organisation, sector)
    SELECT 1000 + value, '2026-12-01T00:00:00Z', 'bench', 'Peer ' || value, '2026-12-01', 'h', '', 0, 'ccm', 'mh',
      1 + (value % 40) / 10.0, 2, 'peer-' || value, 'bench', 'Peer ' || value, 'energy supply'
    FROM generate_series(1, $peers) AS $1;
    INSERT INTO scores(run_id, dimension, level, score, target)
    SELECT 1000 + value, d, 2, 1 + ((value * 7 + length(d)) % 40) / 10.0, NULL FROM generate_series(1, $peers) AS $1,
      (SELECT 'strategy' AS d UNION ALL SELECT 'governance' UNION ALL SELECT 'feedback' UNION ALL
       SELECT 'customer-view' UNION ALL SELECT 'architecture') AS v;"
}
"$PG_BIN/psql" -qX -v ON_ERROR_STOP=1 -d bench -c "$(peers_sql "t(value)")"
if command -v sqlite3 > /dev/null; then sqlite3 "$tmp/h.db" "$(peers_sql t)"; fi
bench_file=$(median_ms benchmark "$tmp/a" --history "$tmp/h.db" --format json)
bench_server=$(median_ms benchmark "$tmp/a" --history dbname=bench --format json)
echo
echo "| store | median ms of \`kubus benchmark\` ($runs runs, $peers peers) |"
echo "|---|---|"
echo "| SQLite file | $bench_file |"
echo "| PostgreSQL (local socket) | $bench_server |"
