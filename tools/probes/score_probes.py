#!/usr/bin/env python3
"""Probe sentences: one short article per line of tests/data/probes/probes.tsv, each
with the edges a reader takes from it and the edges it must not give (negated,
hypothetical, demanded). Builds them with actorgraph and reports, per probe and in
total, the expected edges found, the forbidden ones produced and the other edges.

  tools/probes/score_probes.py ACTORGRAPH [PROBES.tsv] [--work DIR] [--verbose]
      [--min-found N] [--max-forbidden N]

A produced leads or represents edge counts for an expected member_of (as the dev-set
scorer counts it). Ends are matched by name: an expected "Brazil" is any node whose label or alias is
"Brazil" (case-insensitive), or contains it as a word sequence ("Brazilian President
Lucia Prado" is not matched by "Brazil"; "the talks" is matched by "talks").
meets and negotiates_with are symmetric. Exit 1 when a floor is not met.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

SYMMETRIC = {"meets", "negotiates_with"}
# As the dev scorer reads them: leading or representing a body implies belonging to it.
IMPLIES_MEMBER = {"leads", "represents"}


def read_probes(path):
    probes = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                sys.exit(f"{path}:{n}: want id, sentence, expected[, forbidden]")
            while len(cols) < 4:
                cols.append("")

            def edges(text, col):
                out = []
                for item in filter(None, (x.strip() for x in text.split(";"))):
                    parts = [p.strip() for p in item.split(">")]
                    if len(parts) != 3 or not all(parts):
                        sys.exit(f"{path}:{n}: column {col}: '{item}' is not 'S > relation > T'")
                    out.append(tuple(parts))
                return out

            probes.append({"id": cols[0], "text": cols[1], "expected": edges(cols[2], 3),
                           "forbidden": edges(cols[3], 4)})
    return probes


def words(s):
    return re.findall(r"[a-z0-9]+", s.lower())


def name_matches(want, names):
    w = words(want)
    for name in names:
        n = words(name)
        if n == w:
            return True
        for i in range(len(n) - len(w) + 1):
            if n[i:i + len(w)] == w and len(w) > 0 and (len(w) > 1 or len(n) <= 3):
                return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("actorgraph")
    ap.add_argument("probes", nargs="?", default=os.path.join(
        os.path.dirname(__file__), "..", "..", "tests", "data", "probes", "probes.tsv"))
    ap.add_argument("--work")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--min-found", type=int, default=0)
    ap.add_argument("--max-forbidden", type=int, default=None)
    args = ap.parse_args()
    probes = read_probes(args.probes)
    work = args.work or tempfile.mkdtemp(prefix="probes-")
    os.makedirs(work, exist_ok=True)
    corpus = os.path.join(work, "probes.jsonl")
    with open(corpus, "w", encoding="utf-8") as f:
        for p in probes:
            f.write(json.dumps({"id": p["id"], "title": "", "text": p["text"]}) + "\n")
    graph_path = os.path.join(work, "probes.json")
    subprocess.run([args.actorgraph, "-q", "build", corpus, "-o", graph_path], check=True)
    with open(graph_path, encoding="utf-8") as f:
        graph = json.load(f)
    names = {n["id"]: [n.get("label", n["id"])] + n.get("aliases", []) for n in graph["nodes"]}
    by_doc = {}
    for e in graph["links"]:
        for ev in e.get("evidence", []):
            by_doc.setdefault(ev["document"], set()).add((e["source"], e["relation"], e["target"]))

    def hit(edge, produced):
        s, r, t = edge
        for ps, pr, pt in produced:
            if pr != r and not (r == "member_of" and pr in IMPLIES_MEMBER):
                continue
            if name_matches(s, names.get(ps, [ps])) and name_matches(t, names.get(pt, [pt])):
                return (ps, pr, pt)
            if r in SYMMETRIC and name_matches(t, names.get(ps, [ps])) and \
                    name_matches(s, names.get(pt, [pt])):
                return (ps, pr, pt)
        return None

    found = total = forbidden = extra = 0
    for p in probes:
        produced = by_doc.get(p["id"], set())
        used = set()
        lines = []
        for e in p["expected"]:
            total += 1
            h = hit(e, produced)
            if h:
                found += 1
                used.add(h)
            else:
                lines.append(f"  miss      {' > '.join(e)}")
        for e in p["forbidden"]:
            h = hit(e, produced)
            if h:
                forbidden += 1
                used.add(h)
                lines.append(f"  FORBIDDEN {' > '.join(e)}")
        for e in sorted(produced - used):
            extra += 1
            lines.append(f"  other     {' > '.join(e)}")
        if args.verbose and lines:
            print(f"{p['id']}: {p['text']}")
            print("\n".join(lines))
    print(f"probes={len(probes)} expected_found={found}/{total} recall={found / max(total, 1):.3f} "
          f"forbidden={forbidden} other_edges={extra}")
    ok = found >= args.min_found and (args.max_forbidden is None or forbidden <= args.max_forbidden)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
