#!/usr/bin/env bash
# Golden tests: every case is an input beside its expected output.
#   check/NAME.kubus     -> NAME.expected: `kubus check NAME.kubus` output, then "exit: N"
#   fmt/NAME.kubus       -> NAME.expected: `kubus fmt --stdout NAME.kubus` output, then "exit: N"
#   cases/NAME/args      -> cases/NAME/expected: `kubus $(cat args)` run inside cases/NAME
#                           (@TMP@ in args: a scratch directory, shown as <tmp>)
#   reports/NAME/assessment -> summary.expected, and report.json, report.md, report.html
#                           and findings.sarif byte for byte, of `kubus assess`
# Usage: run.sh KUBUS [--update] [CASE...]
#   CASE is check/NAME, fmt/NAME, cases/NAME or reports/NAME (default: every case);
#   --update rewrites the expected files of the cases run instead of comparing.
# Each case is also its own ctest, golden/CASE (tests/CMakeLists.txt).
set -uo pipefail
kubus=$(realpath "$1")
shift
update=
if [ "${1:-}" = "--update" ]; then
  update=1
  shift
fi
root=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$root/../.." && pwd)
pass=0
fail=0

ok() { pass=$((pass + 1)); }
failed() {  # message
  fail=$((fail + 1))
  echo "FAIL $1"
}

compare() {  # name expected-file actual-text
  if [ -n "$update" ]; then
    printf '%s\n' "$3" > "$2"
    ok
  elif [ -f "$2" ] && [ "$(cat "$2")" = "$3" ]; then
    ok
  else
    failed "$1"
    if [ -f "$2" ]; then diff <(cat "$2") <(printf '%s\n' "$3") | head -40; else echo "  (no $2)"; fi
  fi
}

# The documentation's URI is the build's (KUBUS_DOCS_URL); it is shown as <docs>.
docs=$(sed -n 's/^KUBUS_DOCS_URL:STRING=//p' "$(dirname "$kubus")/CMakeCache.txt" 2>/dev/null)

compare_file() {  # name expected-file actual-file: byte for byte
  if [ -n "$update" ] && [ -f "$3" ]; then
    cp "$3" "$2"
    ok
  elif [ -f "$2" ] && [ -f "$3" ] && cmp -s "$2" "$3"; then
    ok
  else
    failed "$1"
    if [ ! -f "$3" ]; then echo "  (not written)"; elif [ ! -f "$2" ]; then echo "  (no $2)"; else
      diff "$2" "$3" | head -40; fi
  fi
}

run_in() {  # dir args...  (the checkout's path is shown as <src> so results do not depend on it)
  local dir=$1
  shift
  (cd "$dir" && NO_COLOR=1 KUBUS_PATH= "$kubus" "$@" 2>&1; echo "exit: $?") | sed "s|$src|<src>|g" |
    if [ -n "$docs" ]; then sed "s|$docs|<docs>|g"; else cat; fi
}

run_check() {  # NAME
  compare "check/$1" "$root/check/$1.expected" "$(run_in "$root/check" check --color never "$1.kubus")"
}

run_fmt() {  # NAME
  compare "fmt/$1" "$root/fmt/$1.expected" "$(run_in "$root/fmt" fmt --stdout "$1.kubus")"
}

run_cases() {  # NAME
  local d="$root/cases/$1" tmp args
  read -r -a args < "$d/args"
  # @TMP@ in args is a fresh scratch directory, shown as <tmp> in the output.
  tmp=$(mktemp -d)
  args=("${args[@]//@TMP@/$tmp}")
  compare "cases/$1" "$d/expected" "$(run_in "$d" "${args[@]}" | sed "s|$tmp|<tmp>|g")"
  rm -rf "$tmp"
}

# reports/NAME/assessment names an assessment (relative to the checkout); `kubus
# assess` on it must print summary.expected and write the report files equal to
# those beside it, and a second run must write the same bytes.
run_reports() {  # NAME
  local d="$root/reports/$1" out again summary f same=1
  out=$(mktemp -d)
  again=$(mktemp -d)
  summary=$(run_in "$src" assess "$(cat "$d/assessment")" -o "$out" --no-history | sed "s|$out|<out>|g")
  compare "reports/$1/summary" "$d/summary.expected" "$summary"
  # The build's documentation URI (KUBUS_DOCS_URL) in findings.sarif is shown as <docs>.
  [ -z "$docs" ] || [ ! -f "$out/findings.sarif" ] || sed -i "s|$docs|<docs>|g" "$out/findings.sarif"
  for f in report.json report.md report.html findings.sarif; do
    compare_file "reports/$1/$f" "$d/$f" "$out/$f"
  done
  [ -z "$docs" ] || [ ! -f "$out/findings.sarif" ] || sed -i "s|<docs>|$docs|g" "$out/findings.sarif"
  run_in "$src" assess "$(cat "$d/assessment")" -o "$again" --no-history > /dev/null
  for f in report.json report.md report.html findings.sarif; do
    cmp -s "$out/$f" "$again/$f" || same=
  done
  if [ -n "$same" ]; then ok; else failed "reports/$1: a second run wrote different bytes"; fi
  rm -rf "$out" "$again"
}

run_one() {  # CASE
  local name=${1#*/} input
  case "$1" in
    check/*) input="$root/check/$name.kubus" ;;
    fmt/*) input="$root/fmt/$name.kubus" ;;
    cases/*) input="$root/cases/$name/args" ;;
    reports/*) input="$root/reports/$name/assessment" ;;
    *) input= ;;
  esac
  if [ -z "$input" ] || [ ! -f "$input" ]; then
    failed "$1: no such golden case"
    return
  fi
  "run_${1%%/*}" "$name"
}

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for f in "$root"/check/*.kubus; do [ -e "$f" ] && cases+=("check/$(basename "$f" .kubus)"); done
  for f in "$root"/fmt/*.kubus; do [ -e "$f" ] && cases+=("fmt/$(basename "$f" .kubus)"); done
  for f in "$root"/cases/*/args; do [ -e "$f" ] && cases+=("cases/$(basename "$(dirname "$f")")"); done
  for f in "$root"/reports/*/assessment; do [ -e "$f" ] && cases+=("reports/$(basename "$(dirname "$f")")"); done
fi
for c in "${cases[@]}"; do run_one "$c"; done
echo "golden: $pass passed, $fail failed${update:+ (expected files rewritten)}"
[ "$fail" -eq 0 ]
