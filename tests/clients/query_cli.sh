#!/usr/bin/env bash
# The query commands (query, neighbors, path, explain, stats) on the fixture graph
# and on the sample corpus: exit codes (0 results, 0 empty, 1 unknown name with
# "did you mean"), TSV when piped, JSON that parses, subgraph export.
# Usage: bash query_cli.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
. "$(dirname "$0")/lib/checks.bash" "$@"
requires python3
fresh_work
FIX="$SRC/tests/data/fixture-graph.json"
CORPUS="$SRC/corpus/astana-2017"

lines() { wc -l <"$WORK/$1.out" | tr -d ' '; }
json_ok() { /usr/bin/python3 -c 'import json,sys; json.load(sys.stdin)' <"$WORK/$1.out" || fail "$1: not JSON"; }
py() { /usr/bin/python3 -c "$2" <"$WORK/$1.out" || fail "$1: $3"; }
no_ansi() { ! grep -q $'\033' "$WORK/$1.out" || fail "$1: escape codes in piped output"; }

# ---- query on the fixture
run q_source 0 query "$FIX" --source turkey
[ "$(lines q_source)" -eq 4 ] || fail "q_source: expected header + 3 edges, got $(lines q_source) lines"
head -1 "$WORK/q_source.out" | grep -q $'^source\trelation\ttarget\tweight\tevidence' || fail "q_source: not TSV with a header"
out_has q_source $'turkiye\tbacks\tnode\t1\t1'
run q_accent 0 query "$FIX" --source 'TÜRKİYE' --target 'geneva talks' --relation attends
[ "$(lines q_accent)" -eq 2 ] || fail "q_accent: expected one edge"
out_has q_accent $'turkiye\tattends\tgeneva-talks-2019\t2\t2'
run q_empty 0 query "$FIX" --source turkey --relation criticises
[ "$(lines q_empty)" -eq 1 ] || fail "q_empty: expected only the header"
run q_dates 0 query "$FIX" --since 2019-03-04
[ "$(lines q_dates)" -eq 3 ] || fail "q_dates: two edges have evidence from 2019-03-04 on"
out_has q_dates $'turkiye\tattends\tgeneva-talks-2019\t2\t1\t'
run q_misspelt 1 query "$FIX" --source Turky
err_has q_misspelt "no actor 'Turky'; did you mean 'Türkiye'?"
run q_relation_typo 1 query "$FIX" --relation hostz
err_has q_relation_typo "did you mean 'hosts'"
run q_bad_date 2 query "$FIX" --since yesterday  # a malformed value is a usage error (exit 2)
err_has q_bad_date "yesterday"
run q_json 0 query "$FIX" --target 'geneva talks' --json --evidence
json_ok q_json
py q_json 'import json,sys; d=json.load(sys.stdin); assert len(d)==3, d; assert all(e["evidence_count"]==len(e["evidence"]) for e in d)' "query --json content"
run q_missing 1 query "$WORK/no-such-graph.json"

# ---- neighbors
run n_one 0 neighbors "$FIX" 'Turkey' --depth 1
out_has n_one $'turkiye\tTürkiye\tcountry\t0'
out_has n_one $'geneva-talks-2019'
out_has n_one $'node\t'
[ "$(lines n_one)" -eq 4 ] || fail "n_one: turkiye has 3 actors around it plus itself"
run n_zero 0 neighbors "$FIX" turkiye --depth 0
[ "$(lines n_zero)" -eq 2 ] || fail "n_zero: only the centre"
run n_out 0 neighbors "$FIX" turkiye --relation backs -o "$WORK/ego.json" -o "$WORK/ego.dot"
[ -s "$WORK/ego.dot" ] && [ -s "$WORK/ego.json" ] || fail "n_out: subgraph files not written"
py n_out "import json; d=json.load(open('$WORK/ego.json')); assert {n['id'] for n in d['nodes']}=={'turkiye','node'}, d['nodes']; assert len(d['links'])==1" "ego.json content"
if command -v dot >/dev/null; then dot -Tsvg "$WORK/ego.dot" -o "$WORK/ego.svg" || fail "dot cannot render the ego network"; fi
run n_json 0 neighbors "$FIX" node --depth 2 --json
json_ok n_json
py n_json 'import json,sys; d=json.load(sys.stdin); assert d["center"]=="node"; assert {n["id"]:n["distance"] for n in d["nodes"]}["geneva-talks-2019"]==2' "neighbors --json distances"
run n_misspelt 1 neighbors "$FIX" 'Abdrakhmanof'
err_has n_misspelt "did you mean 'Ерлан Абдрахманов'"

