#!/usr/bin/env bash
# Real client: networkx (Debian's /usr/bin/python3) loads our JSON (node_link_graph)
# and GraphML (read_graphml) with exactly the node and edge counts of the JSON, and
# the attribute values match; Python's csv module reads the CSV pair the same way.
# Usage: bash networkx_load.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
[ -x /usr/bin/python3 ] || { echo "SKIP: /usr/bin/python3 not installed"; exit 77; }
/usr/bin/python3 -c 'import networkx' 2>/dev/null || { echo "SKIP: python3-networkx not installed"; exit 77; }
rm -rf "$WORK" && mkdir -p "$WORK"

"$CLI" convert "$SRC/tests/data/fixture-graph.json" \
  -o "$WORK/fixture.json" -o "$WORK/fixture.graphml" -o "$WORK/fixture.csv"
"$CLI" build "$SRC/corpus/astana-2017" -o "$WORK/corpus.json" -o "$WORK/corpus.graphml" -o "$WORK/corpus.csv"

/usr/bin/python3 - "$WORK" <<'PY'
import csv, json, math, sys
import networkx as nx

work = sys.argv[1]

# Node attribute names web viewers reserve; the writers prefix them with "attr_".
RESERVED = {"type", "size", "color", "x", "y", "z", "hidden", "highlighted", "shape", "image",
            "label", "actor_type", "zindex", "force_label"}

def graphml_id(node_id):
    # Mirror of the writer's NMTOKEN escaping: [A-Za-z0-9._-] kept, other bytes as ":HH".
    out = []
    for b in node_id.encode("utf-8"):
        c = chr(b)
        out.append(c if (c.isascii() and (c.isalnum() or c in "._-")) else ":%02X" % b)
    return "".join(out)

def load_node_link(data):
    try:  # networkx >= 3.4 names the edge list explicitly
        return nx.node_link_graph(data, edges="links")
    except TypeError:
        return nx.node_link_graph(data)

def check(name):
    data = json.load(open(f"{work}/{name}.json", encoding="utf-8"))
    n_nodes, n_links = len(data["nodes"]), len(data["links"])

    # --- JSON through node_link_graph
    g = load_node_link(data)
    assert g.is_directed() and g.is_multigraph(), name
    assert g.number_of_nodes() == n_nodes, (name, g.number_of_nodes(), n_nodes)
    assert g.number_of_edges() == n_links, (name, g.number_of_edges(), n_links)
    for node in data["nodes"]:
        attrs = g.nodes[node["id"]]
        assert attrs["label"] == node["label"] and attrs["type"] == node["type"], node["id"]
    for link in data["links"]:
        e = g.edges[link["source"], link["target"], link["relation"]]  # key = relation
        assert e["weight"] == link["weight"] == len(link["evidence"]), link
        assert e["evidence"] == link["evidence"]

    # --- GraphML through read_graphml
    h = nx.read_graphml(f"{work}/{name}.graphml")
    assert h.is_directed(), name
    assert h.number_of_nodes() == n_nodes, (name, h.number_of_nodes(), n_nodes)
    assert h.number_of_edges() == n_links, (name, h.number_of_edges(), n_links)
    for node in data["nodes"]:
        # read_graphml leaves out <data> elements that are empty, hence .get(key, "").
        attrs = h.nodes[graphml_id(node["id"])]
        assert attrs["label"] == node["label"], (attrs["label"], node["label"])
        assert attrs["actor_type"] == node["type"]  # "type" is reserved by web viewers
        assert attrs["mentions"] == node["mentions"] and isinstance(attrs["mentions"], int)
        assert attrs.get("aliases", "") == "|".join(node["aliases"])
        assert attrs.get("roles", "") == "|".join(node["roles"])
        assert attrs.get("first_date", "") == node["first_date"]
        assert attrs.get("last_date", "") == node["last_date"]
        assert attrs["statements"] == len(node["statements"])
        for key in node.keys() - {"id", "label", "type", "aliases", "roles", "mentions",
                                  "first_date", "last_date", "statements"}:
            out_key = "attr_" + key if key in RESERVED else key
            assert attrs.get(out_key, "") == node[key], (node["id"], key)
    edges = {}
    for u, v, d in (h.edges(data=True) if not h.is_multigraph() else
                    ((u, v, d) for u, v, _, d in h.edges(keys=True, data=True))):
        edges[(u, d["relation"], v)] = d
    assert len(edges) == n_links
    for link in data["links"]:
        d = edges[(graphml_id(link["source"]), link["relation"], graphml_id(link["target"]))]
        assert d["label"] == link["relation"]
        assert d["weight"] == float(link["weight"]) and isinstance(d["weight"], float)
        assert math.isclose(d["confidence"], link["confidence"], rel_tol=1e-12)
        assert d["evidence_count"] == len(link["evidence"])
        assert d.get("documents", "") == "|".join(link["documents"])
        assert d.get("dates", "") == "|".join(link["dates"])
        if link["evidence"]:
            assert d.get("first_evidence", "") == link["evidence"][0]["text"]
            assert d.get("first_rule", "") == link["evidence"][0]["rule"]

    # --- CSV through the csv module (RFC 4180)
    with open(f"{work}/{name}.nodes.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == n_nodes
    assert [r["Label"] for r in rows] == [n["label"] for n in data["nodes"]]
    assert [r["Id"] for r in rows] == [n["id"] for n in data["nodes"]]
    with open(f"{work}/{name}.edges.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == n_links
    assert [(r["Source"], r["Label"], r["Target"]) for r in rows] == \
        [(l["source"], l["relation"], l["target"]) for l in data["links"]]
    assert all(r["Type"] == "Directed" for r in rows)
    # The documents table: the same rows in JSON and CSV; every evidence names one of them.
    with open(f"{work}/{name}.documents.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [dict(r, bytes=int(r["bytes"])) for r in rows] == data["documents"], name
    assert data["documents"], f"{name}: no documents table"
    table = {d["id"] for d in data["documents"]}
    for link in data["links"]:
        for e in link["evidence"]:
            assert e["document"] in table, (name, e["document"])
    print(f"{name}: {n_nodes} nodes, {n_links} edges, {len(table)} documents in JSON, GraphML and CSV")
    return g, h

g, h = check("fixture")
# Spot checks on the hostile fixture, against values written by hand in the fixture.
assert g.number_of_nodes() == 5 and g.number_of_edges() == 6
assert h.nodes["node"]["label"] == 'Node "Alpha" <&> Group'
assert h.nodes["turkiye"]["label"] == "Türkiye"
assert h.nodes["yerlan-abdrakhmanov"]["label"] == "Ерлан Абдрахманов"
assert h.nodes["back:5Cslash-org"]["label"] == 'Back\\slash; Org, "Ltd"'
assert h.nodes["geneva-talks-2019"]["label"] == "Geneva talks\non peace"
assert g.number_of_edges("turkiye", "geneva-talks-2019") == 2  # parallel, different relations
assert g.edges["turkiye", "geneva-talks-2019", "attends"]["weight"] == 2
assert g.edges["turkiye", "geneva-talks-2019", "hosts"]["weight"] == 1
assert h.number_of_edges("turkiye", "geneva-talks-2019") == 2
assert g.nodes["turkiye"]["iso_code"] == "TR"
check("corpus")
PY
echo "PASS: networkx loads JSON and GraphML with the same counts and values"
