#!/usr/bin/env bash
# Diagnostic coverage: every code in src/diag/codes*.def must be exercised by a
# golden case (its "[CODE]" appears in an expected output) and documented in
# docs/diagnostics.md (a "## CODE" heading and a row of its table). untested-codes.txt lists the codes
# no golden case can reach, one "CODE reason" per line; a listed code that a
# case does exercise, that has no reason, or that is no code fails too, so the
# list cannot rot.
set -uo pipefail
root=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$root/../.." && pwd)
allow="$root/untested-codes.txt"
fail=0
failed() { fail=$((fail + 1)); echo "FAIL $1"; }

codes=$(grep -ho '"[EWI][0-9]\{4\}"' "$src"/src/diag/codes*.def | tr -d '"' | sort)
listed=$(grep -v '^\s*\(#\|$\)' "$allow" | awk '{print $1}' | sort)
while read -r code reason; do
  case "$code" in '#'* | '') continue ;; esac
  [ -n "$reason" ] || failed "$code is listed in untested-codes.txt without a reason"
  grep -qx "$code" <<< "$codes" || failed "$code is listed in untested-codes.txt but is no code in src/diag/codes*.def"
done < "$allow"
for code in $codes; do
  exercised=
  grep -rqF "[$code]" "$root" --include=expected --include='*.expected' && exercised=1
  if grep -qx "$code" <<< "$listed"; then
    [ -z "$exercised" ] || failed "$code is exercised by a golden case: remove it from untested-codes.txt"
  elif [ -z "$exercised" ]; then
    failed "diagnostic $code is exercised by no golden case (add one, or list it in untested-codes.txt with the reason)"
  fi
  grep -q "^## $code" "$src/docs/diagnostics.md" || failed "diagnostic $code is not documented in docs/diagnostics.md"
  grep -q "^| \[$code\](#" "$src/docs/diagnostics.md" || failed "diagnostic $code is not in the table of docs/diagnostics.md"
done
echo "diagnostic coverage: $(wc -w <<< "$codes") codes, $(grep -c . <<< "$listed") listed as untested, $fail problem(s)"
[ "$fail" -eq 0 ]
