#!/usr/bin/env bash
# A 100 MB file with one line, generated here (never committed): as a text
# article, as a JSONL record holding one 100 MB text, and as a malformed JSONL
# line. Each ends in a graph or a clear message naming the file and line, never
# a crash or a hang (ctest's timeout; no timing asserts).
# Usage: bash huge_line.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
command -v python3 >/dev/null || { echo "SKIP: python3 not found" >&2; exit 77; }
rm -rf "$WORK" && mkdir -p "$WORK"
fail() { echo "FAIL: $*" >&2; exit 1; }
trap 'rm -f "$WORK"/*.txt "$WORK"/*.jsonl' EXIT

python3 - "$WORK" <<'PY'
import sys
work = sys.argv[1]
phrase = "officials from Chile and Peru discussed water rights, "
body = phrase * (100_000_000 // len(phrase) + 1)
with open(f"{work}/huge.txt", "w") as f:
    f.write("Chile and Peru talk water " + body)          # no newline at all
with open(f"{work}/huge.jsonl", "w") as f:
    f.write('{"id": "huge", "title": "Water talks", "text": "' + body + '"}')
with open(f"{work}/broken.jsonl", "w") as f:
    f.write('{"id": "huge", "title": "Water talks", "text": "' + body + '", }')
PY
[ "$(stat -c %s "$WORK/huge.txt")" -ge 100000000 ] || fail "generated file too small"

for input in huge.txt huge.jsonl; do
  "$CLI" -q build "$WORK/$input" -o "$WORK/$input.json" || fail "build of $input failed"
  for id in '"id": "chile"' '"id": "peru"'; do
    grep -q "$id" "$WORK/$input.json" || fail "$input: $id not in the graph"
  done
done
if "$CLI" -q build "$WORK/broken.jsonl" -o "$WORK/broken.json" 2> "$WORK/broken.err"; then
  fail "a malformed 100 MB line was accepted"
fi
grep -q "broken.jsonl:1" "$WORK/broken.err" || fail "unclear error: $(head -c 300 "$WORK/broken.err")"
[ ! -e "$WORK/broken.json" ] || fail "a failed build left an output file"
echo "PASS: 100 MB single-line inputs"
