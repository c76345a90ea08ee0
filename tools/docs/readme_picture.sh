#!/usr/bin/env bash
# Regenerates the README picture (docs/img/astana.svg) from the current output:
# the sample corpus's graph as Graphviz draws our DOT export.
# Usage: tools/docs/readme_picture.sh CLI [OUT.svg]   (default: docs/img/astana.svg)
set -euo pipefail
CLI=${1:?usage: $0 CLI [OUT.svg]}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${2:-$ROOT/docs/img/astana.svg}
"$CLI" -q build "$ROOT/corpus/astana-2017" -o - --format dot | dot -Tsvg >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
