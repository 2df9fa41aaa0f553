#!/usr/bin/env bash
# `kubus diff --git REF`: a repository with two commits of an assessment, and
# an uncommitted edit; what each change does, as text, a pull-request comment
# (Markdown) and JSON, compared with the expected output beside this script.
# Usage: diff-git.sh KUBUS SRC [--update]
set -uo pipefail
kubus=$(realpath "$1")
src=$2
update=${3:-}
here="$src/tests/cli/diff-git"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
compare() {  # expected-file actual-file
  if [ "$update" = "--update" ]; then cp "$2" "$1"; return; fi
  diff -u "$1" "$2" || fail "$(basename "$1") differs"
}
git_() { git -C "$tmp/repo" -c user.email=test@kubus -c user.name=kubus -c commit.gpgsign=false "$@"; }

mkdir -p "$tmp/repo"
git_ init -q
cp -r "$src/assessments/energieleverancier" "$tmp/repo/a"
rm -rf "$tmp/repo/a/report" "$tmp/repo/a/.kubus"
git_ add -A && git_ commit -qm "the assessment as found" || fail "first commit"
# Commit 2: the unowned touchpoint gets an owner.
model="$tmp/repo/a/model/touchpoints-use.kubus"
sed -i 's/^touchpoint terugleveren-vraag \(.*\) {$/touchpoint terugleveren-vraag \1 {\n  owner: manager-klantadministratie/' "$model"
git_ commit -qam "give terugleveren-vraag an owner" || fail "second commit"
# Not committed: another touchpoint loses its owner.
sed -i '0,/^  owner: manager-klantadministratie$/{//d}' "$tmp/repo/a/model/touchpoints-deliver.kubus"

cd "$tmp/repo"
NO_COLOR=1 "$kubus" diff --git HEAD~1 a > "$tmp/text" 2>&1 || fail "diff --git HEAD~1: $(cat "$tmp/text")"
compare "$here/head-1.txt" "$tmp/text"
NO_COLOR=1 "$kubus" diff --git HEAD a --format markdown > "$tmp/md" 2>&1 || fail "diff --git HEAD: $(cat "$tmp/md")"
compare "$here/head.md" "$tmp/md"
NO_COLOR=1 "$kubus" diff --git HEAD~1 a --format json > "$tmp/json" 2>&1 || fail "diff --git --format json"
compare "$here/head-1.json" "$tmp/json"
[ -z "$(git_ status --porcelain -- . ':!a/model')" ] || fail "diff --git changed the repository: $(git_ status --porcelain)"

"$kubus" diff --git no-such-ref a > /dev/null 2> "$tmp/err"
[ $? = 2 ] || fail "an unknown revision is not exit 2"
grep -q "'no-such-ref' is not a git revision" "$tmp/err" || fail "unknown revision: $(cat "$tmp/err")"
mkdir -p "$tmp/plain" && cp -r "$src/assessments/energieleverancier" "$tmp/plain/a"
"$kubus" diff --git HEAD "$tmp/plain/a" > /dev/null 2> "$tmp/err"
[ $? = 2 ] || fail "an assessment outside git is not exit 2"
grep -q "is not in a git work tree" "$tmp/err" || fail "outside git: $(cat "$tmp/err")"
echo "diff-git: all checks passed"
