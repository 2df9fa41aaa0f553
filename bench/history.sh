#!/usr/bin/env bash
# What recording a run costs `kubus assess`, on both history backends: the
# median wall time and CPU time (kubus's user + system) of RUNS runs of `kubus
# assess` on a generated assessment of N touchpoints with --no-history, with a
# SQLite file, and with a PostgreSQL database on a throw-away local server
# (tests/pg/with-server.sh), whose backends' CPU time is measured too (the
# postmaster's reaped children); the difference is the cost of the history
# (reading the previous run and recording this one). The runs of the three
# alternate (none, file, server, none, ...) so that a machine whose load
# drifts affects each alike. Then `kubus benchmark` against PEERS other assessments
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

# The server's backends' CPU so far, in clock ticks: the postmaster's reaped children.
server_ticks() { awk '{print $16 + $17}' "/proc/$(head -n 1 "$PG_DATA/postmaster.pid")/stat" 2>/dev/null || echo 0; }
# One run of `kubus assess` with the given options, appending "wall_ms cpu_ms server_ms" to FILE.
measure() {  # file args...
  local file=$1 before after
  shift
  before=$(server_ticks)
  /usr/bin/time -f '%e %U %S' -o "$tmp/time" "$kubus" "$@" > /dev/null
  after=$(server_ticks)
  awk -v t="$(getconf CLK_TCK)" -v s=$((after - before)) '{printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, s * 1000 / t}' \
    "$tmp/time" >> "$file"
}
# The median of column COL of FILE.
median() { cut -d' ' -f"$2" "$1" | sort -n | sed -n "$(((runs + 1) / 2))p"; }
for _ in $(seq "$runs"); do
  measure "$tmp/none" assess "$tmp/a" -o "$tmp/out" --no-history
  measure "$tmp/file" assess "$tmp/a" -o "$tmp/out" --history "$tmp/h.db"
  measure "$tmp/server" assess "$tmp/a" -o "$tmp/out" --history dbname=bench
done
row() {  # label file
  local wall cpu
  wall=$(median "$2" 1)
  cpu=$(median "$2" 2)
  echo "| $1 | $wall | $cpu | $((wall - $(median "$tmp/none" 1))) ms | $((cpu - $(median "$tmp/none" 2))) ms | $(median "$2" 3) |"
}
echo "| history | median wall ms ($runs runs, $n touchpoints) | median CPU ms of kubus | wall added | CPU added | server CPU ms |"
echo "|---|---|---|---|---|---|"
row "none (--no-history)" "$tmp/none"
row "SQLite file" "$tmp/file"
row "PostgreSQL (local socket)" "$tmp/server"

# Benchmark: the median wall milliseconds of RUNS runs of `kubus` with ARGS.
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
