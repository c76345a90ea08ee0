#!/usr/bin/env bash
# Real client: Graphviz reads our DOT (-Tcanon, -Tsvg) for the hostile fixture and the
# sample corpus, and every node label, non-ASCII included, reaches the SVG unchanged.
# Usage: bash graphviz_render.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
command -v dot >/dev/null || { echo "SKIP: Graphviz dot not installed"; exit 77; }
[ -x /usr/bin/python3 ] || { echo "SKIP: /usr/bin/python3 not installed"; exit 77; }
rm -rf "$WORK" && mkdir -p "$WORK"

"$CLI" convert "$SRC/tests/data/fixture-graph.json" -o "$WORK/fixture.json" -o "$WORK/fixture.dot"
"$CLI" build "$SRC/corpus/astana-2017" -o "$WORK/corpus.json" -o "$WORK/corpus.dot"

for name in fixture corpus; do
  dot -Tcanon "$WORK/$name.dot" > "$WORK/$name.canon.dot"
  dot -Tsvg "$WORK/$name.dot" > "$WORK/$name.svg"
  # Graphviz's own re-serialisation must read back and draw the same labels.
  dot -Tsvg "$WORK/$name.canon.dot" > "$WORK/$name.canon.svg"
done

/usr/bin/python3 - "$WORK" <<'PY'
import json, sys, xml.etree.ElementTree as ET
work = sys.argv[1]
SVG = "{http://www.w3.org/2000/svg}"

def svg_texts(path):
    return {t.text for t in ET.parse(path).getroot().iter(SVG + "text") if t.text}

def svg_titles(path):
    return [t.text for t in ET.parse(path).getroot().iter(SVG + "title") if t.text]

for name, svg in (("fixture", "fixture"), ("fixture", "fixture.canon"),
                  ("corpus", "corpus"), ("corpus", "corpus.canon")):
    graph = json.load(open(f"{work}/{name}.json", encoding="utf-8"))
    texts = svg_texts(f"{work}/{svg}.svg")
    titles = svg_titles(f"{work}/{svg}.svg")
    for node in graph["nodes"]:
        for line in node["label"].split("\n"):  # a newline is a line break in the drawing
            assert line.strip() == "" or line in texts, f"{name}: label line {line!r} missing from SVG"
        # Graphviz titles each node group with its id. In a DOT id only \" is an escape,
        # so the writer's doubled backslash stays doubled in the name (labels undo it).
        assert node["id"].replace("\\", "\\\\") in titles, f"{name}: node id {node['id']!r} missing"
    for link in graph["links"]:
        assert link["relation"] in texts, f"{name}: edge label {link['relation']!r} missing"
    # 1 graph title + one per node + one per edge
    assert len(titles) == 1 + len(graph["nodes"]) + len(graph["links"]), (name, len(titles))
    print(f"{svg}.svg: {len(graph['nodes'])} nodes, {len(graph['links'])} edges rendered")

for svg in ("fixture", "fixture.canon"):
    texts = svg_texts(f"{work}/{svg}.svg")
    for expected in ("Türkiye", "Ерлан Абдрахманов", 'Node "Alpha" <&> Group', 'Back\\slash; Org, "Ltd"'):
        assert expected in texts, f"{svg}: hostile label {expected!r} did not survive"
PY
echo "PASS: Graphviz renders the DOT files with their labels"
