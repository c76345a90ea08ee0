#!/usr/bin/env bash
# Builds the benchmark (Release-like, -O2 with symbols for perf) and runs it:
# 10 MB and 100 MB corpora replicated from corpus/, stage by stage and end to
# end, against `wc -w` on the same file. Results in Markdown on stdout.
#   scripts/bench.sh                 # both sizes
#   scripts/bench.sh --sizes 10      # any options of bench_actorgraph
#   scripts/bench.sh --parser [FILE.conllu]   # tagger+parser words/s per core and the model's RSS
#                                             # (default: EWT test from ../shared, else corpus/)
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTORGRAPH_BUILD_TESTS=OFF \
  -DACTORGRAPH_BUILD_BENCHMARKS=ON "${launcher[@]}" >/dev/null
if [[ "${1:-}" == "--parser" ]]; then
  shift
  cmake --build build-bench --target bench_parser -j"${JOBS:-2}"
  input=("$@")
  ewt=../shared/treebanks/UD_English-EWT/en_ewt-ud-test.conllu
  if [[ ${#input[@]} -eq 0 && -f "$ewt" ]]; then input=("$ewt"); fi
  exec build-bench/bench/bench_parser "${input[@]}"
fi
cmake --build build-bench --target bench_actorgraph -j"${JOBS:-2}"
exec build-bench/bench/bench_actorgraph --work build-bench/data "$@"
