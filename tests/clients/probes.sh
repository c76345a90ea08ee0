#!/usr/bin/env bash
# Probe sentences written for the project (tests/data/probes/probes.tsv and fresh.tsv: invented people,
# real states, one construction per probe, each its own article): the expected edges
# found must not fall below the floor, and the forbidden ones (negated, hypothetical,
# demanded, denied) must not rise above it. Floors are the figures measured last
# (docs/evaluation.md); raise them as the pipeline improves.
# Usage: bash probes.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
PY=/usr/bin/python3
[ -x "$PY" ] || { echo "SKIP: $PY not found"; exit 77; }
rm -rf "$WORK" && mkdir -p "$WORK"
"$PY" "$SRC/tools/probes/score_probes.py" "$CLI" "$SRC/tests/data/probes/probes.tsv" \
  --work "$WORK/written" --verbose --min-found 70 --max-forbidden 0
# The fresh set (tests/data/probes/fresh.tsv) was written before its output was seen.
"$PY" "$SRC/tools/probes/score_probes.py" "$CLI" "$SRC/tests/data/probes/fresh.tsv" \
  --work "$WORK/fresh" --verbose --min-found 33 --max-forbidden 0
