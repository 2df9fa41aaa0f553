#!/usr/bin/env bash
# The Vim syntax file on every bundled .kubus file: each keyword, string,
# number, quantity, comment, date and quarter must get its syntax group, as
# the VS Code grammar test checks its scopes. Needs vim and node (for the
# shared reading of the tokens, editors/test/lexemes.js); exits 77 without.
#
#   editors/vim/test/syntax-test.sh SOURCE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "${1:?usage: syntax-test.sh SOURCE_DIR}" && pwd)
if ! command -v vim >/dev/null || ! command -v node >/dev/null; then
  echo "SKIPPED: needs vim and node"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node "$here/expectations.js" "$source_dir" > "$tmp/expect.json"
KUBUS_EXPECT="$tmp/expect.json" KUBUS_RESULT="$tmp/result" \
  vim -N -u NONE -i NONE -n -es \
      -c "set runtimepath^=$here/.." -c 'filetype plugin on' -c 'syntax on' \
      -S "$here/check.vim" < /dev/null || true
if [ ! -s "$tmp/result" ]; then
  echo "vim wrote no result"
  exit 1
fi
checked=$(tail -n 1 "$tmp/result")
if [ "$(wc -l < "$tmp/result")" -gt 1 ]; then
  head -n -1 "$tmp/result" | head -40
  echo "$(($(wc -l < "$tmp/result") - 1)) token(s) without their syntax group ($checked characters)"
  exit 1
fi
echo "vim syntax: every token has its group ($checked characters)"
