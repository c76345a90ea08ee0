#!/usr/bin/env bash
# Output safety (issue 15): every writer touches only what it was asked to write.
# -o - is standard output (piped into Graphviz and Python); a symlink survives and
# its target gets the graph; a FIFO read by a background reader survives and
# delivers the graph; /dev/null, /dev/full and /dev/stdout stay what they are;
# permissions of a replaced file are kept; no temporary file is left anywhere.
# Run as root in CI, where renaming over /dev/null would succeed: that is the point.
# Usage: bash output_safety.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
. "$(dirname "$0")/lib/checks.bash" "$@"
requires python3 dot
fresh_work
CORPUS="$SRC/corpus/astana-2017"
echo "running as uid $(id -u)"

# graph_ok FILE: a graph JSON with nodes and links
graph_ok() {
  /usr/bin/python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); assert g["nodes"] and g["links"]' "$1" \
    || fail "$1: not a graph JSON with nodes and edges"
}

"$CLI" -q build "$CORPUS" -o "$WORK/reference.json" || fail "reference build"
graph_ok "$WORK/reference.json"

# ---- -o - : standard output, JSON by default, --format otherwise
"$CLI" -q build "$CORPUS" -o - >"$WORK/stdout.json" || fail "build -o -"
cmp -s "$WORK/stdout.json" "$WORK/reference.json" || fail "build -o - differs from the file output"
[ -e ./- ] && fail "build -o - created a file named '-'"
"$CLI" -q build "$CORPUS" -o - --format dot | dot -Tsvg >"$WORK/pipe.svg" || fail "build -o - --format dot | dot -Tsvg"
grep -q '<svg' "$WORK/pipe.svg" || fail "dot did not draw an SVG from the pipe"
"$CLI" -q convert "$WORK/reference.json" -o - --format graphml | xmllint --noout - 2>"$WORK/xmllint.err" \
  || fail "convert -o - --format graphml is not well-formed XML"
"$CLI" -q convert "$WORK/reference.json" -o - --format gexf -o "$WORK/also.json" >"$WORK/conv.gexf" || fail "convert -o - plus a file"
grep -q '<gexf' "$WORK/conv.gexf" || fail "convert -o - --format gexf wrote no GEXF"
cmp -s "$WORK/also.json" "$WORK/reference.json" || true  # also.json is written in gexf (forced); just must exist
[ -f "$WORK/also.json" ] || fail "convert: the file beside -o - was not written"
"$CLI" -q merge "$WORK/reference.json" -o - --format dot | dot -Tcanon >/dev/null || fail "merge -o - --format dot"
code_is two_stdout 2 "$CLI" build "$CORPUS" -o - -o -
grep -q 'more than once' "$WORK/two_stdout.err" || fail "two -o -: message does not say why"
code_is csv_stdout 2 "$CLI" build "$CORPUS" -o - --format csv
code_is nb_table 2 "$CLI" neighbors "$WORK/reference.json" russia -o - --json
"$CLI" -q neighbors "$WORK/reference.json" russia -o - --format dot | dot -Tcanon >"$WORK/ego.dot" || fail "neighbors -o - | dot"
grep -q 'russia' "$WORK/ego.dot" || fail "neighbors -o -: no ego network on standard output"

# ---- symlinks: written through, atomically in the target's folder; the link survives
mkdir -p "$WORK/real" "$WORK/links"
echo old >"$WORK/real/graph.json"
chmod 640 "$WORK/real/graph.json"
ln -s ../real/graph.json "$WORK/links/graph.json"
"$CLI" -q build "$CORPUS" -o "$WORK/links/graph.json" || fail "build through a symlink"
[ -L "$WORK/links/graph.json" ] || fail "the symlink was replaced by a file"
[ "$(readlink "$WORK/links/graph.json")" = ../real/graph.json ] || fail "the symlink points elsewhere now"
cmp -s "$WORK/real/graph.json" "$WORK/reference.json" || fail "the symlink's target did not get the graph"
[ "$(stat -c %a "$WORK/real/graph.json")" = 640 ] || fail "the target lost its permissions ($(stat -c %a "$WORK/real/graph.json"))"
[ "$(ls -A "$WORK/links")" = graph.json ] || fail "links/ holds more than the link: $(ls -A "$WORK/links")"
[ "$(ls -A "$WORK/real")" = graph.json ] || fail "real/ holds more than the target: $(ls -A "$WORK/real")"
# a chain of links, and a dangling link (the file is created where it points)
ln -s graph.json "$WORK/links/chain.json"
"$CLI" -q convert "$WORK/reference.json" -o "$WORK/links/chain.dot" --format dot 2>/dev/null || true
rm -f "$WORK/links/chain.dot"
"$CLI" -q convert "$WORK/reference.json" -o "$WORK/links/chain.json" || fail "convert through two links"
[ -L "$WORK/links/chain.json" ] && [ -L "$WORK/links/graph.json" ] || fail "a link of the chain was replaced"
ln -s ../real/new.json "$WORK/links/dangling.json"
"$CLI" -q convert "$WORK/reference.json" -o "$WORK/links/dangling.json" || fail "convert to a dangling link"
[ -L "$WORK/links/dangling.json" ] || fail "the dangling link was replaced"
cmp -s "$WORK/real/new.json" "$WORK/reference.json" || fail "the dangling link's target was not created"
# extract (streaming writer) through a link
echo old >"$WORK/real/parts.jsonl"
ln -s ../real/parts.jsonl "$WORK/links/parts.jsonl"
"$CLI" -q extract "$CORPUS" -o "$WORK/links/parts.jsonl" || fail "extract through a symlink"
[ -L "$WORK/links/parts.jsonl" ] || fail "extract replaced the symlink"
[ "$(wc -l <"$WORK/real/parts.jsonl")" -eq 5 ] || fail "extract: the link's target has not the 5 partial graphs"

