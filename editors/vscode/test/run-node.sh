#!/usr/bin/env bash
# Runs one of the extension's Node tests with the packages scripts/setup.sh
# installed into .cache/vscode; without node or those packages, says so and
# exits 77 (skipped).
#
#   editors/vscode/test/run-node.sh TEST.js ARGS...
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
modules="$root/.cache/vscode/node_modules"
if ! command -v node >/dev/null || [ ! -d "$modules/vscode-textmate" ]; then
  echo "SKIPPED: needs node and the npm packages of editors/vscode (scripts/setup.sh installs them into .cache/vscode)"
  exit 77
fi
NODE_PATH="$modules" exec node "$(dirname "$0")/$1" "${@:2}"
