#!/usr/bin/env bash
# Runs clang-tidy (the checks of .clang-tidy) with the compile commands of build/
# (configured if missing; KUBUS_TIDY_BUILD=DIR for another build tree), two files
# at a time (KUBUS_TIDY_JOBS=N). Prints each warning once (a header's warning is
# reported by every file that includes it), then the count per check; fails on
# any warning, and when clang-tidy cannot analyse a file.
#
#   scripts/tidy.sh                 every .cpp of src/ and fuzz/ (not the generated parser)
#   scripts/tidy.sh FILE...         these files
#   scripts/tidy.sh --changed [REF] the files of src/ and fuzz/ that differ (committed or
#                                   not) from the merge base of HEAD and REF (default: main,
#                                   else origin/main); only warnings in those files count.
#                                   A changed header is checked through its own .cpp,
#                                   or else one file that includes it. On REF itself:
#                                   the files of its last commit. Exit 77 (skipped)
#                                   without git or REF.
#                                   This is what the ctest clang-tidy runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KUBUS_TIDY_BUILD:-$root/build}
jobs=${KUBUS_TIDY_JOBS:-2}
command -v clang-tidy >/dev/null || { echo "tidy: clang-tidy is not installed (scripts/setup.sh)" >&2; exit 2; }

# Source files (repository-relative) that differ from the merge base with REF.
# On REF itself (nothing to merge), the files of HEAD's last commit.
changed_files() {
  local ref=$1 base what
  if ! git -C "$root" rev-parse --verify --quiet "$ref^{commit}" >/dev/null; then
    ref=origin/$ref
    git -C "$root" rev-parse --verify --quiet "$ref^{commit}" >/dev/null ||
      { echo "tidy: skipped: no git checkout with a branch '$1' or 'origin/$1' to compare with" >&2; exit 77; }
  fi
  base=$(git -C "$root" merge-base HEAD "$ref")
  what="merge base with $ref"
  if [ "$base" = "$(git -C "$root" rev-parse HEAD)" ]; then
    base=$(git -C "$root" rev-parse HEAD^)
    what="HEAD is $ref: its last commit"
  fi
  echo "tidy: files changed since $(git -C "$root" rev-parse --short "$base") ($what)" >&2
  git -C "$root" diff --name-only --diff-filter=d "$base" -- 'src/*.cpp' 'src/*.h' 'fuzz/*.cpp' 'fuzz/*.h' |
    grep -v '/generated/' || true
}

# One .cpp file through which to analyse the header REL: its own NAME.cpp, else the
# first that includes it (as "stage/name.h" or, for fuzz/, "name.h"). Any includer
# reports the header's warnings; analysing them all would only repeat them.
includer() {
  local rel=$1 name=${1#src/}
  [[ $rel == fuzz/* ]] && name=${rel#fuzz/}
  if [ -f "$root/${rel%.h}.cpp" ]; then
    echo "$root/${rel%.h}.cpp"
  else
    grep -rlF --include='*.cpp' "#include \"$name\"" "$root/src" "$root/fuzz" | grep -v '/generated/' | sort | head -1 || true
  fi
}

files=()
only=()  # --changed: the files whose warnings count
if [ "${1:-}" = "--changed" ]; then
  mapfile -t only < <(changed_files "${2:-main}")
  for rel in "${only[@]}"; do
    if [[ $rel == *.cpp ]]; then files+=("$root/$rel"); else mapfile -t -O "${#files[@]}" files < <(includer "$rel"); fi
  done
  if [ ${#files[@]} -eq 0 ]; then
    echo "tidy: no changed source file"
    exit 0
  fi
  mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u)
elif [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(find "$root/src" "$root/fuzz" -name '*.cpp' -not -path '*/generated/*' | sort)
fi

if [ ! -f "$build/compile_commands.json" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# One log per file; a file clang-tidy cannot analyse (a compile error) fails the run.
printf '%s\n' "${files[@]}" | xargs -P "$jobs" -I{} sh -c \
  'f=$(realpath "$1"); clang-tidy -p "$2" --quiet "$f" > "$3/$(echo "$f" | tr / _).log" 2>&1 || echo "$f" >> "$3/errors"' \
  sh {} "$build" "$out"
# A stage's headers are reached through its include root (build/include/STAGE/STAGE,
# a link to src/STAGE): name them by their place in src/. Warnings located outside
# the checkout are about system headers (ANTLR's forward declarations), not ours.
warnings=$(cat "$out"/*.log | grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error): ' |
  sed -E "s#^[^: ]*/include/[a-z]+/([a-z]+/[^/:]+\.h):#$root/src/\1:#" | awk -v r="$root/" 'index($0, r) == 1' | sort -u || true)
if [ ${#only[@]} -gt 0 ] && [ -n "$warnings" ]; then
  keep=$(printf "$root/%s:\n" "${only[@]}")
  warnings=$(grep -F -f <(printf '%s\n' "$keep") <<< "$warnings" || true)
fi
if [ -n "$warnings" ]; then
  printf '%s\n' "$warnings"
  echo "--- warnings per check"
  grep -o '\[[a-z0-9.,-]*\]$' <<< "$warnings" | sort | uniq -c | sort -rn
fi
count=$(grep -c . <<< "$warnings" || true)
echo "tidy: ${#files[@]} file(s) analysed, $count warning(s)"
if [ -f "$out/errors" ]; then
  echo "tidy: clang-tidy failed on:" >&2
  cat "$out/errors" >&2
  exit 1
fi
[ "$count" -eq 0 ]
