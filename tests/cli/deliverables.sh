#!/usr/bin/env bash
# The deliverables of `kubus assess`, with the real programs (scripts/setup.sh
# installs them): --pdf prints report.html with Debian's chromium, --docx
# converts report.md with pandoc, and report.xlsx is always written.
#   - report.pdf: a PDF of A4 pages whose footers carry the title, the date and
#     "Page N of M";
#   - report.docx: a ZIP whose word/document.xml holds the report's headings,
#     with the charts as image parts (word/media/*);
#   - report.xlsx: the sheets, scores as numeric cells, a frozen header row and
#     an autofilter on every sheet, and a title that starts with '=' stored as
#     a string, never a formula;
#   - without chromium and pandoc on PATH: exit 2, an error naming the package
#     to install, and every other file written.
# Usage: deliverables.sh KUBUS SOURCE_DIR
set -uo pipefail
kubus=$1
src=$2
for tool in chromium pandoc rsvg-convert pdfinfo pdftotext python3; do
  command -v "$tool" > /dev/null || { echo "FAIL: $tool is not installed: run scripts/setup.sh"; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# A copy of the bundled assessment whose title would be a formula if written as one.
cp -r "$src/assessments/zorgverzekeraar" "$tmp/a"
sed -i 's/^title: .*/title: "=HYPERLINK(\\"http:\/\/x\\",\\"Zorg\\") Noord"/' "$tmp/a/assessment.yaml"
"$kubus" assess "$tmp/a" -o "$tmp/report" --no-history --pdf --docx > "$tmp/assess.log" 2>&1
code=$?
[ "$code" -eq 0 ] || { cat "$tmp/assess.log"; fail "assess --pdf --docx exited $code"; }
grep -q "report.pdf, report.docx and findings.sarif" "$tmp/assess.log" || { cat "$tmp/assess.log"; fail "the summary does not list report.pdf and report.docx"; }
ls -a "$tmp" | grep -q kubus-tmp && fail "a staging directory was left beside the report"

# report.pdf: A4 pages, each with the footer.
pdf=$tmp/report/report.pdf
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "report.pdf is not a PDF"
pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 2 ] || fail "report.pdf has ${pages:-no} pages"
if pdfinfo -f 1 -l "$pages" "$pdf" | grep '^Page .* size:' | grep -qv -e '594\.9[0-9]* x 841\.9' -e '841\.9[0-9]* x 594\.9'; then
  fail "a page of report.pdf is not A4: $(pdfinfo -f 1 -l "$pages" "$pdf" | grep size | sort | uniq -c)"
fi
text=$(pdftotext -layout "$pdf" -)
for p in 1 "$pages"; do
  grep -q "Page $p of $pages" <<< "$text" || fail "no footer 'Page $p of $pages' in report.pdf"
done
# Chromium's own header (the clock's date and time, the page title) is off.
grep -qE '[0-9]{1,2}/[0-9]{1,2}/[0-9]{2}, [0-9]{1,2}:[0-9]{2}' <<< "$text" && fail "chromium's own header (the clock's time) is in report.pdf"
footers=$(grep -c '=HYPERLINK("http://x","Zorg") Noord · 2 November 2026' <<< "$text")
[ "$footers" -eq "$pages" ] || fail "the title and date are in $footers footers of $pages pages"

# report.docx: headings in the document, the charts as images.
docx=$tmp/report/report.docx
python3 - "$docx" <<'PY' || fail "report.docx"
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
doc = z.read("word/document.xml").decode()
text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", doc))
for heading in ["Summary", "Findings", "Roadmap"]:
    assert re.search(r'<w:pStyle w:val="Heading[12]"\s*/>.{0,400}?' + heading, doc, re.S), f"no heading {heading}"
assert "=HYPERLINK(&quot;http://x&quot;,&quot;Zorg&quot;) Noord" in doc or '=HYPERLINK("http://x","Zorg") Noord' in doc, "no title"
media = [n for n in z.namelist() if n.startswith("word/media/")]
assert any(n.endswith(".png") for n in media) and any(n.endswith(".svg") for n in media), f"charts: {media}"
assert doc.count("<pic:pic") >= 2, "fewer than two pictures in the document"
PY
[ -f "$tmp/report/charts/radar.svg" ] || fail "no charts/radar.svg beside report.md"
grep -q '!\[Radar chart of the scores per dimension\](charts/radar.svg)' "$tmp/report/report.md" || fail "report.md does not show charts/radar.svg"

# report.xlsx: sheets, numbers, frozen headers, filters, no formula.
python3 - "$tmp/report/report.xlsx" <<'PY' || fail "report.xlsx"
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
book = z.read("xl/workbook.xml").decode()
names = re.findall(r'<sheet name="([^"]*)"', book)
assert names == ["Summary", "Dimensions", "Criteria", "Findings", "Gaps", "KPIs and SLAs", "Contact moments",
                 "Cost of contact", "Roadmap", "Quarters", "Out of reach"], names
import xml.etree.ElementTree as ET
ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# A reader's view of the cells: a string cell is the same text whether the book
# keeps it in the shared table (t="s") or inline in the sheet (t="inlineStr").
shared = []
if "xl/sharedStrings.xml" in z.namelist():
    shared = ["".join(t.text or "" for t in si.iter(ns + "t")) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(ns + "si")]
