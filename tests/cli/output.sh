#!/usr/bin/env bash
# Output is never lost or half written (ENGINE.md §7): a full standard output
# is exit 2; `-o` writes devices in place and refuses directories; a report set
# is replaced as a whole, even when runs are killed while writing it; NaN and
# infinity are refused on the command line.
set -uo pipefail
kubus=$1
gen=$2
src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
zorg="$src/assessments/zorgverzekeraar"

for cmd in "check --format json $zorg/model" "gaps $zorg" "gaps --format json $zorg" "graph $zorg" \
           "roadmap $zorg" "roadmap --format csv $zorg" "assess $zorg --no-history -o $tmp/full --format json" \
           "fmt --stdout $src/examples/hello" "test $src/tests/rules/examples" "version"; do
  # shellcheck disable=SC2086
  "$kubus" $cmd > /dev/full 2> "$tmp/err"
  code=$?
  [ "$code" = 2 ] || fail "kubus $cmd > /dev/full exited $code, not 2"
  grep -q "cannot write to standard output" "$tmp/err" || fail "kubus $cmd > /dev/full: $(cat "$tmp/err")"
done

"$kubus" graph "$zorg" -o /dev/null || fail "graph -o /dev/null"
[ -c /dev/null ] || fail "/dev/null is no longer a character device"
"$kubus" graph "$zorg" -o /dev/stdout > "$tmp/stdout.dot" || fail "graph -o /dev/stdout"
head -1 "$tmp/stdout.dot" | grep -q '^digraph kubus {' || fail "graph -o /dev/stdout wrote nothing to stdout"
"$kubus" graph "$zorg" -o "$tmp" 2> "$tmp/err"
[ $? = 2 ] || fail "graph -o DIRECTORY did not exit 2"
grep -q "it is a directory" "$tmp/err" || fail "graph -o DIRECTORY: $(cat "$tmp/err")"

for bad in nan inf -inf NaN; do
  "$kubus" assess "$zorg" --no-history -o "$tmp/nan" --fail-below "$bad" > /dev/null 2> "$tmp/err"
  [ $? = 2 ] || fail "--fail-below $bad was accepted"
  grep -q "not a finite number" "$tmp/err" || fail "--fail-below $bad: $(cat "$tmp/err")"
done

# Two reference sets, then runs of the large one killed at random moments
# while the small one's set is in place: what is in place must always be one
# whole set, byte for byte.
"$gen" -n 20000 --assessment "$tmp/big" > /dev/null
"$kubus" assess "$zorg" --no-history -o "$tmp/ref-small" > /dev/null || fail "assess small"
"$kubus" assess "$tmp/big" --no-history -o "$tmp/ref-big" > /dev/null || fail "assess big"
same_set() {  # dir ref
  for f in report.json report.md report.html findings.sarif; do cmp -s "$1/$f" "$2/$f" || return 1; done
}
cp -r "$tmp/ref-small" "$tmp/out"
for delay in 0.3 0.6 0.9 1.2 1.5 1.8 2.1 2.4; do
  "$kubus" assess "$tmp/big" --no-history -o "$tmp/out" > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
  if same_set "$tmp/out" "$tmp/ref-small"; then :
  elif same_set "$tmp/out" "$tmp/ref-big"; then cp "$tmp/ref-small"/* "$tmp/out"/
  else fail "after a kill at ${delay}s the report directory mixes two runs: $(ls -l "$tmp/out")"; fi
done
# The next run removes what the killed ones left behind.
"$kubus" assess "$zorg" --no-history -o "$tmp/out" > /dev/null || fail "assess after kills"
leftovers=$(find "$tmp" -maxdepth 2 -name '*kubus-tmp*')
[ -z "$leftovers" ] || fail "temporaries of killed runs were left: $leftovers"
same_set "$tmp/out" "$tmp/ref-small" || fail "the run after the kills wrote a different set"
echo "output: all checks passed"
