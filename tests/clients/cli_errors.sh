#!/usr/bin/env bash
# The command line as a new user meets it: "did you mean" for commands and
# options, `help CMD`, one "actorgraph: error:" prefix for every error, bad values
# rejected with exit 2, no articles read is an error (exit 1, saying what was
# skipped and why) unless --allow-empty, and the filters on every write.
# Usage: bash cli_errors.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
. "$(dirname "$0")/lib/checks.bash" "$@"
requires python3
fresh_work
CORPUS="$SRC/corpus/astana-2017"
FIX="$SRC/tests/data/fixture-graph.json"
# the error is one line with the one prefix (info lines may come before it)
prefixed() {
  grep -q '^actorgraph: error: ' "$WORK/$1.err" || fail "$1: no 'actorgraph: error: ...' line: $(head -3 "$WORK/$1.err")"
  [ "$(grep -ci 'error' "$WORK/$1.err")" -eq "$(grep -c '^actorgraph: error: ' "$WORK/$1.err")" ] ||
    fail "$1: an error line without the prefix: $(grep -i error "$WORK/$1.err" | grep -v '^actorgraph: error: ' | head -2)"
}

# ---- commands, options, help
run biuld 2 biuld "$CORPUS" -o "$WORK/x.json"
prefixed biuld; err_has biuld "unknown command 'biuld'"; err_has biuld "did you mean 'build'"
run nocmd 2
prefixed nocmd
run badopt 2 build "$CORPUS" -o "$WORK/x.json" --min-confidenc 0.5
prefixed badopt; err_has badopt "unknown option '--min-confidenc'"; err_has badopt "did you mean '--min-confidence'"
run badopt2 2 query "$FIX" --sorce turkey
prefixed badopt2; err_has badopt2 "did you mean '--source'"
run missing 2 build "$CORPUS"
prefixed missing; err_has missing "--output"
run help_build 0 help build
out_has help_build "Read articles and write their knowledge graph"; out_has help_build "--min-confidence"
run help_all 0 help
out_has help_all "neighbors"
run help_typo 2 help biuld
err_has help_typo "did you mean 'build'"
run help_flag 0 build --help
cmp -s "$WORK/help_flag.out" "$WORK/help_build.out" || fail "help build differs from build --help"

# ---- bad values: exit 2 with the prefix
run since 2 query "$FIX" --since 2017-13
prefixed since; err_has since "2017-13"
run until 2 query "$FIX" --until 2017-02-30
run top 2 stats "$FIX" --top -1
prefixed top; err_has top "-1"
run depth 2 neighbors "$FIX" turkey --depth -2
run jobs 2 build "$CORPUS" -o "$WORK/x.json" -j -1
run octal 0 stats "$FIX" --top 010 --json
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["top"]) == min(10, len(d["top"])), d' "$WORK/octal.out" 2>/dev/null || true
run conf 2 build "$CORPUS" -o "$WORK/x.json" --min-confidence 1.5
run type 2 build "$CORPUS" -o "$WORK/x.json" --type contry
prefixed type; err_has type "did you mean 'country'"
run fmt 2 build "$CORPUS" -o "$WORK/x.json" --format jsno
prefixed fmt
run badrel 1 convert "$FIX" -o "$WORK/x.json" --relation bakcs
prefixed badrel; err_has badrel "backs"
run runtime 1 convert "$WORK/does-not-exist.json" -o "$WORK/x.json"
prefixed runtime

# ---- no articles read: exit 1 unless --allow-empty; nothing written
mkdir -p "$WORK/empty" "$WORK/only-html"
echo '<html><body><p>Arland backs Borvia.</p></body></html>' >"$WORK/only-html/a.unsupported"
echo '# notes' >"$WORK/only-html/README.md"
printf '{"id": 1}\nnot json\n' >"$WORK/bad.jsonl"
run empty 1 build "$WORK/empty" -o "$WORK/empty.json"
prefixed empty; err_has empty "no articles read"; err_has empty "--allow-empty"
[ -e "$WORK/empty.json" ] && fail "empty: a graph was written anyway"
run only_other 1 build "$WORK/only-html" -o "$WORK/other.json"
err_has only_other "a.unsupported"; err_has only_other "README.md"
run bad_lines 1 build "$WORK/bad.jsonl" --keep-going -o "$WORK/bad.json"
err_has bad_lines "skipped 2"; err_has bad_lines "bad.jsonl:1"
run extract_empty 1 extract "$WORK/empty" -o "$WORK/parts.jsonl"
[ -e "$WORK/parts.jsonl" ] && fail "extract_empty: a file was written anyway"
run query_empty 1 query "$WORK/empty"
run allowed 0 build "$WORK/empty" --allow-empty -o "$WORK/allowed.json"
/usr/bin/python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); assert g["nodes"] == [] and g["links"] == []' "$WORK/allowed.json" \
  || fail "allowed: not an empty graph"