def strings(i):
    out = {}
    for c in ET.fromstring(z.read(f"xl/worksheets/sheet{i}.xml")).iter(ns + "c"):
        if c.get("t") == "s":
            out[c.get("r")] = shared[int(c.find(ns + "v").text)]
        elif c.get("t") == "inlineStr":
            out[c.get("r")] = "".join(t.text or "" for t in c.iter(ns + "t"))
    return out
# The targets out of reach carry the reason the report gives, worded from the planner's data.
assert any(" short by " in t for t in strings(names.index("Out of reach") + 1).values()), "no reason on the Out of reach sheet"
for i in range(1, len(names) + 1):
    sheet = z.read(f"xl/worksheets/sheet{i}.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet, f"a formula in {names[i-1]}"
    assert re.search(r'<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>', sheet), f"no frozen header in {names[i-1]}"
    assert re.search(r'<autoFilter ref="A1:[A-Z]+\d+"/>', sheet), f"no autofilter in {names[i-1]}"
    assert "<cols>" in sheet, f"no column widths in {names[i-1]}"
    rows = re.findall(r'<row r="(\d+)"', sheet)
    assert len(rows) >= 2, f"{names[i-1]} has no rows under its header"
dims = z.read("xl/worksheets/sheet2.xml").decode()
# Dimension rows: the score (column F) is a number cell, not a string.
scores = re.findall(r'<c r="F(\d+)" s="\d+"><v>([0-9.]+)</v></c>', dims)
assert len(scores) == 7 and all(1 <= float(v) <= 5 for _, v in scores), scores
title = '=HYPERLINK("http://x","Zorg") Noord'
assert strings(1).get("B2") == title, "the title in Summary!B2 is not the string"
# The roadmap per quarter: a column per quarter, the first initiative's effort in its first.
roadmap = z.read("xl/worksheets/sheet9.xml").decode()
assert strings(9).get("M1") == "2027-Q1", "no quarter columns in Roadmap"
assert re.search(r'<c r="M2" s="\d+"><v>[0-9.]+</v></c>', roadmap), "no effort in the first quarter"
# The yearly saving of the channel shifts beside the cost: a number where an initiative has one.
assert strings(9).get("I1") == "Saving per year", "no saving column in Roadmap"
assert re.search(r'<c r="I\d+" s="\d+"><v>[0-9.]+</v></c>', roadmap), "no saving in Roadmap"
# Money is a number with the currency's format; a cost per contact keeps its cents.
styles = z.read("xl/styles.xml").decode()
assert 'formatCode="&quot;EUR&quot; #,##0"' in styles, "no EUR number format"
assert 'formatCode="&quot;EUR&quot; #,##0.00"' in styles, "no EUR format with cents"
# Every mandatory touchpoint has a card: the yearly cost (column G) a number; the cost
# of contact ends in a total row whose total (column G) is a number.
cards = z.read("xl/worksheets/sheet7.xml").decode()
costs = re.findall(r'<c r="G(\d+)" s="\d+"><v>([0-9.]+)</v></c>', cards)
assert len(costs) == 9 and all(float(v) > 0 for _, v in costs), costs
cost = z.read("xl/worksheets/sheet8.xml").decode()
last = re.findall(r'<row r="(\d+)"', cost)[-1]
assert re.search(rf'<c r="G{last}" s="\d+"><v>[0-9.]+</v></c>', cost), "no total on the Cost of contact sheet"
PY

# Without chromium and pandoc: exit 2, the packages named, the rest written.
# The run before made both: neither may outlive the run that could not make it.
mkdir "$tmp/bin"
cp -r "$tmp/report" "$tmp/bare"
PATH=$tmp/bin "$kubus" assess "$tmp/a" -o "$tmp/bare" --no-history --pdf --docx > "$tmp/bare.log" 2> "$tmp/bare.err"
code=$?
[ "$code" -eq 2 ] || { cat "$tmp/bare.err"; fail "without chromium and pandoc: exit $code, expected 2"; }
grep -qx "kubus: error: cannot write report.pdf: chromium is not installed: apt-get install chromium" "$tmp/bare.err" ||
  { cat "$tmp/bare.err"; fail "no error naming the chromium package"; }
grep -qx "kubus: error: cannot write report.docx: pandoc is not installed: apt-get install pandoc" "$tmp/bare.err" ||
  { cat "$tmp/bare.err"; fail "no error naming the pandoc package"; }
for f in report.json report.md report.html report.xlsx findings.sarif charts/radar.svg; do
  [ -s "$tmp/bare/$f" ] || fail "without chromium and pandoc, $f was not written"
done
for f in report.pdf report.docx; do
  [ ! -e "$tmp/bare/$f" ] || fail "without its program, a stale $f is left from the run before"
done
cmp -s "$tmp/report/report.xlsx" "$tmp/bare/report.xlsx" || fail "report.xlsx differs between two runs of the same inputs"
echo "ok: report.pdf ($pages A4 pages with footers), report.docx and report.xlsx; exit 2 without the programs"
