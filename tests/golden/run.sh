#!/usr/bin/env bash
# Golden tests: every case is an input beside its expected output.
#   check/NAME.kubus     -> NAME.expected: `kubus check NAME.kubus` output, then "exit: N"
#   fmt/NAME.kubus       -> NAME.expected: `kubus fmt --stdout NAME.kubus` output, then "exit: N"
#   cases/NAME/args      -> cases/NAME/expected: `kubus $(cat args)` run inside cases/NAME
#                           (@TMP@ in args: a scratch directory, shown as <tmp>)
#   reports/NAME/assessment -> summary.expected, report.json, report.md of `kubus assess`
#   tested-elsewhere.txt  the few diagnostic codes no golden case can show, with the test that does
# Usage: run.sh KUBUS [--update]   (--update rewrites the expected files)
set -uo pipefail
kubus=$(realpath "$1")
update=${2:-}
root=$(cd "$(dirname "$0")" && pwd)
pass=0
fail=0

compare() {  # name expected-file actual-text
  if [ "$update" = "--update" ]; then
    printf '%s\n' "$3" > "$2"
    pass=$((pass + 1))
  elif [ -f "$2" ] && [ "$(cat "$2")" = "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $1"
    if [ -f "$2" ]; then diff <(cat "$2") <(printf '%s\n' "$3") | head -40; else echo "  (no $2)"; fi
  fi
}

src=$(cd "$root/../.." && pwd)
# The documentation's URI is the build's (KUBUS_DOCS_URL); it is shown as <docs>.
docs=$(sed -n 's/^KUBUS_DOCS_URL:STRING=//p' "$(dirname "$kubus")/CMakeCache.txt" 2>/dev/null)
run_in() {  # dir args...  (the checkout's path is shown as <src> so results do not depend on it)
  local dir=$1
  shift
  (cd "$dir" && NO_COLOR=1 KUBUS_PATH= "$kubus" "$@" 2>&1; echo "exit: $?") | sed "s|$src|<src>|g" |
    if [ -n "$docs" ]; then sed "s|$docs|<docs>|g"; else cat; fi
}

for f in "$root"/check/*.kubus; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .kubus)
  compare "check/$name" "${f%.kubus}.expected" "$(run_in "$root/check" check --color never "$name.kubus")"
done
for f in "$root"/fmt/*.kubus; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .kubus)
  compare "fmt/$name" "${f%.kubus}.expected" "$(run_in "$root/fmt" fmt --stdout "$name.kubus")"
done
for d in "$root"/cases/*/; do
  [ -f "$d/args" ] || continue
  name=$(basename "$d")
  read -r -a args < "$d/args"
  # @TMP@ in args is a fresh scratch directory, shown as <tmp> in the output.
  tmp=$(mktemp -d)
  args=("${args[@]//@TMP@/$tmp}")
  compare "cases/$name" "$d/expected" "$(run_in "$d" "${args[@]}" | sed "s|$tmp|<tmp>|g")"
  rm -rf "$tmp"
done
# Reports: reports/NAME/assessment names an assessment (relative to the checkout);
# `kubus assess` on it must print summary.expected and write report.json and
# report.md equal to the files beside it, and a second run must write the same bytes.
for d in "$root"/reports/*/; do
  [ -f "$d/assessment" ] || continue
  name=$(basename "$d")
  out=$(mktemp -d)
  again=$(mktemp -d)
  summary=$(run_in "$src" assess "$(cat "$d/assessment")" -o "$out" --no-history | sed "s|$out|<out>|g")
  compare "reports/$name/summary" "$d/summary.expected" "$summary"
  for f in report.json report.md report.html; do
    compare "reports/$name/$f" "$d/$f" "$(cat "$out/$f" 2>&1)"
  done
  run_in "$src" assess "$(cat "$d/assessment")" -o "$again" --no-history > /dev/null
  if cmp -s "$out/report.json" "$again/report.json" && cmp -s "$out/report.md" "$again/report.md" &&
     cmp -s "$out/report.html" "$again/report.html" && cmp -s "$out/findings.sarif" "$again/findings.sarif"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL reports/$name: a second run wrote different bytes"
  fi
  rm -rf "$out" "$again"
done
# Every diagnostic code must be exercised by some case and documented.
codes=$(grep -ho '"[EWI][0-9]\{4\}"' "$src"/src/diag/codes*.def | tr -d '"')
# A code in tested-elsewhere.txt is exercised by the test it names instead.
elsewhere() {  # code -> the file named for it, if any
  awk -v c="$1" '$1 == c { print $2 }' "$root/tested-elsewhere.txt"
}
for code in $codes; do
  other=$(elsewhere "$code")
  if [ -n "$other" ]; then
    if grep -qF "$code" "$src/$other" 2>/dev/null; then pass=$((pass + 1)); else
      fail=$((fail + 1)); echo "FAIL diagnostic $code: $other (tested-elsewhere.txt) does not exist or name it"; fi
  elif grep -rqF "[$code]" "$root" --include=expected --include='*.expected'; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL diagnostic $code is exercised by no golden case"; fi
  if grep -q "^## $code" "$src/docs/diagnostics.md" 2>/dev/null; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL diagnostic $code is not documented in docs/diagnostics.md"; fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
