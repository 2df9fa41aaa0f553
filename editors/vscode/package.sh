#!/usr/bin/env bash
# Packages the VS Code extension with @vscode/vsce into BUILD_DIR/kubus-VERSION.vsix
# and checks what the package holds. The npm packages come from .cache/vscode
# (scripts/setup.sh); without them the script says so and exits 77 (skipped).
#
#   editors/vscode/package.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:?usage: package.sh BUILD_DIR}" && pwd)
modules="$root/.cache/vscode/node_modules"
if ! command -v node >/dev/null || [ ! -x "$modules/.bin/vsce" ]; then
  echo "SKIPPED: needs node and @vscode/vsce (scripts/setup.sh installs it into .cache/vscode)"
  exit 77
fi
version=$(node -p "require('$here/package.json').version")
# vsce packages a directory with its node_modules: a copy of the extension's
# files beside a link to the installed packages.
stage="$build/editors/vscode"
rm -rf "$stage"
mkdir -p "$stage"
cp -r "$here/package.json" "$here/package-lock.json" "$here/extension.js" "$here/language-configuration.json" \
      "$here/README.md" "$here/.vscodeignore" "$here/syntaxes" "$stage/"
ln -s "$modules" "$stage/node_modules"
vsix="$build/kubus-$version.vsix"
rm -f "$vsix"
(cd "$stage" && "$modules/.bin/vsce" package --skip-license --allow-missing-repository --out "$vsix")
python3 - "$vsix" <<'PY'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
need = ["extension/package.json", "extension/extension.js", "extension/language-configuration.json",
        "extension/syntaxes/kubus.tmLanguage.json", "extension/readme.md",
        "extension/node_modules/vscode-languageclient/node.js",
        "extension/node_modules/vscode-languageclient/package.json"]
missing = [n for n in need if n not in names]
unwanted = [n for n in names if n.startswith("extension/test/") or "/vscode-textmate/" in n or "/@vscode/vsce/" in n]
if missing or unwanted:
    print("package: missing %s; should not hold %s" % (missing, unwanted[:5]))
    sys.exit(1)
print("package: %s holds the extension, its grammar and vscode-languageclient (%d files)" % (sys.argv[1], len(names)))
PY
