#!/usr/bin/env bash
# Configures and builds build-asan/: every target compiled by clang with
# AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer's instrumentation
# (-DKUBUS_FUZZ=ON), plus the fuzz targets and their dictionaries. The test suite
# runs in it as in build/ (ctest --test-dir build-asan); scripts/fuzz.sh runs the
# fuzz targets. The benchmarks are left out: they measure the plain build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-asan"
command -v clang++ >/dev/null || { echo "build-asan: clang++ is not installed (scripts/setup.sh)" >&2; exit 2; }
if [ -f "$build/CMakeCache.txt" ] && ! grep -q '^KUBUS_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
  echo "build-asan: $build was configured without KUBUS_FUZZ (another compiler?): remove it first" >&2
  exit 2
fi
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKUBUS_FUZZ=ON -DKUBUS_SANITIZE=address,undefined -DKUBUS_BENCH=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"
