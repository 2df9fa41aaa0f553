#!/usr/bin/env bash
# i18n-catalogue-complete: every msgid the code translates (tr, trc, trn in
# src/, found by xgettext) has a Dutch translation in po/nl/*.po that is
# neither empty (no plural form) nor fuzzy; no entry in po/nl/*.po is one the
# code no longer uses; and no msgid is translated differently by two
# fragments; and every msgid in src/ is a string literal, which xgettext can
# find (tests/i18n/literal-msgids.py: a variable passed as a msgid fails, except
# in the wrappers it lists). Lists every offending msgid, so none ships.
# Usage: catalogue-complete.sh SOURCE_DIR
set -uo pipefail
src=$(cd "$1" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

python3 "$src/tests/i18n/literal-msgids.py" "$src" || fail=1

mapfile -t sources < <(cd "$src" && find src -name '*.cpp' -o -name '*.h' | sort)
(cd "$src" && xgettext --keyword --keyword=tr:2 --keyword=trc:2c,3 --keyword=trn:2,3 --keyword=say:2 --keyword=say_n:2,3 --from-code=UTF-8 -C \
  --force-po --no-wrap -o "$tmp/used.pot" "${sources[@]}") || exit 2
used=$(grep -c '^msgid "..*"$' "$tmp/used.pot")
if [ "$used" -eq 0 ]; then
  echo "FAIL xgettext found no msgid in src/: the keywords no longer match tr, trc and trn"
  exit 1
fi

# Each entry of a PO file written without wrapping is one paragraph. Prints
# the msgctxt and msgid of the entries the awk condition `want` picks.
entries() {  # file want: missing | obsolete | conflicting
  awk -v RS= -v want="$2" '{
    n = split($0, line, "\n"); id = ""; obsolete = 0; fuzzy = 0; empty = 0; conflict = 0
    for (i = 1; i <= n; i++) {
      if (line[i] ~ /^#~/) obsolete = 1
      if (line[i] ~ /^#,.*fuzzy/) fuzzy = 1
      if (line[i] ~ /^(#~ )?(msgctxt|msgid) /) id = id (id == "" ? "" : " ") line[i]
      if (line[i] ~ /^msgstr(\[[0-9]+\])? ""$/ && (i == n || line[i + 1] !~ /^"/)) empty = 1
      if (line[i] ~ /#-#-#-#-#/) conflict = 1
    }
    if (id == "msgid \"\"") next
    if ((want == "missing" && !obsolete && (fuzzy || empty)) || (want == "obsolete" && obsolete) ||
        (want == "conflicting" && conflict)) print "  " id
  }' "$1"
}

report() {  # what list
  [ -z "$2" ] && return
  fail=1
  echo "FAIL $1:"
  echo "$2"
}

for dir in "$src"/po/*/; do
  lang=$(basename "$dir")
  fragments=("$dir"core.po)
  for f in "$dir"*.po; do [ "$f" = "$dir"core.po ] || fragments+=("$f"); done
  msgcat --use-first --no-wrap -o "$tmp/$lang.po" "${fragments[@]}" || exit 2
  msgmerge --quiet --no-fuzzy-matching --no-wrap -o "$tmp/$lang-used.po" "$tmp/$lang.po" "$tmp/used.pot" || exit 2
  report "msgids without a $lang translation (empty or fuzzy) in po/$lang/*.po" "$(entries "$tmp/$lang-used.po" missing)"
  report "entries of po/$lang/*.po that no code uses any more" "$(entries "$tmp/$lang-used.po" obsolete)"
  if [ ${#fragments[@]} -gt 1 ]; then
    msgcat --more-than=1 --no-wrap -o "$tmp/$lang-shared.po" "${fragments[@]}" || exit 2
    [ -f "$tmp/$lang-shared.po" ] &&
      report "msgids that two fragments of po/$lang translate differently" "$(entries "$tmp/$lang-shared.po" conflicting)"
  fi
done
echo "i18n catalogues: $used msgid(s) in src/, $([ $fail -eq 0 ] && echo complete || echo incomplete)"
exit $fail
