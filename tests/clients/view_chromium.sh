#!/usr/bin/env bash
# Real client: Debian's chromium opens the page of `actorgraph view` (headless, driven
# over the DevTools pipe by view_driver.js): no console error, the node count equals
# the graph's, a click shows evidence with both ends highlighted, a relation filter
# hides edges, a hostile label is text and not script, the screenshot is not blank.
# The page is the same bytes twice, and for a graph built with --jobs 1 and --jobs 2.
# Usage: bash view_chromium.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
[ -x /usr/bin/python3 ] || { echo "SKIP: /usr/bin/python3 not installed"; exit 77; }
rm -rf "$WORK" && mkdir -p "$WORK/corpus"
DRIVER="$SRC/tests/clients/view_driver.js"

# 1. A saved news page (HTML in) and the sample corpus.
cp "$SRC/tests/data/html/news-page.html" "$WORK/corpus/"
cp "$SRC"/corpus/astana-2017/*.txt "$WORK/corpus/"
"$CLI" -q build "$WORK/corpus" -o "$WORK/graph.json" --jobs 1
"$CLI" -q build "$WORK/corpus" -o "$WORK/graph2.json" --jobs 2
"$CLI" -q view "$WORK/graph.json" -o "$WORK/page.html" --title corpus
"$CLI" -q view "$WORK/graph.json" -o "$WORK/again.html" --title corpus
"$CLI" -q view "$WORK/graph2.json" -o "$WORK/page2.html" --title corpus
cmp "$WORK/page.html" "$WORK/again.html"
cmp "$WORK/page.html" "$WORK/page2.html"
if grep -Eq '(src|href)="(https?:)?//' "$WORK/page.html"; then
  echo "FAIL: the page loads something from the network"; exit 1
fi
nodes=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["nodes"]))' "$WORK/graph.json")
[ "$nodes" -gt 0 ]

# 2. Hostile strings: a label and an evidence sentence that are markup.
/usr/bin/python3 - "$SRC/tests/data/fixture-graph.json" "$WORK/hostile.json" <<'PY'
import json, sys
graph = json.load(open(sys.argv[1], encoding="utf-8"))
graph["nodes"][0]["label"] = "<script>window.__pwned=1</script>"
for edge in graph.get("links", graph.get("edges", [])):
    for e in edge.get("evidence", []):
        e["text"] = "</script><img src=x onerror=\"window.__pwned=2\"> " + e["text"]
json.dump(graph, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
"$CLI" -q view "$WORK/hostile.json" -o "$WORK/hostile.html"
if grep -q '<script>window.__pwned' "$WORK/hostile.html" || grep -q '<img src=x' "$WORK/hostile.html"; then
  echo "FAIL: a hostile string reached the page unescaped"; exit 1
fi
grep -q '&lt;script&gt;window.__pwned=1&lt;/script&gt;' "$WORK/hostile.html"
hostile_nodes=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["nodes"]))' "$WORK/hostile.json")
echo "ok   pages are deterministic, offline and escape hostile strings"

# 3. In the browser (the checks above do not need one).
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "SKIP: chromium not installed (scripts/install-deps.sh --tests)"; exit 77; }
command -v node >/dev/null || { echo "SKIP: node not installed"; exit 77; }
node "$DRIVER" "$CHROMIUM" "$WORK/page.html" "$nodes" "$WORK/page.png"
node "$DRIVER" "$CHROMIUM" "$WORK/hostile.html" "$hostile_nodes" "$WORK/hostile.png"
