#!/usr/bin/env bash
# `kubus graph --format dot` must be accepted by Graphviz without a single
# warning: on the small silo model, the bundled assessment and a generated model.
# Usage: dot-renders.sh KUBUS KUBUS_GEN
set -euo pipefail
kubus=$1
gen=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$gen" --touchpoints 200 --seed 3 -o "$tmp/generated.kubus"
status=0
for model in "$root/tests/gaps/silos.kubus" "$root/assessments/zorgverzekeraar/model" "$tmp/generated.kubus"; do
  "$kubus" graph --format dot "$model" -o "$tmp/graph.dot"
  if ! dot -Tsvg "$tmp/graph.dot" -o "$tmp/graph.svg" 2> "$tmp/dot.err" || [ -s "$tmp/dot.err" ]; then
    echo "FAIL: dot rejects the graph of $model:"
    head -20 "$tmp/dot.err"
    status=1
  elif ! grep -q '</svg>' "$tmp/graph.svg"; then
    echo "FAIL: no SVG for $model"
    status=1
  else
    echo "ok: $model"
  fi
done
exit $status
