#!/usr/bin/env bash
# Reproduces every peer-suite figure of docs/evaluation.md.
# Usage: tools/peers/run_all.sh BUILD_DIR SHARED_DIR [WORK_DIR]
#   BUILD_DIR  a CMake build folder holding apps/actorgraph (or the CLI itself)
#   SHARED_DIR the folder holding peers/ (the suites' data stay there)
#   WORK_DIR   where the converted corpora, gold files, graphs and reports go
#              (default: BUILD_DIR/peer-suites)
# Prints one summary line per figure and writes WORK_DIR/summary.json.
set -euo pipefail
BUILD=${1:?usage: $0 BUILD_DIR SHARED_DIR [WORK_DIR]}
SHARED=${2:?usage: $0 BUILD_DIR SHARED_DIR [WORK_DIR]}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=$(cd "$HERE/../.." && pwd)
if [ -x "$BUILD" ] && [ ! -d "$BUILD" ]; then CLI=$BUILD; else CLI=$BUILD/apps/actorgraph; fi
WORK=${3:-$( [ -d "$BUILD" ] && echo "$BUILD/peer-suites" || echo "$(dirname "$BUILD")/peer-suites")}
PY=/usr/bin/python3
PEERS=$SHARED/peers
[ -x "$CLI" ] || { echo "no actorgraph CLI at $CLI" >&2; exit 2; }
[ -d "$PEERS" ] || { echo "no peers/ folder in $SHARED" >&2; exit 2; }
mkdir -p "$WORK"

# CoNLL04: entities and member_of / located_in, scored by `actorgraph eval` itself.
"$PY" "$HERE/conll04.py" "$PEERS/TablERT-CNN/conll04_test.json" "$WORK" "$SRC/lib/data/default_lexicon.json"
"$CLI" -q build "$WORK/conll04.jsonl" -o "$WORK/conll04.graph.json"
"$CLI" -q eval --gold "$WORK/conll04.gold.json" "$WORK/conll04.graph.json" --json > "$WORK/conll04.report.json"
"$CLI" -q eval --gold "$WORK/conll04.gold.json" "$WORK/conll04.graph.json" > "$WORK/conll04.report.tsv"

# PETRARCH-2 gold-standard records: event class and actor dyads (countries).
"$PY" "$HERE/petrarch.py" convert "$PEERS/UniversalPetrarch/PETR2_GSR_validation.xml" "$WORK"
"$CLI" -q build "$WORK/petr2.jsonl" -o "$WORK/petr2.graph.json"
"$PY" "$HERE/petrarch.py" score "$WORK/petr2.graph.json" "$WORK/petr2.expected.json" \
  "$SRC/lib/data/default_lexicon.json" > "$WORK/petr2.report.json"

# CaRB "said" sentences: statements attributed to the right speaker.
"$PY" "$HERE/carb_said.py" convert "$PEERS/CaRB" "$WORK"
"$CLI" -q build "$WORK/carb_said.jsonl" -o "$WORK/carb_said.graph.json"
"$PY" "$HERE/carb_said.py" score "$WORK/carb_said.graph.json" "$WORK/carb_said.expected.json" > "$WORK/carb_said.report.json"

"$PY" - "$WORK" <<'PY'
import json, os, sys
work = sys.argv[1]
load = lambda name: json.load(open(os.path.join(work, name)))
conll, petr, carb = load("conll04.report.json"), load("petr2.report.json"), load("carb_said.report.json")
rows = [
    ("conll04.entities", conll["actors"]["score"]),
    ("conll04.edges", conll["edges"]["score"]),
    ("conll04.member_of", conll["edges"]["by_relation"].get("member_of")),
    ("conll04.located_in", conll["edges"]["by_relation"].get("located_in")),
    ("petr2.event_match", petr["event_match"]),
    ("petr2.event_class_only", petr["event_class_only"]),
    ("petr2.dyad_only", petr["dyad_only"]),
    ("carb_said.attribution", carb["attribution"]),
]
summary = {}
for name, s in rows:
    s = s or {"precision": 0, "recall": 0, "f1": 0, "true_positives": 0, "false_positives": 0, "false_negatives": 0}
    summary[name] = {k: round(s[k], 4) for k in ("precision", "recall", "f1")}
    print(f"{name:26} precision {s['precision']:.3f}  recall {s['recall']:.3f}  f1 {s['f1']:.3f}  "
          f"(tp {s['true_positives']} fp {s['false_positives']} fn {s['false_negatives']})")
summary["carb_said.said_edges"] = carb["said_edges"]
print(f"{'carb_said.said_edges':26} {carb['said_edges']}")
json.dump(summary, open(os.path.join(work, "summary.json"), "w"), indent=1, sort_keys=True)
PY
