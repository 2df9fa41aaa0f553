#!/usr/bin/env bash
# Second command of the README, and all of CI (.ci/run):
#   1. build/      : build, run every test;
#   2. build-asan/ : everything built with ASan and UBSan, run every test again;
#   3. build-fuzz/ : the libFuzzer targets built with clang, each run for 60 s
#                    (KUBUS_FUZZ_SECONDS=N for another time).
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
# Benchmarks measure the normal build; the sanitizer tree skips them.
phase asan-build sh -c "cmake -S '$root' -B '$root/build-asan' -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKUBUS_SANITIZE=address,undefined -DKUBUS_BENCH=OFF >/dev/null && cmake --build '$root/build-asan' --parallel $jobs"
phase asan-tests ctest --test-dir "$root/build-asan" --output-on-failure --parallel "$jobs"
phase fuzz "$root/scripts/fuzz.sh" "${KUBUS_FUZZ_SECONDS:-60}"
