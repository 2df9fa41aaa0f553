#!/usr/bin/env bash
# The browser test of report.html (docs/report-format.md, "Fits the screen and
# the page"): writes the reports of both bundled assessments in every language
# and of a generated 5,000-touchpoint organisation, then report-browser.js
# opens each in Debian's chromium through puppeteer-core. scripts/setup.sh
# installs puppeteer-core into .cache/browser; without it or chromium the test
# is skipped (exit 77). Screenshots and PDFs: OUTDIR.
# Usage: report-browser.sh KUBUS KUBUS_GEN OUTDIR   (CHROMIUM=path, BROWSER_MODULES=dir override)
set -uo pipefail
kubus=$1
gen=$2
out=$3
root=$(cd "$(dirname "$0")/../.." && pwd)
modules=${BROWSER_MODULES:-$root/.cache/browser/node_modules}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}
if [ ! -d "$modules/puppeteer-core" ] || [ -z "$chromium" ] || ! command -v node > /dev/null ||
   ! command -v pdfinfo > /dev/null; then
  echo "SKIPPED: needs node, chromium, pdfinfo and puppeteer-core (scripts/setup.sh installs them)"
  exit 77
fi
# Page budgets, at true scale (report-browser.js fails a table wider than the
# column, which would make Chromium shrink every page): a bundled assessment
# (about 50 touchpoints, 100 findings) fits 30 A4 pages, its findings and
# evidence taking a dozen; the 5,000-touchpoint organisation fits 40 (issue 12)
# once every table is capped.
bundled_pages=30
generated_pages=40
# The report languages: every one `kubus assess --lang` takes; without the
# option, the default language only.
if "$kubus" assess --help 2>&1 | grep -q -- '--lang'; then langs=(en nl); else
  echo "note: kubus assess has no --lang: the default language only"
  langs=(default)
fi
rm -rf "$out"
mkdir -p "$out"
reports=()
write() {  # NAME ASSESSMENT LANG PAGES
  local args=()
  [ "$3" != default ] && args=(--lang "$3")
  if ! "$kubus" assess "$2" -o "$out/$1" --no-history "${args[@]}" > "$out/$1.log" 2>&1; then
    echo "FAIL: kubus assess $2 ${args[*]}:"
    tail -5 "$out/$1.log"
    exit 1
  fi
  reports+=("$1=$out/$1/report.html=$4")
}
for assessment in zorgverzekeraar energieleverancier; do
  for lang in "${langs[@]}"; do write "$assessment-$lang" "$root/assessments/$assessment" "$lang" $bundled_pages; done
done
"$gen" --touchpoints 5000 --seed 1 --assessment "$out/generated-5000" > /dev/null || exit 1
write generated-5000-${langs[0]} "$out/generated-5000" "${langs[0]}" $generated_pages
NODE_PATH=$modules exec node "$root/tests/browser/report-browser.js" "$chromium" "$out" "${reports[@]}"
