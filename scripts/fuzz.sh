#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time on a scratch copy of its seed
# corpus (fuzz/corpus/NAME; new inputs stay in the scratch copy, not the repo).
#   scripts/fuzz.sh BUILD_DIR [SECONDS]     (default 60 s per target)
# A crash, leak, sanitizer report or timeout fails the run; the reproducer is
# left in BUILD_DIR/fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/fuzz.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
status=0
for name in corpus_reader lexicon graph_json pipeline; do
  binary="$build/fuzz/fuzz_$name"
  [ -x "$binary" ] || { echo "fuzz.sh: $binary not built" >&2; exit 1; }
  scratch="$build/fuzz-corpus/$name"
  rm -rf "$scratch" && mkdir -p "$scratch"
  cp fuzz/corpus/"$name"/* "$scratch"/
  # Documents larger than a few KB only slow the search; the pipeline target is
  # the slowest per input, so it gets smaller inputs.
  max_len=16384
  [ "$name" = pipeline ] && max_len=4096
  echo "fuzz.sh: fuzz_$name for ${seconds}s" >&2
  if ! "$binary" "$scratch" -dict=fuzz/json.dict -max_total_time="$seconds" -max_len="$max_len" \
       -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$name-" \
       2> "$build/fuzz-$name.log"; then
    echo "fuzz.sh: fuzz_$name FAILED; log: $build/fuzz-$name.log" >&2
    tail -n 40 "$build/fuzz-$name.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$build/fuzz-$name.log" | tail -n 2 >&2 || true
  fi
done
exit $status
