#!/usr/bin/env bash
# Every rule of the bundled library (rules/ccm) has at least one rule test: a
# `test` declaration naming it in a fixture below tests/rules.
# Usage: coverage.sh KUBUS
set -uo pipefail
kubus=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
rules=$(grep -ho '^\s*rule\s\+[A-Za-z0-9_-]\+' "$src"/rules/ccm/*.kubus | awk '{print $2}' | sort -u)
if [ -z "$rules" ]; then
  echo "FAIL no rule declarations found in rules/ccm"
  exit 1
fi
json=$(cd "$src" && KUBUS_PATH= "$kubus" test --format json tests/rules)
if [ $? -ge 2 ]; then
  echo "FAIL kubus test could not read tests/rules"
  exit 1
fi
tested=$(grep -o '"rule": "[^"]*"' <<< "$json" | cut -d'"' -f4 | sort -u)
untested=$(comm -23 <(printf '%s\n' "$rules") <(printf '%s\n' "$tested"))
if [ -n "$untested" ]; then
  echo "FAIL bundled rules without a rule test in tests/rules:"
  sed 's/^/  /' <<< "$untested"
  exit 1
fi
echo "rule coverage: all $(wc -l <<< "$rules") bundled rules have a rule test"
