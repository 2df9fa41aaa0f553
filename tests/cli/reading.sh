#!/usr/bin/env bash
# Safe reading: a directory that cannot be read is exit 2 with its path, for
# every command that walks directories and for a `use` of one; `use` and links
# lead only to .kubus files, so no diagnostic quotes the environment or the
# password file; a FIFO is never opened (no hang).
# Root reads every directory, so the unreadable cases run as user nobody
# (setpriv) when the test runs as root; the test is skipped (77) when it can't.
set -uo pipefail
kubus=$(realpath "$1")
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp"; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
chmod 755 "$tmp"

as_user=()
if [ "$(id -u)" = 0 ]; then
  command -v setpriv > /dev/null || { echo "skipped: root without setpriv"; exit 77; }
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  # nobody must be able to run kubus from here.
  "${as_user[@]}" "$kubus" version > /dev/null 2>&1 || { echo "skipped: nobody cannot run $kubus"; exit 77; }
fi

# A model with a readable file, a rule test and an unreadable subdirectory.
mkdir -p "$tmp/m/ok" "$tmp/m/locked"
cat > "$tmp/m/ok/a.kubus" <<'KUBUS'
touchpoint a {
  phase: promise
}
KUBUS
printf 'touchpoint hidden {\n  phase: promise\n}\n' > "$tmp/m/locked/b.kubus"
chmod 755 "$tmp/m" "$tmp/m/ok"
chmod 644 "$tmp/m/ok/a.kubus"
chmod 000 "$tmp/m/locked"
printf 'use "m"\n' > "$tmp/user.kubus"
chmod 644 "$tmp/user.kubus"

expect_unreadable() {  # description command...
  local what=$1
  shift
  (cd "$tmp" && timeout 20 "${as_user[@]}" "$kubus" "$@" > "$tmp/out" 2> "$tmp/err")
  local code=$?
  [ "$code" = 2 ] || fail "$what exited $code, not 2: $(cat "$tmp/err")"
  grep -q "cannot read directory '$tmp/m/locked': Permission denied" "$tmp/err" ||
    grep -q "cannot read directory 'm/locked': Permission denied" "$tmp/err" ||
    fail "$what does not name the unreadable directory: $(cat "$tmp/err")"
}
expect_unreadable "check DIR" check "$tmp/m"
expect_unreadable "fmt --check DIR" fmt --check "$tmp/m"
expect_unreadable "test DIR" test "$tmp/m"
expect_unreadable "gaps DIR" gaps "$tmp/m"
expect_unreadable "check of a model that uses DIR" check user.kubus
grep -q "^user.kubus:1:5: error\[E0001\]" "$tmp/err" || fail "the error for a used directory does not point at the use"

# Secrets in the environment and the password file are never quoted.
export KUBUS_TEST_SECRET="s3cr3t-$RANDOM-value"
mkdir -p "$tmp/leak/lib"
ln -s /proc/self/environ "$tmp/leak/lib/environ.kubus"
ln -s /etc/passwd "$tmp/leak/passwd.kubus"
mkfifo "$tmp/leak/lib/pipe.kubus"
cat > "$tmp/leak/model.kubus" <<'KUBUS'
use "/proc/self/environ"
use "/etc/passwd"
use "lib"
use "lib/pipe.kubus"
use "passwd"

touchpoint a {
  phase: promise
}
KUBUS
timeout 20 "$kubus" check "$tmp/leak/model.kubus" > "$tmp/out" 2> "$tmp/err"
code=$?
[ "$code" = 1 ] || fail "check of a model that uses /proc/self/environ exited $code, not 1: $(cat "$tmp/err")"
if grep -q "$KUBUS_TEST_SECRET" "$tmp/out" "$tmp/err"; then fail "the environment was quoted: $(cat "$tmp/err")"; fi
if grep -q "root:" "$tmp/out" "$tmp/err"; then fail "/etc/passwd was quoted: $(cat "$tmp/err")"; fi
[ "$(grep -c 'error\[E0217\]' "$tmp/err")" = 5 ] || fail "not every refused path is E0217: $(cat "$tmp/err")"
grep -q "'$tmp/leak/lib/environ.kubus' links to '/proc/[0-9a-z]*/environ', which is not a model file" "$tmp/err" ||
  fail "the link below a used directory is not named: $(cat "$tmp/err")"
grep -q "pipe.kubus' is not a regular file" "$tmp/err" || fail "the FIFO is not refused: $(cat "$tmp/err")"

# Below a directory given to check, a link to a file of another name is refused too.
timeout 20 "$kubus" check "$tmp/leak/lib" > "$tmp/out" 2> "$tmp/err"
if grep -q "$KUBUS_TEST_SECRET" "$tmp/out" "$tmp/err"; then fail "check DIR quoted the environment"; fi
grep -q "error\[E0217\]: '$tmp/leak/lib/environ.kubus' links to" "$tmp/err" ||
  fail "check DIR does not refuse the link: $(cat "$tmp/err")"
echo "reading: ok"