# ---- FIFOs: opened and written, never renamed over
mkfifo "$WORK/graph.fifo"
timeout 150 cat "$WORK/graph.fifo" >"$WORK/from_fifo.json" &  # a writer that never opens it must not hang the test
reader=$!
timeout 120 "$CLI" -q build "$CORPUS" -o "$WORK/graph.fifo" || fail "build -o FIFO"
wait "$reader"
[ -p "$WORK/graph.fifo" ] || fail "the FIFO is no longer a FIFO"
cmp -s "$WORK/from_fifo.json" "$WORK/reference.json" || fail "the FIFO's reader did not get the graph"
timeout 150 cat "$WORK/graph.fifo" >"$WORK/from_fifo.jsonl" &
reader=$!
timeout 120 "$CLI" -q extract "$CORPUS" -o "$WORK/graph.fifo" || fail "extract -o FIFO"
wait "$reader"
[ -p "$WORK/graph.fifo" ] || fail "extract: the FIFO is no longer a FIFO"
[ "$(wc -l <"$WORK/from_fifo.jsonl")" -eq 5 ] || fail "extract: the FIFO's reader did not get 5 lines"

# ---- character devices and the process's own descriptors
"$CLI" -q build "$CORPUS" -o /dev/null || fail "build -o /dev/null"
[ -c /dev/null ] || fail "/dev/null is no longer a character device"
"$CLI" -q extract "$CORPUS" -o /dev/null || fail "extract -o /dev/null"
[ -c /dev/null ] || fail "extract: /dev/null is no longer a character device"
if [ -e /dev/full ]; then
  code_is full 1 "$CLI" -q build "$CORPUS" -o /dev/full
  grep -q 'actorgraph: error: .*/dev/full' "$WORK/full.err" || fail "/dev/full: no error naming the file"
  [ -c /dev/full ] || fail "/dev/full is no longer a character device"
fi
if [ -L /dev/stdout ]; then
  "$CLI" -q build "$CORPUS" -o /dev/stdout >"$WORK/devstdout.json" || fail "build -o /dev/stdout"
  [ -L /dev/stdout ] || fail "/dev/stdout is no longer a symlink"
  cmp -s "$WORK/devstdout.json" "$WORK/reference.json" || fail "-o /dev/stdout did not reach standard output"
  "$CLI" -q convert "$WORK/reference.json" -o /dev/stdout --format dot | dot -Tcanon >/dev/null \
    || fail "-o /dev/stdout into a pipe"
fi
# parse writes CoNLL-U through the same writer
if "$CLI" help parse >/dev/null 2>&1; then
  "$CLI" -q parse --text "Arland backs Borvia." -o /dev/null || fail "parse -o /dev/null"
  [ -c /dev/null ] || fail "parse: /dev/null is no longer a character device"
  echo old >"$WORK/real/p.conllu"
  ln -s ../real/p.conllu "$WORK/links/p.conllu"
  "$CLI" -q parse --text "Arland backs Borvia." -o "$WORK/links/p.conllu" || fail "parse through a symlink"
  [ -L "$WORK/links/p.conllu" ] && grep -q Borvia "$WORK/real/p.conllu" || fail "parse: link replaced or target not written"
fi
ls -A /dev | grep -q '\.tmp-' && fail "a temporary file was left in /dev: $(ls -A /dev | grep '\.tmp-')"

# ---- refused: a folder
mkdir -p "$WORK/folder.json"
code_is folder 1 "$CLI" build "$CORPUS" -o "$WORK/folder.json"
grep -q 'folder' "$WORK/folder.err" || fail "-o FOLDER: the message does not say it is a folder"
[ -d "$WORK/folder.json" ] || fail "-o FOLDER: the folder was replaced"

# ---- nothing else left behind
leftovers=$(find "$WORK" -name '.*.tmp-*' | head)
[ -z "$leftovers" ] || fail "temporary files left: $leftovers"

finish "-o -, symlinks, FIFOs and devices are written safely"
