#!/usr/bin/env bash
# The intake loop on a copy of the zorgverzekeraar assessment: interview answers
# (CSV and XLSX) imported as observations, then `check`, `assess`, `explain` and
# `diff`; the culture score moves as the answers say, a second import changes
# no byte, a corrected sheet updates in place and hand-written declarations
# survive, a bad sheet leaves the file as it was. Then the same loop for a KPI
# actuals sheet.
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

score() {  # report.json dimension -> its score
  jq -r --arg d "$2" '.dimensions[] | select(.id == $d) | .score' "$1"
}
assess() {  # output directory
  "$kubus" assess zv -o "$1" > /dev/null || fail "assess exited $?"
}

assess before
printf '\xef\xbb\xbf' > answers.csv
cat >> answers.csv <<'EOF'
practice;question;level;confidence;evidence;source;date;interviewee;notes
leadership-commitment;Does the board steer on customer figures?;4;high;The board reviews NPS and complaints every month.;Interview;2026-11-16;M. de Vries;
leadership-commitment;Is there budget for customer projects?;3;medium;"The CCM budget was restored for 2027;
the pilot budget is not yet approved.";Interview;2026-11-16;M. de Vries;
leadership-commitment;Does the board steer on customer figures?;2;medium;Only when the papers write about us.;Interview;2026-11-18;J. Bakker;
channel-bonding;Do the channels share one customer history?;4;high;The portal and the contact centre now share the CRM.;Workshop channels;2026-11-17;;
market-sensing;Do you know why customers leave?;;;;Interview;2026-11-16;M. de Vries;not asked
EOF
"$kubus" import observations answers.csv --into zv/model/interviews.kubus > out.txt || fail "CSV import exited $?"
grep -q "imported 3 observation(s) from 5 row(s): 3 new, 0 updated, 0 unchanged; 1 row(s) without a level skipped" out.txt ||
  fail "summary: $(cat out.txt)"
[ "$(grep -c '^observation ' zv/model/interviews.kubus)" = 3 ] || fail "three observations: $(cat zv/model/interviews.kubus)"
grep -q '^  level: 3$' zv/model/interviews.kubus || fail "M. de Vries's 4 and 3 give 3"
grep -q '^  interviewee: "M. de Vries"$' zv/model/interviews.kubus || fail "interviewee kept"
"$kubus" fmt --check zv/model/interviews.kubus > /dev/null || fail "the imported file is not in canonical layout"
"$kubus" check zv > /dev/null 2>&1 || fail "the assessment does not check after the import"

# The same sheet again: not a byte changes.
cp zv/model/interviews.kubus once.kubus
"$kubus" import observations answers.csv --into zv/model/interviews.kubus > out.txt || fail "second import exited $?"
grep -q "0 new, 0 updated, 3 unchanged" out.txt || fail "second summary: $(cat out.txt)"
cmp -s once.kubus zv/model/interviews.kubus || fail "a second import changed the file"

# The culture score moves as the answers say: channel bonding 1 -> 2.5, leadership 2 -> 2.33.
assess after
before=$(score before/report.json culture)
after=$(score after/report.json culture)
awk -v a="$before" -v b="$after" 'BEGIN { exit !(b > a) }' || fail "culture score $before -> $after did not rise"
grep -q 'The observations disagree: levels 1 to 4' after/report.md || fail "no spread sentence in report.md"
grep -q 'M. de Vries' after/report.html || fail "no interviewee in report.html"
grep -q 'Workshop channels' after/report.html || fail "no source in report.html"
[ "$(jq '[.. | objects | select(.interviewee? == "J. Bakker")] | length' after/report.json)" -ge 1 ] ||
  fail "no interviewee in report.json"
