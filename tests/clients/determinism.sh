#!/usr/bin/env bash
# Same input, same output: two builds of the sample corpus (one worker thread vs
# several) and two conversions of the fixture give byte-identical files in every format.
# Usage: bash determinism.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
rm -rf "$WORK" && mkdir -p "$WORK/a" "$WORK/b"

outputs() { for ext in json graphml gexf dot csv; do printf -- '-o\n%s/%s.%s\n' "$1" "$2" "$ext"; done; }
mapfile -t OUT_A < <(outputs "$WORK/a" astana)
mapfile -t OUT_B < <(outputs "$WORK/b" astana)
"$CLI" build "$SRC/corpus/astana-2017" -j 1 "${OUT_A[@]}"
"$CLI" build "$SRC/corpus/astana-2017" -j 4 "${OUT_B[@]}"
mapfile -t FIX_A < <(outputs "$WORK/a" fixture)
mapfile -t FIX_B < <(outputs "$WORK/b" fixture)
"$CLI" convert "$SRC/tests/data/fixture-graph.json" "${FIX_A[@]}"
"$CLI" convert "$WORK/a/fixture.json" "${FIX_B[@]}"

count=0
for f in "$WORK"/a/*; do
  name=$(basename "$f")
  [ -s "$f" ] || { echo "FAIL: $name is empty" >&2; exit 1; }
  cmp "$f" "$WORK/b/$name"
  count=$((count + 1))
done
# json, graphml, gexf, dot, nodes.csv, edges.csv, documents.csv for each of the two graphs
[ "$count" -eq 14 ] || { echo "FAIL: expected 14 files, found $count" >&2; exit 1; }
[ -z "$(ls -A "$WORK/a" | grep -v -E '^(astana|fixture)\.' || true)" ] || { echo "FAIL: stray files" >&2; exit 1; }
# The fixture is stored in canonical form: converting it reproduces it byte for byte.
cmp "$SRC/tests/data/fixture-graph.json" "$WORK/a/fixture.json"
echo "PASS: $count files byte-identical across runs"
