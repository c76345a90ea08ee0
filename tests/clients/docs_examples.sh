#!/usr/bin/env bash
# Docs that cannot go stale: every ```console example of README.md and docs/*.md is
# run and must print what the docs show (tools/docs/examples.py --update rewrites
# them); every `actorgraph ...` line of their ```sh blocks must succeed; the README
# picture must draw the graph the current build makes (tools/docs/readme_picture.sh).
# Usage: bash docs_examples.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
. "$(dirname "$0")/lib/checks.bash" "$@"
requires python3 dot
fresh_work
/usr/bin/python3 "$SRC/tools/docs/examples.py" --check "$CLI" "$SRC" "$WORK/examples" || fail "see above"

# The picture: same nodes and edges (SVG <title>s) as one drawn from the current output.
"$SRC/tools/docs/readme_picture.sh" "$CLI" "$WORK/astana.svg" || fail "see above"
/usr/bin/python3 - "$SRC/docs/img/astana.svg" "$WORK/astana.svg" <<'PY' || fail "see above"
import sys, xml.etree.ElementTree as ET
SVG = "{http://www.w3.org/2000/svg}"
def titles(path):
    return sorted(t.text for t in ET.parse(path).getroot().iter(SVG + "title") if t.text)
shown, real = titles(sys.argv[1]), titles(sys.argv[2])
if shown != real:
    print(f"FAIL: docs/img/astana.svg draws {len(shown)} nodes+edges, the current graph {len(real)}; "
          "run tools/docs/readme_picture.sh CLI")
    sys.exit(1)
print(f"README picture: {len(real)} titled elements, as the current output draws them")
PY
finish "the docs' examples and picture match real runs"
