#!/usr/bin/env bash
# A full disk while recording a run is reported as a full disk (E0904, exit 2),
# not as an unusable database, and the history keeps its earlier runs. The disk
# is a small tmpfs mounted in a user and mount namespace of this test alone
# (unshare); the test is skipped (77) where namespaces are not allowed.
set -uo pipefail
kubus=$(realpath "$1")
src=$(realpath "$2")
if [ "${KUBUS_IN_NAMESPACE:-}" != 1 ]; then
  unshare -U -r -m true 2> /dev/null || { echo "skipped: unshare -U -r -m is not allowed here"; exit 77; }
  KUBUS_IN_NAMESPACE=1 exec unshare -U -r -m "$0" "$@"
fi
tmp=$(mktemp -d)
trap 'umount "$tmp/disk" 2> /dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cp -r "$src/assessments/energieleverancier" "$tmp/a"
mkdir "$tmp/disk"
mount -t tmpfs -o size=1m tmpfs "$tmp/disk" || { echo "skipped: cannot mount a tmpfs"; exit 77; }
db="$tmp/disk/history.db"
"$kubus" assess "$tmp/a" -o "$tmp/r1" --history "$db" > /dev/null || fail "the first run was not recorded"
full() {  # free-KB-to-leave phase: the run stops with E0904 in that phase and records nothing
  local avail
  avail=$(df --output=avail -k "$tmp/disk" | tail -1)
  dd if=/dev/zero of="$tmp/disk/filler" bs=1k count=$((avail - $1)) > /dev/null 2>&1
  "$kubus" assess "$tmp/a" -o "$tmp/r2" --history "$db" > /dev/null 2> "$tmp/err"
  code=$?
  [ "$code" = 2 ] || fail "a full disk exited $code, not 2: $(cat "$tmp/err")"
  grep -q "^$db: error\[E0904\]: $2: the disk holding '$db' is full" "$tmp/err" ||
    fail "a full disk is not reported as one: $(cat "$tmp/err")"
  rm "$tmp/disk/filler"
  "$kubus" history --history "$db" "$tmp/a" > "$tmp/history" || fail "history after the full disk: $(cat "$tmp/history")"
  [ "$(grep -c '^run ' "$tmp/history")" = 1 ] || fail "the history does not hold exactly its first run: $(cat "$tmp/history")"
}
# No room at all: even reading the history fails (SQLite creates its shared
# memory file, which the last writer removed).
full 0 "cannot read the history"
# Room for that file (the reader above left it) but not for the run: the write fails.
full 48 "cannot record the run"
echo "history-full: ok"
