#!/usr/bin/env bash
# report.html must print with headless Chromium: `kubus assess` on the bundled
# assessment, printed to PDF, gives A4 pages, at least two (the summary has a
# page of its own). Skips (exit 77) only when Chromium is not installed.
# Usage: html-renders.sh KUBUS SOURCE_DIR   (CHROMIUM=path overrides)
set -uo pipefail
kubus=$1
src=$2
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}
if [ -z "$chromium" ]; then
  echo "SKIPPED: needs chromium"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$kubus" assess "$src/assessments/zorgverzekeraar" -o "$tmp/report" --no-history > "$tmp/assess.log" 2>&1 || {
  echo "FAIL: kubus assess"; cat "$tmp/assess.log"; exit 1; }
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/profile" \
  --print-to-pdf="$tmp/out.pdf" "file://$tmp/report/report.html" > "$tmp/chromium.log" 2>&1
if [ ! -s "$tmp/out.pdf" ]; then
  echo "FAIL: chromium wrote no PDF"
  tail -20 "$tmp/chromium.log"
  exit 1
fi
# Page objects, not the /Pages tree nodes.
pages=$(grep -a -o '/Type */Page\b' "$tmp/out.pdf" | wc -l)
if [ "$pages" -lt 2 ]; then
  echo "FAIL: the PDF has $pages page(s), expected at least 2"
  exit 1
fi
# A4 is 595 x 842 points, portrait (or landscape for the graph).
if grep -a -o '/MediaBox *\[[^]]*\]' "$tmp/out.pdf" | grep -qv -e '594\.9[0-9]* 841\.9' -e '841\.9[0-9]* 594\.9'; then
  echo "FAIL: a page is not A4:"
  grep -a -o '/MediaBox *\[[^]]*\]' "$tmp/out.pdf" | sort | uniq -c
  exit 1
fi
echo "ok: report.html printed to $pages A4 pages"
