#!/usr/bin/env bash
# Golden tests: every case is an input beside its expected output.
#   check/NAME.kubus     -> NAME.expected: `kubus check NAME.kubus` output, then "exit: N"
#   fmt/NAME.kubus       -> NAME.expected: `kubus fmt --stdout NAME.kubus` output, then "exit: N"
#   cases/NAME/args      -> cases/NAME/expected: `kubus $(cat args)` run inside cases/NAME
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
run_in() {  # dir args...  (the checkout's path is shown as <src> so results do not depend on it)
  local dir=$1
  shift
  (cd "$dir" && NO_COLOR=1 KUBUS_PATH= "$kubus" "$@" 2>&1; echo "exit: $?") | sed "s|$src|<src>|g"
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
  compare "cases/$name" "$d/expected" "$(run_in "$d" "${args[@]}")"
done
# Every diagnostic code must be exercised by some case and documented.
codes=$(grep -ho '"[EWI][0-9]\{4\}"' "$src"/src/diag/codes*.def | tr -d '"')
for code in $codes; do
  if grep -rqF "[$code]" "$root" --include=expected --include='*.expected'; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL diagnostic $code is exercised by no golden case"; fi
  if grep -q "^## $code" "$src/docs/diagnostics.md" 2>/dev/null; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL diagnostic $code is not documented in docs/diagnostics.md"; fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
