#!/usr/bin/env bash
# First command of the README: install, build, and run the main job on the
# bundled example assessment.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
echo
echo "== kubus assess assessments/zorgverzekeraar"
"$root/build/kubus" assess "$root/assessments/zorgverzekeraar"
