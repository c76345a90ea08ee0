#!/usr/bin/env bash
# Beyond one machine: split the sample corpus into shards, `extract` each (from
# folders and from stdin), `merge` the partial graphs in different groupings and
# orders (with a combiner step, from stdin, and re-merging a finalized graph) and
# check every result equals `build` on the whole corpus, byte for byte, in every format.
# Usage: bash shards.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
command -v python3 >/dev/null || { echo "SKIP: python3 not found" >&2; exit 77; }
rm -rf "$WORK" && mkdir -p "$WORK"
CORPUS="$SRC/corpus/astana-2017"
fail() { echo "FAIL: $*" >&2; exit 1; }

mapfile -t ARTICLES < <(cd "$CORPUS" && ls -1 *.txt | LC_ALL=C sort)
[ "${#ARTICLES[@]}" -ge 4 ] || fail "expected at least 4 articles in $CORPUS"

# Shards: 1 = the first two articles, 2 = the third (as JSONL on stdin), 3 = the rest.
mkdir -p "$WORK/shard-1" "$WORK/shard-3"
cp "$CORPUS/${ARTICLES[0]}" "$CORPUS/${ARTICLES[1]}" "$WORK/shard-1/"
for a in "${ARTICLES[@]:3}"; do cp "$CORPUS/$a" "$WORK/shard-3/"; done
# The same article as a JSONL record: id = file stem, title = first non-empty line.
python3 - "$CORPUS/${ARTICLES[2]}" > "$WORK/shard-2.jsonl" <<'PY'
import json, pathlib, sys
p = pathlib.Path(sys.argv[1])
text = p.read_text(encoding="utf-8")
title = next(line.strip() for line in text.splitlines() if line.strip())
print(json.dumps({"id": p.stem, "title": title, "text": text}))
PY

"$CLI" -q build "$CORPUS" -j 2 -o "$WORK/whole.json" -o "$WORK/whole.graphml" -o "$WORK/whole.gexf" \
  -o "$WORK/whole.dot" -o "$WORK/whole.csv"
"$CLI" -q extract "$WORK/shard-1" -j 1 -o "$WORK/parts-1.jsonl"
"$CLI" -q extract - -j 2 < "$WORK/shard-2.jsonl" > "$WORK/parts-2.jsonl"
"$CLI" -q extract "$WORK/shard-3" -o "$WORK/parts-3.jsonl"

# One line per document, in document order; the same for any thread count.
[ "$(wc -l < "$WORK/parts-1.jsonl")" -eq 2 ] || fail "parts-1.jsonl should hold 2 lines"
[ "$(wc -l < "$WORK/parts-2.jsonl")" -eq 1 ] || fail "parts-2.jsonl should hold 1 line"
"$CLI" -q extract "$WORK/shard-3" -j 3 -o - | cmp - "$WORK/parts-3.jsonl" || fail "extract -j 3 differs"

P1="$WORK/parts-1.jsonl" P2="$WORK/parts-2.jsonl" P3="$WORK/parts-3.jsonl"
"$CLI" -q merge "$P1" "$P2" "$P3" -o "$WORK/m-123.json" -o "$WORK/m.graphml" -o "$WORK/m.gexf" \
  -o "$WORK/m.dot" -o "$WORK/m.csv"
"$CLI" -q merge "$P3" "$P1" "$P2" -o "$WORK/m-312.json"
# A combiner (no corpus-level pass) feeding the reducer through a pipe.
"$CLI" -q merge --no-finalize "$P3" "$P1" -o - > "$WORK/combined-31.jsonl"
[ "$(wc -l < "$WORK/combined-31.jsonl")" -eq 1 ] || fail "a combiner writes one line"
"$CLI" -q merge "$P2" - -o "$WORK/m-2-31.json" < "$WORK/combined-31.jsonl"
# Everything on stdin at once, as a reducer gets it.
cat "$P2" "$P3" "$P1" | "$CLI" -q merge - -o "$WORK/m-stdin.json"
# A finalized graph merged again (a reducer fed its own output) is unchanged.
"$CLI" -q merge "$WORK/m-123.json" -o "$WORK/m-again.json"

for m in m-123 m-312 m-2-31 m-stdin m-again; do
  cmp "$WORK/whole.json" "$WORK/$m.json" || fail "$m.json differs from build"
done
for ext in graphml gexf dot nodes.csv edges.csv documents.csv; do
  cmp "$WORK/whole.$ext" "$WORK/m.$ext" || fail "merged .$ext differs from build"
done
grep -q '"nodes": \[$' "$WORK/whole.json" || fail "whole.json has no nodes"

# A malformed partial graph is a clear error naming the file and line.
{ cat "$P1"; echo '{"directed": true, "nodes": ['; } > "$WORK/broken.jsonl"
if "$CLI" -q merge "$WORK/broken.jsonl" -o "$WORK/broken.json" 2> "$WORK/broken.err"; then
  fail "merging a malformed line succeeded"
fi
grep -q "broken.jsonl:3" "$WORK/broken.err" || fail "the error does not name broken.jsonl:3: $(cat "$WORK/broken.err")"
[ ! -e "$WORK/broken.json" ] || fail "a failed merge left an output file"
echo "PASS: 3 shards merged 5 ways equal build in every format"
