#!/usr/bin/env bash
# What recording a run costs `kubus assess`, on both history backends: the
# median wall time of RUNS runs of `kubus assess` on a generated assessment of
# N touchpoints with --no-history, with a SQLite file, and with a PostgreSQL
# database on a throw-away local server (tests/pg/with-server.sh); the
# difference is the cost of the history (reading the previous run and
# recording this one). Builds nothing.
# Usage: bench/history.sh BUILD_DIR [N] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
n=${2:-10000}
runs=${3:-5}
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
    "$kubus" assess "$tmp/a" -o "$tmp/out" "$@" > /dev/null
    e=$(date +%s%N)
    times+=($(((e - s) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}
none=$(median_ms --no-history)
file=$(median_ms --history "$tmp/h.db")
server=$(median_ms --history dbname=bench)
echo "| history | median ms ($runs runs, $n touchpoints) | added by the history |"
echo "|---|---|---|"
echo "| none (--no-history) | $none | |"
echo "| SQLite file | $file | $((file - none)) ms |"
echo "| PostgreSQL (local socket) | $server | $((server - none)) ms |"
