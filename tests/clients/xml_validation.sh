#!/usr/bin/env bash
# Real client: xmllint validates our GraphML against the official GraphML 1.1 XSD
# (offline, through the vendored catalog) and our GEXF against the GEXF 1.3 RELAX NG
# grammar, for the hostile fixture graph and for the sample corpus build.
# Usage: bash xml_validation.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
command -v xmllint >/dev/null || { echo "SKIP: xmllint not installed (Debian: libxml2-utils)"; exit 77; }
rm -rf "$WORK" && mkdir -p "$WORK"

"$CLI" convert "$SRC/tests/data/fixture-graph.json" -o "$WORK/fixture.graphml" -o "$WORK/fixture.gexf"
"$CLI" build "$SRC/corpus/astana-2017" -o "$WORK/corpus.graphml" -o "$WORK/corpus.gexf"

export XML_CATALOG_FILES="$SRC/schemas/graphml/catalog.xml"
XSD="$SRC/schemas/graphml/1.1/graphml.xsd"
RNG="$SRC/schemas/gexf/1.3/gexf.rng"

for f in "$WORK/fixture.graphml" "$WORK/corpus.graphml"; do
  xmllint --noout --nonet --schema "$XSD" "$f"
done
for f in "$WORK/fixture.gexf" "$WORK/corpus.gexf"; do
  xmllint --noout --nonet --relaxng "$RNG" "$f"
done

# The validators must be able to say no: the label= attribute Gephi's own exporter
# puts on edges is not GraphML, and xsi:schemaLocation is not allowed by gexf.rng.
sed '0,/<edge /s//<edge label="x" /' "$WORK/fixture.graphml" > "$WORK/broken.graphml"
if xmllint --noout --nonet --schema "$XSD" "$WORK/broken.graphml" 2>/dev/null; then
  echo "FAIL: the GraphML XSD accepted a file with <edge label=...>" >&2; exit 1
fi
sed 's|<gexf xmlns="http://gexf.net/1.3"|<gexf xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 x.xsd" xmlns="http://gexf.net/1.3"|' \
  "$WORK/fixture.gexf" > "$WORK/broken.gexf"
if xmllint --noout --nonet --relaxng "$RNG" "$WORK/broken.gexf" 2>/dev/null; then
  echo "FAIL: gexf.rng accepted a file with xsi:schemaLocation" >&2; exit 1
fi
echo "PASS: GraphML and GEXF files validate"