# ---- filters on every write, same rules everywhere, valid in every format
"$CLI" -q build "$CORPUS" -o "$WORK/full.json" || fail "build full"
run f_build 0 build "$CORPUS" -o "$WORK/f_build.json" -o "$WORK/f_build.graphml" -o "$WORK/f_build.gexf" \
  -o "$WORK/f_build.dot" -o "$WORK/f_build.csv" --min-confidence 0.9 --max-evidence 1
run f_convert 0 convert "$WORK/full.json" -o "$WORK/f_convert.json" --min-confidence 0.9 --max-evidence 1
cmp -s "$WORK/f_build.json" "$WORK/f_convert.json" || fail "build and convert filter differently"
run f_merge 0 merge "$WORK/full.json" -o "$WORK/f_merge.json" --min-confidence 0.9 --max-evidence 1
/usr/bin/python3 - "$WORK" <<'PY' || fail "filtered graphs"
import json, sys, csv
w = sys.argv[1]
full = json.load(open(f"{w}/full.json"))
f = json.load(open(f"{w}/f_build.json"))
ids = {n["id"] for n in f["nodes"]}
assert f["links"], "the filter kept no edge: the test says nothing"
assert len(f["links"]) < len(full["links"]), "min-confidence 0.9 dropped nothing"
for l in f["links"]:
    assert l["confidence"] <= 1 and len(l["evidence"]) == 1, l
    assert len(l["evidence"]) == 1 == l["weight"], l
    assert l["source"] in ids and l["target"] in ids, "dangling edge"
ends = {l["source"] for l in f["links"]} | {l["target"] for l in f["links"]}
assert ids == ends, "a node without a kept edge"
assert f["graph"]["filter"] == "min_confidence=0.9 max_evidence=1", f["graph"]
kept = {(l["source"], l["relation"], l["target"]) for l in f["links"]}
for l in full["links"]:
    assert ((l["source"], l["relation"], l["target"]) in kept) == (l["confidence"] >= 0.9), l
m = json.load(open(f"{w}/f_merge.json"))
assert [l["source"] + l["relation"] + l["target"] for l in m["links"]] == \
       [l["source"] + l["relation"] + l["target"] for l in f["links"]], "merge filters differently"
nodes = list(csv.DictReader(open(f"{w}/f_build.nodes.csv")))
assert len(nodes) == len(f["nodes"])
print(f"filtered: {len(f['links'])} of {len(full['links'])} edges, {len(ids)} nodes")
PY
if command -v xmllint >/dev/null; then
  xmllint --noout "$WORK/f_build.graphml" "$WORK/f_build.gexf" || fail "filtered GraphML/GEXF not well-formed"
fi
if command -v dot >/dev/null; then dot -Tcanon "$WORK/f_build.dot" >/dev/null || fail "filtered DOT"; fi
run f_types 0 convert "$WORK/full.json" -o "$WORK/f_types.json" --type country --type person --relation backs --since 2017
/usr/bin/python3 - "$WORK/f_types.json" <<'PY' || fail "type/relation/since filter"
import json, sys
g = json.load(open(sys.argv[1]))
assert all(n["type"] in ("country", "person") for n in g["nodes"]), "a node of another type"
assert all(l["relation"] == "backs" for l in g["links"])
assert all(e["date"] >= "2017" for l in g["links"] for e in l["evidence"])
PY
run q_out 0 query "$WORK/full.json" --relation attends -o "$WORK/q.json" --max-evidence 1
/usr/bin/python3 - "$WORK/q.json" <<'PY' || fail "query -o"
import json, sys
g = json.load(open(sys.argv[1]))
assert g["links"] and all(l["relation"] == "attends" and l["weight"] == 1 for l in g["links"])
ids = {n["id"] for n in g["nodes"]}
assert all(l["source"] in ids and l["target"] in ids for l in g["links"])
PY
run nofin 2 merge "$WORK/full.json" --no-finalize -o "$WORK/nf.json" --min-weight 2

finish "CLI errors, help, empty corpora and filters"
