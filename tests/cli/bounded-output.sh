#!/usr/bin/env bash
# Bounded output: 100,000 unknown references on one line (a 780 KB line) give a
# few KB of diagnostics in every form, exact counts and exit 1, in well under a
# second; before, the text form built 25 GB and died of std::bad_alloc.
set -euo pipefail
kubus=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

awk 'BEGIN { printf "touchpoint t \"T\" {\n  phase: promise\n  channels: [ch0";
             for (i = 1; i < 100000; i++) printf ", ch%d", i; printf "]\n}\n" }' > "$tmp/many.kubus"

status=0
"$kubus" check --color never "$tmp/many.kubus" > "$tmp/out" 2> "$tmp/err" || status=$?
[ "$status" = 1 ] || fail "check exited $status: $(tail -3 "$tmp/err")"
size=$(wc -c < "$tmp/err")
[ "$size" -lt 100000 ] || fail "text diagnostics are $size bytes"
[ "$(grep -c 'error\[E0203\]' "$tmp/err")" = 100 ] || fail "not the first 100 of the file shown"
longest=$(awk '{ if (length($0) > n) n = length($0) } END { print n }' "$tmp/err")
[ "$longest" -le 140 ] || fail "a quoted line of $longest columns"
grep -qx 'and 99900 more error(s) not shown (at most 100 per file and 200 in all are shown)' "$tmp/err" ||
  fail "no line saying how many are not shown: $(tail -3 "$tmp/err")"
grep -qx '100000 error(s), 0 warning(s) or note(s)' "$tmp/err" || fail "inexact count: $(tail -3 "$tmp/err")"
grep -q 'checked 1 file(s), 1 declaration(s), 0 handoff(s): 100000 error(s)' "$tmp/err" || fail "summary: $(tail -1 "$tmp/err")"

for format in json sarif; do
  status=0
  "$kubus" check --format "$format" "$tmp/many.kubus" > "$tmp/out.$format" 2> "$tmp/err" || status=$?
  [ "$status" = 1 ] || fail "check --format $format exited $status"
  size=$(wc -c < "$tmp/out.$format")
  [ "$size" -lt 200000 ] || fail "$format diagnostics are $size bytes"
done
grep -q '"omitted": 99900' "$tmp/out.json" || fail "JSON does not say how many are omitted"
grep -q '"errors": 100000' "$tmp/out.json" || fail "JSON error count"
grep -q '"omittedResults": 99900' "$tmp/out.sarif" || fail "SARIF does not say how many are omitted"
echo "bounded output: ok"
