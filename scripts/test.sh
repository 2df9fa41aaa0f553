#!/usr/bin/env bash
# Second command of the README, and all of CI (.ci/run):
#   1. build/      : the plain build (g++), every test;
#   2. build-asan/ : everything again with clang, AddressSanitizer, UndefinedBehaviorSanitizer
#                    and libFuzzer's instrumentation (-DKUBUS_FUZZ=ON), every test again;
#   3. the libFuzzer targets of that same tree, each for 60 s (KUBUS_FUZZ_SECONDS=N).
# One tree serves the sanitizer tests and the fuzz targets, so CI compiles the
# sources twice, not three times (docs/design.md, "Build, sanitizers and fuzzing").
# Stops at the first phase that fails; prints how long each phase took.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc)

phase() {  # NAME COMMAND...
  local name=$1 start=$SECONDS
  shift
  echo "== $name"
  "$@"
  echo "== $name: $((SECONDS - start)) s"
}

phase setup "$root/scripts/setup.sh"
phase build "$root/scripts/build.sh"
phase tests ctest --test-dir "$root/build" --output-on-failure --parallel "$jobs"
phase asan-build "$root/scripts/build-asan.sh"
phase asan-tests ctest --test-dir "$root/build-asan" --output-on-failure --parallel "$jobs"
phase fuzz "$root/scripts/fuzz.sh" "${KUBUS_FUZZ_SECONDS:-60}"
