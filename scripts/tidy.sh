#!/usr/bin/env bash
# Runs clang-tidy (the checks of .clang-tidy) on FILES, default every .cpp of
# src/ except the generated parser, two at a time, with the compile commands of
# build/ (configured if missing; KUBUS_TIDY_BUILD=DIR for another build tree).
# Prints each warning once (a header's warning is reported by every file that
# includes it), then the count per check; fails on any warning.
# Usage: scripts/tidy.sh [FILES...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KUBUS_TIDY_BUILD:-$root/build}
command -v clang-tidy >/dev/null || { echo "tidy: clang-tidy is not installed (scripts/setup.sh)" >&2; exit 2; }
if [ ! -f "$build/compile_commands.json" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  mapfile -t files < <(find "$root/src" -name '*.cpp' -not -path '*/generated/*' | sort)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# One log per file; a file clang-tidy cannot analyse (a compile error) fails the run.
printf '%s\n' "${files[@]}" | xargs -P 2 -I{} sh -c \
  'f=$(realpath "$1"); clang-tidy -p "$2" --quiet "$f" > "$3/$(echo "$f" | tr / _).log" 2>&1 || echo "$f" >> "$3/errors"' \
  sh {} "$build" "$out"
warnings=$(cat "$out"/*.log | grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error): ' | sort -u || true)
if [ -n "$warnings" ]; then
  printf '%s\n' "$warnings"
  echo "--- warnings per check"
  grep -o '\[[a-z0-9.,-]*\]$' <<< "$warnings" | sort | uniq -c | sort -rn
fi
count=$(grep -c . <<< "$warnings" || true)
echo "tidy: ${#files[@]} file(s), $count warning(s)"
if [ -f "$out/errors" ]; then
  echo "tidy: clang-tidy failed on:" >&2
  cat "$out/errors" >&2
  exit 1
fi
[ "$count" -eq 0 ]
