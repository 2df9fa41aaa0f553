#!/usr/bin/env bash
# Runs each libFuzzer target of build-asan/ (scripts/build-asan.sh builds it:
# clang, -DKUBUS_FUZZ=ON) for SECONDS (default 60), two at a time, from its seed
# corpus (the repository's own files) with its dictionary. Any crash, leak, UBSan
# finding, timeout (10 s for one input) or out-of-memory (2 GB) fails the script;
# the input that caused it is saved in build-asan/crashes/TARGET/ and its path
# printed. After fixing the bug, copy the input to tests/fuzz-regressions/TARGET/:
# the ctest fuzz-regressions/TARGET replays it in every build.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: fuzz/CMakeLists.txt)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
build="$root/build-asan"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(model format matrix assessment initiatives lsp sheet)

# Up to date (ninja does nothing when it is): a fuzz target never runs stale code.
"$root/scripts/build-asan.sh" >/dev/null

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run() {  # TARGET: one libFuzzer run; its log in build-asan/logs/TARGET.log
  local t=$1 corpus="$build/fuzz/corpus/$1" crashes="$build/crashes/$1" log="$build/logs/$1.log"
  mkdir -p "$corpus" "$crashes" "$build/logs"
  if "$build/fuzz/kubus-fuzz-$t" "$corpus" "$build/fuzz/seeds/$t" -dict="$build/fuzz/$t.dict" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$crashes/" \
      -print_final_stats=1 > "$log" 2>&1; then
    echo "fuzz $t: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') inputs in ${seconds}s, no crash"
  else
    echo "FAIL fuzz $t: see $log"
    grep -m1 -A12 '^==[0-9]*==ERROR\|^SUMMARY\|fuzz property failed\|ALARM\|out-of-memory\|runtime error' "$log" || tail -20 "$log"
    grep -o 'Test unit written to .*' "$log" || true
    return 1
  fi
}

# Two at a time, one per core: seven targets take four rounds.
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  pids=()
  for t in "${targets[@]:i:2}"; do
    run "$t" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || status=1; done
done
[ "$status" -eq 0 ] && echo "fuzz: ${#targets[@]} target(s), ${seconds}s each, no crash"
exit "$status"
