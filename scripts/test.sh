#!/usr/bin/env bash
# Builds actorgraph with its tests and runs every test through ctest; then the
# same suite built with AddressSanitizer + UndefinedBehaviorSanitizer; then each
# libFuzzer target for a bounded time. Each build has its own folder (build,
# build-asan, build-fuzz); ccache is used when installed. CI (.ci/run) runs all three.
#   scripts/test.sh                       all three stages
#   TEST_STAGES=main scripts/test.sh      only the main build and tests (the quick loop)
#   TEST_STAGES="main asan" scripts/test.sh   any subset of main, asan, fuzz
#   FUZZ_SECONDS=60                       time per fuzz target
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
stages=${TEST_STAGES:-main asan fuzz}
jobs=$(nproc)
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache); fi
stamp() { echo "test.sh: $* ($(date +%T))" >&2; }

if [[ " $stages " == *" main "* ]]; then
  stamp "main build and tests"
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTORGRAPH_BUILD_TESTS=ON "${launcher[@]}" >/dev/null
  cmake --build build -j"$jobs"
  ctest --test-dir build --no-tests=error --output-on-failure -j"$jobs"
fi

if [[ " $stages " == *" asan "* ]]; then
  stamp "ASan/UBSan build and tests"
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTORGRAPH_BUILD_TESTS=ON \
    -DACTORGRAPH_SANITIZE=ON "${launcher[@]}" >/dev/null
  cmake --build build-asan -j"$jobs"
  # Any sanitizer report fails the test that triggered it. The 100 MB one-line input
  # (client.huge_line) runs in the main stage only: under ASan its ~6 GB of tokens
  # would triple in memory and time; the same code runs under ASan in the other hostile-input tests.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --no-tests=error --output-on-failure -j"$jobs" --timeout 1500 \
      -E '^client\.huge_line$'
fi

if [[ " $stages " == *" fuzz "* ]]; then
  stamp "libFuzzer build and runs"
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DACTORGRAPH_FUZZ=ON -DACTORGRAPH_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
  cmake --build build-fuzz -j"$jobs" --target fuzz_corpus_reader fuzz_lexicon fuzz_graph_json fuzz_pipeline
  scripts/fuzz.sh build-fuzz "${FUZZ_SECONDS:-60}"
fi
stamp "done"
