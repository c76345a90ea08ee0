#!/usr/bin/env bash
# The build on a real distributed engine: scripts/dask_build.py runs extract shards and a
# tree of merges on a local Dask cluster of 2 worker processes; its outputs must equal
# `actorgraph build` byte for byte, in every format, for folders and JSONL, with more
# shards than documents; a bad input fails with the file and line and leaves no output.
# Usage: bash dask_build.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
PY=/usr/bin/python3
fail() { echo "FAIL: $*" >&2; exit 1; }
"$PY" -c 'import dask.distributed' 2>/dev/null ||
  fail "Dask distributed is missing: run scripts/install-deps.sh --tests (Debian python3-distributed)"
rm -rf "$WORK" && mkdir -p "$WORK"
CORPUS="$SRC/corpus/astana-2017"
DASK=("$PY" "$SRC/scripts/dask_build.py" --actorgraph "$CLI")

# A JSONL corpus beside the folder: two records (one a duplicate id of a folder article).
"$PY" - "$CORPUS" > "$WORK/extra.jsonl" <<'PY'
import json, pathlib, sys
files = sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))
for p in files[:2]:
    text = p.read_text(encoding="utf-8")
    print(json.dumps({"id": p.stem, "title": text.splitlines()[0], "text": text}))
PY

"$CLI" -q build "$CORPUS" -o "$WORK/build.json" -o "$WORK/build.gexf" -o "$WORK/build.graphml"
"${DASK[@]}" "$CORPUS" --workers 2 -o "$WORK/dask.json" -o "$WORK/dask.gexf" -o "$WORK/dask.graphml"
for ext in json gexf graphml; do
  cmp "$WORK/build.$ext" "$WORK/dask.$ext" || fail "dask .$ext differs from build"
done
grep -q '"nodes": \[$' "$WORK/dask.json" || fail "the graph has no nodes"

# Folder + JSONL, 13 shards (more than the 7 documents: some shards are empty), fan-in 2.
"$CLI" -q build "$CORPUS" "$WORK/extra.jsonl" -o "$WORK/build2.json"
"${DASK[@]}" "$CORPUS" "$WORK/extra.jsonl" --workers 2 --shards 13 --fan-in 2 -o "$WORK/dask2.json"
cmp "$WORK/build2.json" "$WORK/dask2.json" || fail "dask (13 shards, folder + JSONL) differs from build"
cmp -s "$WORK/build.json" "$WORK/build2.json" && fail "the JSONL records changed nothing: the test is not testing them"

# A malformed JSONL line: exit 1, the error names the file and line, no output written.
{ head -n 1 "$WORK/extra.jsonl"; echo '{"id": "x", "text": '; } > "$WORK/broken.jsonl"
if "${DASK[@]}" "$WORK/broken.jsonl" --workers 2 -o "$WORK/broken.json" 2> "$WORK/broken.err"; then
  fail "a malformed line succeeded"
fi
grep -q "broken.jsonl:2" "$WORK/broken.err" || fail "the error does not name broken.jsonl:2: $(cat "$WORK/broken.err")"
[ ! -e "$WORK/broken.json" ] || fail "a failed run left an output file"
echo "PASS: Dask (2 workers) equals build byte for byte"
