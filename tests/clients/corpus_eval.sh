#!/usr/bin/env bash
# End to end: build corpus/astana-2017 and score it against its hand-made gold.
# Fails if actor precision or recall drops below 0.95, or the edge figures below
# their floors (see docs/evaluation.md for the measured figures).
# Usage: bash corpus_eval.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
rm -rf "$WORK" && mkdir -p "$WORK"

GOLD="$SRC/corpus/astana-2017/gold.json"
"$CLI" -q build "$SRC/corpus/astana-2017" -o "$WORK/astana.json"

# The report itself must be well-formed and name the figures.
"$CLI" -q eval --gold "$GOLD" "$WORK/astana.json" --json > "$WORK/report.json"
/usr/bin/python3 - "$WORK/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for part in ("actors", "events", "edges"):
    s = r[part]["score"]
    print(f"{part}: precision {s['precision']:.3f} recall {s['recall']:.3f} f1 {s['f1']:.3f} "
          f"(tp {s['true_positives']} fp {s['false_positives']} fn {s['false_negatives']})")
PY

# Building on the fly from the corpus gives the same report as scoring the file.
"$CLI" -q eval --gold "$GOLD" "$SRC/corpus/astana-2017" --json > "$WORK/report-onthefly.json"
cmp "$WORK/report.json" "$WORK/report-onthefly.json"

# Floors: actors and edge precision as the issues demand (0.95, 0.90); edge recall and
# events just under the last measurement (edge recall 0.905, edge precision 1.000, event
# precision 1.000; the issue's edge-recall target of 0.85 is met).
"$CLI" -q eval --gold "$GOLD" "$WORK/astana.json" --json > "$WORK/report.json"
/usr/bin/python3 - "$WORK/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for part in ("actors", "events", "edges"):
    s = r[part]["score"]
    print(f"{part}: precision {s['precision']:.3f} recall {s['recall']:.3f} f1 {s['f1']:.3f} "
          f"(tp {s['true_positives']} fp {s['false_positives']} fn {s['false_negatives']})")
PY

# Building on the fly from the corpus gives the same report as scoring the file.
"$CLI" -q eval --gold "$GOLD" "$SRC/corpus/astana-2017" --json > "$WORK/report-onthefly.json"
cmp "$WORK/report.json" "$WORK/report-onthefly.json"

# Floors: actors and edge precision as the issues demand (0.95, 0.90); edge recall and
# events just under the last measurement (docs/evaluation.md: edge recall 0.905, 67 of 74;
# the issue's target, 0.85, is met).
"$CLI" -q eval --gold "$GOLD" "$WORK/astana.json" \
  --min-actor-precision 0.95 --min-actor-recall 0.95 \
  --min-edge-precision 0.95 --min-edge-recall 0.89 \
  --min-event-precision 0.95 --min-event-recall 0.80 > "$WORK/report.tsv"
echo "PASS: corpus figures meet their floors"
