#!/usr/bin/env bash
# Real client: graphology's GEXF and GraphML parsers (what Gephi Lite and sigma.js
# load files with) read our exports of the hostile fixture and the sample corpus:
# same counts and labels as the JSON, no node attribute "type" (sigma.js takes it
# as a renderer name), the type under actor_type, the dates without <spells>.
# npm packages: tests/clients/js (scripts/install-deps.sh --tests runs npm ci there).
# Usage: bash graphology_load.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
JS="$SRC/tests/clients/js"
command -v node >/dev/null || { echo "SKIP: node not installed (scripts/install-deps.sh --tests)"; exit 77; }
[ -d "$JS/node_modules/graphology-gexf" ] && [ -d "$JS/node_modules/graphology-graphml" ] ||
  { echo "SKIP: graphology packages not installed in $JS (scripts/install-deps.sh --tests)"; exit 77; }
rm -rf "$WORK" && mkdir -p "$WORK"

"$CLI" -q convert "$SRC/tests/data/fixture-graph.json" -o "$WORK/fixture.json" -o "$WORK/fixture.gexf" \
  -o "$WORK/fixture.graphml"
"$CLI" -q build "$SRC/corpus/astana-2017" -o "$WORK/corpus.json" -o "$WORK/corpus.gexf" -o "$WORK/corpus.graphml"
for name in fixture corpus; do
  node "$JS/check_viewers.js" "$WORK/$name.json" "$WORK/$name.gexf" "$WORK/$name.graphml"
done
echo "PASS: graphology (Gephi Lite, sigma.js) opens the GEXF and GraphML"
