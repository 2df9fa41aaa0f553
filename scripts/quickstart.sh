#!/usr/bin/env bash
# First command of the README: install the dependencies, build, install kubus
# (with its bundled library and manual page) on the PATH, and run the main job
# on the bundled example assessment.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
if [ "$(id -u)" -eq 0 ]; then
  cmake --install "$root/build" > /dev/null   # /usr/local: bin/kubus, share/kubus/rules, share/man/man1/kubus.1
  kubus=kubus
else
  cmake --install "$root/build" --prefix "$HOME/.local" > /dev/null
  kubus="$HOME/.local/bin/kubus"
  case ":$PATH:" in *":$HOME/.local/bin:"*) kubus=kubus ;; *) echo "note: add $HOME/.local/bin to your PATH" ;; esac
fi
echo "Installed $(command -v kubus || echo "$kubus"): $("$kubus" version)"
echo
echo "== kubus assess assessments/zorgverzekeraar"
"$kubus" assess "$root/assessments/zorgverzekeraar"