# ---- path
run p_chain 0 path "$FIX" abdrakhmanov 'Back\slash Org'
[ "$(lines p_chain)" -eq 5 ] || fail "p_chain: expected 4 hops"
out_has p_chain $'1\tyerlan-abdrakhmanov\tattends\tgeneva-talks-2019'
run p_json 0 path "$FIX" abdrakhmanov 'Back\slash Org' --weighted --json
json_ok p_json
py p_json 'import json,sys; d=json.load(sys.stdin); assert d["found"] and d["nodes"][0]=="yerlan-abdrakhmanov" and all(h["evidence"]["text"] for h in d["hops"])' "path --json"
run p_misspelt 1 path "$FIX" turkey 'Genva talks'
err_has p_misspelt "did you mean 'Geneva talks"

# ---- explain
run e_edge 0 explain "$FIX" turkey attends 'Geneva talks'
[ "$(lines e_edge)" -eq 3 ] || fail "e_edge: expected 2 evidence sentences"
head -1 "$WORK/e_edge.out" | grep -q $'^document\tsentence\tdate\trule' || fail "e_edge: header"
no_ansi e_edge
run e_none 0 explain "$FIX" turkey brokered node
[ "$(lines e_none)" -eq 1 ] || fail "e_none: an edge that does not exist is an empty result"
err_has e_none "turkiye backs node"
run e_json 0 explain "$FIX" turkiye hosts geneva-talks-2019 --json
py e_json 'import json,sys; d=json.load(sys.stdin); assert d["relation"]=="hosts" and len(d["evidence"])==1' "explain --json"
run e_misspelt 1 explain "$FIX" turkey attends 'Genevva talks'
err_has e_misspelt "did you mean"

# ---- stats
run s_tsv 0 stats "$FIX"
out_has s_tsv $'components\tall\t1'
grep -q $'^id\tlabel\ttype\tdegree\tin\tout\tpagerank\tbetweenness' "$WORK/s_tsv.out" || fail "s_tsv: no centrality table"
run s_json 0 stats "$FIX" --json --by pagerank
py s_json 'import json,sys; d=json.load(sys.stdin); t=d["top"]; assert d["nodes"]["all"]==5 and d["edges"]["all"]==6; assert abs(sum(a["pagerank"] for a in t)-1)<1e-9; assert t==sorted(t,key=lambda a:-a["pagerank"])' "stats --json"
run s_bad 2 stats "$FIX" --by fame

# ---- the sample corpus, built on the fly and from its JSON
run build 0 build "$CORPUS" -o "$WORK/astana.json"
run c_stats 0 stats "$CORPUS" --json
json_ok c_stats
py c_stats "import json,sys; d=json.load(sys.stdin); g=json.load(open('$WORK/astana.json')); assert d['nodes']['all']==len(g['nodes']) and d['edges']['all']==len(g['links'])" "stats on the corpus directory equals stats of its graph"
run c_query 0 query "$WORK/astana.json" --json --evidence
json_ok c_query
run c_misspelt 1 query "$WORK/astana.json" --source 'Kazakstan'
err_has c_misspelt "did you mean 'Kazakhstan'"
run c_neighbors 0 neighbors "$CORPUS" kazakhstan --json
json_ok c_neighbors
# Whatever edges the corpus yields: each one explains itself and is a one-hop path.
edges=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' <"$WORK/c_query.out" 2>/dev/null || echo 0)
if [ "$edges" -gt 0 ]; then
  IFS=$'\t' read -r s r t < <(/usr/bin/python3 -c 'import json,sys; e=json.load(sys.stdin)[0]; print(e["source"], e["relation"], e["target"], sep="\t")' <"$WORK/c_query.out")
  run c_explain 0 explain "$WORK/astana.json" "$s" "$r" "$t"
  [ "$(lines c_explain)" -ge 2 ] || fail "c_explain: no evidence for $s $r $t"
  run c_path 0 path "$WORK/astana.json" "$s" "$t" --json
  py c_path 'import json,sys; d=json.load(sys.stdin); assert d["found"] and len(d["hops"])==1' "c_path: an edge is a one-hop path"
else
  echo "NOTE: the corpus graph has no edges yet; explain/path checked on the fixture only"
fi

finish "query, neighbors, path, explain and stats"
