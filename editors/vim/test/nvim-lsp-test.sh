#!/usr/bin/env bash
# editors/vim/lsp/nvim.lua in a real Neovim: its built-in client starts
# `kubus lsp` for a .kubus file, gets the diagnostic of a misspelt owner, a
# hover and a completion. Exits 77 without nvim.
#
#   editors/vim/test/nvim-lsp-test.sh KUBUS SOURCE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kubus=${1:?usage: nvim-lsp-test.sh KUBUS SOURCE_DIR}
source_dir=$(cd "${2:?usage: nvim-lsp-test.sh KUBUS SOURCE_DIR}" && pwd)
if ! command -v nvim >/dev/null; then
  echo "SKIPPED: needs nvim (Debian's neovim)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$source_dir/examples/hello" "$tmp/model"
file="$tmp/model/journey.kubus"
# The first `owner: sales-manager` misspelt; the supervisor further down hovered.
line=$(grep -n 'owner: sales-manager' "$file" | head -1 | cut -d: -f1)
sed -i "${line}s/owner: sales-manager/owner: sales-manger/" "$file"
hover_line=$(grep -n 'supervisor: sales-manager' "$file" | head -1 | cut -d: -f1)
KUBUS="$kubus" KUBUS_VIM="$here/.." KUBUS_FILE="$file" KUBUS_LINE=$((line - 1)) KUBUS_HOVER_LINE=$((hover_line - 1)) \
KUBUS_RESULT="$tmp/result" timeout 60 \
  nvim --headless -u NONE -i NONE -n --cmd "set runtimepath^=$here/.." --cmd 'filetype plugin on' \
       -c "luafile $here/nvim-lsp-test.lua" > "$tmp/log" 2>&1 || true
if [ "$(cat "$tmp/result" 2>/dev/null)" != ok ]; then
  echo "nvim: $(cat "$tmp/result" 2>/dev/null || echo 'no result')"
  tail -20 "$tmp/log"
  exit 1
fi
echo "nvim: the built-in client with lsp/nvim.lua gets diagnostics, hover and completion from kubus lsp"