"$kubus" explain culture zv > explain.txt || fail "explain exited $?"
grep -q 'interviewee: M. de Vries' explain.txt || fail "explain shows no interviewee"
grep -q 'SPREAD the observations disagree: levels 1 to 4' explain.txt || fail "explain shows no spread"
"$kubus" diff --assessment zv > diff.txt || fail "diff exited $?"
grep -q 'moved: practice channel-bonding 1 -> 2.5' diff.txt || fail "diff: $(cat diff.txt)"

# Hand edits survive a corrected sheet; the corrected answer updates in place.
cat >> zv/model/interviews.kubus <<'EOF'

# Written by hand: the works council's view.
observation obs-works-council "The works council" {
  practice: leadership-commitment
  level: 2
  source: "Works council"
  date: 2026-11-19
}
EOF
cp zv/model/interviews.kubus hand.kubus
sed 's/restored for 2027;/restored for 2027 and 2028;/; s/customer projects?;3;medium/customer projects?;5;high/' answers.csv > corrected.csv
"$kubus" import observations corrected.csv --into zv/model/interviews.kubus > out.txt || fail "corrected import exited $?"
grep -q "0 new, 1 updated, 2 unchanged" out.txt || fail "corrected summary: $(cat out.txt)"
diff hand.kubus zv/model/interviews.kubus > changes.diff || true
[ "$(grep -c '^[<>]' changes.diff)" = 6 ] || fail "level, confidence and evidence change, nothing else: $(cat changes.diff)"
grep -q '^>   level: 4$' changes.diff || fail "the corrected level: $(cat changes.diff)"
grep -q '^# Written by hand: the works council' zv/model/interviews.kubus || fail "the hand-written comment is gone"
grep -q '^observation obs-works-council' zv/model/interviews.kubus || fail "the hand-written observation is gone"

# XLSX: headers in another order and case, a date cell, a day serial, a formula's
# cached value, an inline string. The workshop row has the CSV's practice, source
# and date (a day serial there), so it updates that observation.
"$kubus" import observations "$here/import/answers.xlsx" --into zv/model/interviews.kubus > out.txt ||
  fail "XLSX import exited $?"
grep -q "imported 2 observation(s) from 4 row(s): 1 new, 1 updated, 0 unchanged; 1 row(s) without a level skipped" out.txt ||
  fail "XLSX summary: $(cat out.txt)"
grep -q '^  interviewee: "M. de Vries, director Klantenservice"$' zv/model/interviews.kubus || fail "XLSX interviewee"
"$kubus" check zv > /dev/null 2>&1 || fail "the assessment does not check after the XLSX import"

# All or nothing: a bad cell, exit 1, the file byte for byte as it was.
cp zv/model/interviews.kubus good.kubus
printf 'practice,level,source,date\nleadership-commitment,4,Interview,2026-12-01\nchannel-bonding,9,Interview,2026-12-01\n' > bad.csv
set +e
"$kubus" import observations bad.csv --into zv/model/interviews.kubus > /dev/null 2> err.txt
code=$?
set -e
[ "$code" = 1 ] || fail "bad sheet exited $code, not 1"
grep -q 'bad.csv:3:2: error\[E0805\]' err.txt || fail "bad cell: $(cat err.txt)"
cmp -s good.kubus zv/model/interviews.kubus || fail "a sheet with an error changed the file"

# The KPI loop: an actuals sheet, then assess and diff.
printf 'id;actual;date\nkpi-nps-particulier;32;2026-11-25\n' > actuals.csv
"$kubus" import actuals actuals.csv --model zv/model > /dev/null || fail "actuals import exited $?"
assess kpis
[ "$(jq -r '.targets[] | select(.id == "kpi-nps-particulier") | .met' kpis/report.json)" = true ] ||
  fail "the imported NPS does not meet its target"
"$kubus" diff --assessment zv > diff.txt || fail "diff exited $?"
grep -q 'moved: kpi kpi-nps-particulier 18 -> 32' diff.txt || fail "diff: $(cat diff.txt)"
echo "import-observations: ok"
