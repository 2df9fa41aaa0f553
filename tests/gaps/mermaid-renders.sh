#!/usr/bin/env bash
# `kubus graph --format mermaid` must be accepted by the Mermaid CLI (headless
# Chromium) on the small silo model, the bundled assessment and a small
# generated model; so must the department overview of report.md (its
# ```mermaid block) for both bundled assessments and a generated one. scripts/setup.sh installs both: Debian's chromium, and mmdc
# into .cache/mermaid, which this test uses before any mmdc on the PATH. Skips
# (exit 77) when either is missing.
# Usage: mermaid-renders.sh KUBUS KUBUS_GEN   (MMDC=path, CHROMIUM=path override)
set -uo pipefail
kubus=$1
gen=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
local_mmdc="$root/.cache/mermaid/node_modules/.bin/mmdc"
if [ -z "${MMDC:-}" ] && [ -x "$local_mmdc" ]; then MMDC=$local_mmdc; fi
mmdc=${MMDC:-$(command -v mmdc)}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}
if [ -z "$mmdc" ] || [ -z "$chromium" ]; then
  echo "SKIPPED: needs mmdc (scripts/setup.sh installs it into .cache/mermaid) and chromium"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '{"executablePath": "%s", "args": ["--no-sandbox", "--headless=new"]}\n' "$chromium" > "$tmp/puppeteer.json"
# Mermaid refuses charts of more than 500 edges: the generated model stays small.
"$gen" --touchpoints 40 --seed 3 -o "$tmp/generated.kubus" || exit 1
status=0
for model in "$root/tests/gaps/silos.kubus" "$root/assessments/zorgverzekeraar/model" "$tmp/generated.kubus"; do
  "$kubus" graph --format mermaid "$model" -o "$tmp/graph.mmd" || { status=1; continue; }
  if timeout 120 "$mmdc" -q -p "$tmp/puppeteer.json" -i "$tmp/graph.mmd" -o "$tmp/graph.svg" > "$tmp/mmdc.log" 2>&1 &&
     grep -q '</svg>' "$tmp/graph.svg"; then
    echo "ok: $model"
  else
    echo "FAIL: mmdc rejects the graph of $model:"
    head -20 "$tmp/mmdc.log"
    status=1
  fi
  rm -f "$tmp/graph.svg"
done
# The department overview of report.md: the first ```mermaid block.
"$gen" --touchpoints 300 --seed 3 --assessment "$tmp/generated-assessment" > /dev/null || exit 1
for assessment in "$root/assessments/zorgverzekeraar" "$root/assessments/energieleverancier" "$tmp/generated-assessment"; do
  rm -rf "$tmp/out"
  "$kubus" assess "$assessment" -o "$tmp/out" --no-history > /dev/null || { echo "FAIL: kubus assess $assessment"; status=1; continue; }
  awk '/^```mermaid$/ {on = 1; next} on && /^```$/ {exit} on {print}' "$tmp/out/report.md" > "$tmp/overview.mmd"
  if ! grep -q '^flowchart' "$tmp/overview.mmd"; then
    echo "FAIL: report.md of $assessment has no department overview"
    status=1
  elif timeout 120 "$mmdc" -q -p "$tmp/puppeteer.json" -i "$tmp/overview.mmd" -o "$tmp/overview.svg" > "$tmp/mmdc.log" 2>&1 &&
       grep -q '</svg>' "$tmp/overview.svg"; then
    echo "ok: department overview of $assessment"
  else
    echo "FAIL: mmdc rejects the department overview of $assessment:"
    head -20 "$tmp/mmdc.log"
    status=1
  fi
  rm -f "$tmp/overview.svg"
done
exit $status
