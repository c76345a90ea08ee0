#!/usr/bin/env bash
# Builds the benchmark (Release-like, -O2 with symbols for perf) and runs it:
# 10 MB and 100 MB corpora replicated from corpus/, stage by stage and end to
# end, against `wc -w` on the same file. Results in Markdown on stdout.
#   scripts/bench.sh                 # both sizes
#   scripts/bench.sh --sizes 10      # any options of bench_actorgraph
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTORGRAPH_BUILD_TESTS=OFF \
  -DACTORGRAPH_BUILD_BENCHMARKS=ON "${launcher[@]}" >/dev/null
cmake --build build-bench --target bench_actorgraph -j"${JOBS:-2}"
exec build-bench/bench/bench_actorgraph --work build-bench/data "$@"
