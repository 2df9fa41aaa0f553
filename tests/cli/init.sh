#!/usr/bin/env bash
# `kubus init DIR` writes an assessment that passes `check` and `assess`, and
# refuses a directory that is not empty.
set -euo pipefail
kubus=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$kubus" init "$tmp/new" > "$tmp/out" || fail "init exited $?"
for f in assessment.yaml model/org.kubus model/journey.kubus; do
  [ -s "$tmp/new/$f" ] || fail "init did not write $f"
done
"$kubus" check "$tmp/new/model" "$tmp/new/assessment.yaml" 2> "$tmp/check" || { cat "$tmp/check"; fail "check failed"; }
grep -q "no errors" "$tmp/check" || fail "check reported problems: $(cat "$tmp/check")"
"$kubus" assess "$tmp/new" -o "$tmp/report" --no-history > "$tmp/assess" 2>&1 || { cat "$tmp/assess"; fail "assess failed"; }
for f in report.json report.md findings.sarif; do [ -s "$tmp/report/$f" ] || fail "assess did not write $f"; done
grep -q '"kubus-report": 2' "$tmp/report/report.json" || fail "report.json is not a version-2 report"
if "$kubus" init "$tmp/new" > /dev/null 2>&1; then fail "init overwrote a non-empty directory"; fi
[ "$(cd "$tmp/new" && find . -type f | sort | tr '\n' ' ')" = "./assessment.yaml ./model/journey.kubus ./model/org.kubus " ] ||
  fail "the refused init changed the directory"
echo "init: ok"
