#!/usr/bin/env bash
# kubus questionnaire: the interview sheet of a bundled assessment. The CSV in
# English and in Dutch equals its golden file byte for byte; the XLSX is a
# workbook whose first sheet holds the drop-downs, the notes on the level cells
# and a frozen header, and a second run writes the same bytes; a bad file name,
# a missing -o and a model with errors write nothing.
# Usage: questionnaire.sh KUBUS SOURCE_DIR [--update]  (--update rewrites the golden CSVs)
set -euo pipefail
kubus=$(realpath "$1")
src=$(cd "$2" && pwd)
update=${3:-}
here="$src/tests/cli/questionnaire"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail() { echo "FAIL: $*"; exit 1; }
energy="$src/assessments/energieleverancier"

for lang in en nl; do
  "$kubus" questionnaire "$energy" -o "energy-$lang.csv" --lang "$lang" > "out-$lang.txt" || fail "$lang CSV exited $?"
  if [ -n "$update" ]; then cp "energy-$lang.csv" "$here/energy-$lang.csv"; fi
  cmp -s "$here/energy-$lang.csv" "energy-$lang.csv" ||
    fail "$lang CSV differs from its golden file: $(diff "$here/energy-$lang.csv" "energy-$lang.csv" | head -20)"
done
grep -qx "Wrote 43 questions about 16 practices to energy-en.csv" out-en.txt || fail "summary: $(cat out-en.txt)"
grep -qx "43 vragen over 16 onderwerpen geschreven naar energy-nl.csv" out-nl.txt || fail "Dutch summary: $(cat out-nl.txt)"

"$kubus" questionnaire "$energy" -o q.xlsx > /dev/null || fail "XLSX exited $?"
"$kubus" questionnaire "$energy" -o again.xlsx > /dev/null || fail "second XLSX exited $?"
cmp -s q.xlsx again.xlsx || fail "two runs wrote different XLSX bytes"
mkdir x && (cd x && unzip -q ../q.xlsx) || fail "q.xlsx is no ZIP archive"
sheet=x/xl/worksheets/sheet1.xml
grep -q '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' "$sheet" || fail "no frozen header"
grep -q '<dataValidation type="whole"' "$sheet" || fail "no level drop-down"
grep -q '<dataValidation type="list"' "$sheet" || fail "no confidence drop-down"
[ -f x/xl/comments1.xml ] || fail "no notes"
[ "$(grep -o '<comment ref="C' x/xl/comments1.xml | wc -l)" = 43 ] || fail "not one note per level cell"
grep -q '<sheet name="questions"' x/xl/workbook.xml && grep -q '<sheet name="levels"' x/xl/workbook.xml ||
  fail "sheets: $(cat x/xl/workbook.xml)"

# Bad file names and bad models: exit 2 or 1, nothing written.
set +e
"$kubus" questionnaire "$energy" -o answers.txt > out.txt 2>&1; code=$?
[ "$code" = 2 ] || fail "a .txt file exited $code, not 2"
grep -q "cannot write 'answers.txt': a questionnaire is a .xlsx or a .csv file" out.txt || fail "message: $(cat out.txt)"
[ ! -e answers.txt ] || fail "answers.txt written"
"$kubus" questionnaire "$energy" > out.txt 2>&1; code=$?
[ "$code" = 2 ] || fail "no -o exited $code, not 2"
grep -q -- "--output is required" out.txt || fail "no -o message: $(cat out.txt)"
"$kubus" questionnaire "$energy" -o missing/q.csv > out.txt 2>&1; code=$?
[ "$code" = 2 ] || fail "an unwritable file exited $code, not 2"
cp -r "$energy" broken
printf 'touchpoint broken "Broken" {\n  phase: nowhere\n}\n' > broken/model/broken.kubus
"$kubus" questionnaire broken -o broken.csv > out.txt 2>&1; code=$?
[ "$code" = 1 ] || fail "a model with errors exited $code, not 1"
grep -q "E0208" out.txt || fail "the model's error is not shown: $(cat out.txt)"
[ ! -e broken.csv ] || fail "broken.csv written for a model with errors"
set -e
echo "questionnaire: ok"
