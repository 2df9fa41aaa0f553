#!/usr/bin/env bash
# kubus runs on jemalloc with the settings compiled into it (docs/design.md,
# "Memory allocator"): transparent huge pages and one arena. Without them a
# large model loads several times slower, and nothing else would notice.
set -euo pipefail
kubus=$1
fail() { echo "FAIL: $*"; exit 1; }
out=$(MALLOC_CONF=confirm_conf:true "$kubus" --version 2>&1) || fail "kubus --version exited $?"
for want in "Set conf value: thp:always" "Set conf value: metadata_thp:always" "Set conf value: narenas:1"; do
  grep -qF "$want" <<< "$out" || fail "jemalloc did not report '$want'; it printed: $out"
done
grep -qF "global variable malloc_conf" <<< "$out" || fail "the settings did not come from the binary: $out"
echo "ok: jemalloc with huge pages and one arena"
