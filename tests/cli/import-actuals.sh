#!/usr/bin/env bash
# kubus import actuals: a CSV and an XLSX sheet into a copy of the hello model;
# only the actual lines change, a second import changes nothing, the model
# still checks, and a sheet with an error leaves every file byte-identical.
set -euo pipefail
kubus=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$src/examples/hello" "$tmp/model"
cd "$tmp"
fail() { echo "FAIL: $*"; exit 1; }

printf 'id;actual;date\nnps-consumenten;18;2026-11-20\naht-factuurvraag;4,5 min;\nunmeasured-row;;\n' > actuals.csv
"$kubus" import actuals actuals.csv --model model > out.txt || fail "CSV import exited $?"
grep -q "imported 2 actual(s) from 3 row(s); 1 row(s) without an actual skipped" out.txt || fail "summary: $(cat out.txt)"
diff -u "$src/examples/hello/journey.kubus" model/journey.kubus > changes.diff || true
[ "$(grep -c '^[-+] ' changes.diff)" = 4 ] || fail "only the two actual lines change: $(cat changes.diff)"
grep -q '^+  actual: 18  # measured 2026-11-20$' changes.diff || fail "nps actual: $(cat changes.diff)"
grep -q '^+  actual: 4.5 min$' changes.diff || fail "aht actual: $(cat changes.diff)"
cmp -s "$src/examples/hello/org.kubus" model/org.kubus || fail "org.kubus changed"
cp model/journey.kubus once.kubus
"$kubus" import actuals actuals.csv --model model > out.txt || fail "second import exited $?"
grep -q "imported 0 actual(s) from 3 row(s); 2 already as the sheet says" out.txt || fail "second summary: $(cat out.txt)"
cmp -s once.kubus model/journey.kubus || fail "a second import changed the file"
"$kubus" check model > /dev/null || fail "the model does not check after the import"

# XLSX: headers in another order and case, a date cell, a formula's cached value.
"$kubus" import actuals "$here/import/actuals.xlsx" --model model > out.txt || fail "XLSX import exited $?"
grep -q '^  actual: 22  # measured 2026-11-30$' model/journey.kubus || fail "XLSX nps: $(grep actual model/journey.kubus)"
grep -q '^  actual: 290 s$' model/journey.kubus || fail "XLSX aht: $(grep actual model/journey.kubus)"

# A new value without a date drops the date of the old one.
printf 'id,actual\nnps-consumenten,25\n' > undated.csv
"$kubus" import actuals undated.csv --model model > /dev/null || fail "undated import exited $?"
grep -q '^  actual: 25$' model/journey.kubus || fail "stale date kept: $(grep 'actual: 25' model/journey.kubus)"

# A KPI without an actual gets one after its target.
sed -i '/^  actual: 290 s$/d' model/journey.kubus
"$kubus" import actuals "$here/import/actuals.xlsx" --model model > /dev/null || fail "import into a KPI without actual"
grep -A1 '^  target: <= 300 s$' model/journey.kubus | grep -q '^  actual: 290 s$' || fail "actual not added after target"

# All or nothing: one bad row and no file changes.
cp model/journey.kubus before.kubus
printf 'id,actual\nnps-consumenten,30\naht-factuurvraag,12 %%\n' > bad.csv
set +e
"$kubus" import actuals bad.csv --model model > /dev/null 2>&1
code=$?
set -e
[ "$code" = 1 ] || fail "bad sheet exited $code, not 1"
cmp -s before.kubus model/journey.kubus || fail "a sheet with an error changed the model"
echo "import-actuals: ok"
