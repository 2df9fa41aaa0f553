#!/usr/bin/env bash
# The questionnaire's round trip on a copy of the zorgverzekeraar assessment: the
# sheet kubus writes (Dutch CSV, English XLSX) is filled in by a script as an
# interviewer would, imported as observations, then `check` and `assess`; the
# culture score moves as the answers say, and two interviewees five levels apart
# are reported as a spread.
set -euo pipefail
kubus=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$src/assessments/zorgverzekeraar" "$tmp/zv"
rm -rf "$tmp/zv/.kubus"
cd "$tmp"
fail() { echo "FAIL: $*"; exit 1; }
export KUBUS_PATH="$src/rules"

culture() {  # assesses into $1 and prints the culture score
  "$kubus" assess zv -o "$1" --no-history > /dev/null || fail "assess exited $?"
  jq -r '.dimensions[] | select(.id == "culture") | .score' "$1/report.json"
}
higher() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }

before=$(culture out0)

# The Dutch CSV (';', a BOM, CRLF), every question answered at level 5.
"$kubus" questionnaire zv -o vragen.csv --lang nl > /dev/null || fail "questionnaire csv"
python3 - vragen.csv <<'EOF'
import csv, sys
path = sys.argv[1]
with open(path, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.DictReader(f, delimiter=";"))
assert len(rows) > 10 and set(rows[0]) >= {"practice", "question", "level", "confidence", "source", "date"}
for r in rows:
    r.update(level="5", confidence="high", evidence="Gezien in het werkoverleg", source="Interview",
             date="2026-11-20", interviewee="A. Jansen")
with open(path, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=";", lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
EOF
"$kubus" import observations vragen.csv --into zv/model/interviews.kubus > /dev/null || fail "import csv exited $?"
"$kubus" check zv > /dev/null 2>&1 || fail "check after the CSV import"
after_csv=$(culture out1)
higher "$after_csv" "$before" || fail "culture did not rise with answers at level 5: $before -> $after_csv"

# The English XLSX, filled in by editing its sheet as Excel would store the
# answers: a number for the level, a date serial for the date, inline strings.
"$kubus" questionnaire zv -o questions.xlsx > /dev/null || fail "questionnaire xlsx"
python3 - questions.xlsx <<'EOF'
import datetime, re, sys, zipfile
path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    parts = {n: z.read(n) for n in z.namelist()}
sheet = parts["xl/worksheets/sheet1.xml"].decode()
serial = (datetime.date(2026, 11, 21) - datetime.date(1899, 12, 30)).days
def text(ref, s):
    return f'<c r="{ref}" t="inlineStr"><is><t>{s}</t></is></c>'
def answer(m):
    row = m.group(1)
    return (m.group(0) + f'<c r="C{row}"><v>1</v></c>' + text(f"D{row}", "medium") + text(f"F{row}", "Interview")
            + f'<c r="G{row}"><v>{serial}</v></c>' + text(f"H{row}", "B. de Vries"))
sheet, n = re.subn(r'<c r="B(\d+)"[^>]*>.*?</c>', lambda m: answer(m) if m.group(1) != "1" else m.group(0), sheet)
assert n > 10, n
parts["xl/worksheets/sheet1.xml"] = sheet.encode()
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
EOF
"$kubus" import observations questions.xlsx --into zv/model/interviews.kubus > /dev/null || fail "import xlsx exited $?"
"$kubus" check zv > /dev/null 2>&1 || fail "check after the XLSX import"
after_xlsx=$(culture out2)
higher "$after_csv" "$after_xlsx" || fail "culture did not fall with a second interviewee at level 1: $after_csv -> $after_xlsx"
grep -q 'interviewee: "B. de Vries"' zv/model/interviews.kubus || fail "the XLSX answers are not in interviews.kubus"
grep -q 'date: 2026-11-21' zv/model/interviews.kubus || fail "the XLSX date serial was not read as 2026-11-21"
"$kubus" explain culture zv --format json > explain.json || fail "explain exited $?"
jq -e '[.. | objects | select(has("spread")) | .spread | select(. != null)] | length > 0' explain.json > /dev/null ||
  fail "two interviewees at 5 and 1 are not reported as a spread"
echo "intake round trip: culture $before -> $after_csv (CSV, level 5) -> $after_xlsx (XLSX, a second interviewee at 1)"
