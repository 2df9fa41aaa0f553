# Helpers for the tests that run under tests/pg/with-server.sh (sourced).
psql() { "$PG_BIN/psql" -qXAt -v ON_ERROR_STOP=1 "$@"; }
# A command as the server's owner (the server refuses root).
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_OWNER" -- "$@"; else "$@"; fi; }
# Waits up to 30 s until the query QUERY on database DB returns "t".
wait_for() {
  local db=$1 query=$2
  for _ in $(seq 300); do
    [ "$(psql -d "$db" -c "$query")" = t ] && return 0
    sleep 0.1
  done
  echo "FAIL: timed out waiting for: $query"
  exit 1
}
