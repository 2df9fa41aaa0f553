#!/usr/bin/env bash
# Fails when the checked-in parser does not match grammar/Kubus.g4: the hash must
# agree, and where the antlr4 tool is installed, regenerating must give the same code.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gen="$root/src/syntax/generated"
want=$(cat "$gen/GRAMMAR_SHA256")
have=$(sha256sum "$root/grammar/Kubus.g4" | cut -d' ' -f1)
if [ "$want" != "$have" ]; then
  echo "grammar/Kubus.g4 changed since the parser was generated: run scripts/regen-parser.sh" >&2
  exit 1
fi
if ! command -v antlr4 >/dev/null; then
  echo "antlr4 not installed: checked the grammar hash only"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root/grammar" && antlr4 -Dlanguage=Cpp -no-listener -no-visitor -package kubus_antlr -o "$tmp" Kubus.g4)
for f in KubusLexer.cpp KubusLexer.h KubusParser.cpp KubusParser.h; do
  diff -q "$tmp/$f" "$gen/$f" >/dev/null || { echo "src/syntax/generated/$f differs from the grammar's output: run scripts/regen-parser.sh" >&2; exit 1; }
done
echo "generated parser matches grammar/Kubus.g4"
