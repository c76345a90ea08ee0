#!/usr/bin/env bash
# Builds actorgraph and the graph of the sample corpus in every format into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
mkdir -p out
./build/apps/actorgraph build corpus/astana-2017 \
  -o out/astana.json -o out/astana.graphml -o out/astana.gexf -o out/astana.dot -o out/astana.csv
echo
./build/apps/actorgraph stats out/astana.json
if command -v dot >/dev/null; then
  dot -Tsvg out/astana.dot -o out/astana.svg && echo && echo "rendered out/astana.svg"
fi
echo
echo "Graph files in out/: open astana.gexf in Gephi, astana.graphml in networkx/yEd, astana.json with networkx."
