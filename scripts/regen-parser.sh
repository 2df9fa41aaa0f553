#!/usr/bin/env bash
# Regenerates the checked-in ANTLR parser from grammar/Kubus.g4 and records the
# grammar's hash, so that a normal build needs no Java. Needs Debian's `antlr4`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/src/syntax/generated"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v antlr4 >/dev/null || { echo "regen-parser: antlr4 is not installed (apt-get install antlr4)" >&2; exit 2; }
(cd "$root/grammar" && antlr4 -Dlanguage=Cpp -no-listener -no-visitor -package kubus_antlr -o "$tmp" Kubus.g4)
rm -rf "$out"
mkdir -p "$out"
cp "$tmp"/KubusLexer.cpp "$tmp"/KubusLexer.h "$tmp"/KubusParser.cpp "$tmp"/KubusParser.h "$out"/
sha256sum "$root/grammar/Kubus.g4" | cut -d' ' -f1 > "$out/GRAMMAR_SHA256"
echo "regenerated $out from grammar/Kubus.g4"
