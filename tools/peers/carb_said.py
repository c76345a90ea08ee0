#!/usr/bin/python3
"""CaRB "said"-type sentences -> actorgraph corpus, and a speaker-attribution scorer.

  carb_said.py convert CARB_DIR OUT_DIR
      writes OUT_DIR/carb_said.jsonl (one sentence per article) and
      OUT_DIR/carb_said.expected.json (the speakers of each sentence).
  carb_said.py score GRAPH.json EXPECTED.json
      prints the figures as JSON.

Gold speakers are arg1 of the tuples whose relation is an active verb of saying ("said",
"says", "told", "also said", "said that", ...). Passive, modal and negated ones ("was told",
"would tell", "could n't say") are not attributions. Pronoun speakers ("he said") are left
out: the sentence alone cannot say who "he" is. A graph node is credited with a statement in
a sentence when one of its statements' evidence lies in that sentence's document; it is the
right speaker when the words of one of its names, folded, occur in the gold speaker's words
or contain them ("A Coca-Cola spokesman" ~ Coca-Cola). Precision: attributed speakers that are
right; recall: gold speakers that got a statement. Also counted: edges of a "said"-like type,
which must not exist ("said" is not a relation).
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peerlib import PRONOUNS, detokenize, figures, match_key, node_names, write_json, write_jsonl  # noqa: E402

SAYING = re.compile(r"^(?:which )?(?:also |separately |supposedly |always |have |has )*(?:said|says|say|told|tells)"
                    r"(?: that| us| in an interview)?$")


def words(name):
    """Folded words of a name: "A Coca-Cola spokesman" -> ["a", "cocacola", "spokesman"]."""
    return [k for k in (match_key(w) for w in name.split()) if k]


def contains(outer, inner):
    """True if the word list `inner` occurs contiguously in `outer`."""
    n = len(inner)
    return n > 0 and any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def clean(line):
    return line.replace("\ufeff", "").strip()


def convert(carb_dir, out_dir):
    sentences = [clean(s) for s in open(os.path.join(carb_dir, "said_type_sentences.txt"), encoding="utf-8") if clean(s)]
    speakers = {s: [] for s in sentences}
    with open(os.path.join(carb_dir, "said_type_annotations.tsv"), encoding="utf-8") as f:
        for row in f:
            cells = [clean(c) for c in row.rstrip("\n").split("\t")]
            if len(cells) < 3 or cells[0] not in speakers:
                continue
            relation, arg1 = cells[1].strip(), cells[2].strip()
            if not SAYING.match(relation):
                continue
            if arg1.lower() in PRONOUNS or not arg1:
                continue
            name = detokenize(arg1.split())
            if name not in speakers[cells[0]]:
                speakers[cells[0]].append(name)
    os.makedirs(out_dir, exist_ok=True)
    articles, expected = [], {}
    for i, sentence in enumerate(sentences, 1):
        doc = f"carb-said-{i:03d}"
        title = f"Sentence {i}"
        text = detokenize(sentence.split())
        articles.append({"id": doc, "title": title, "text": title + "\n\n" + text + "\n"})
        expected[doc] = {"text": text, "speakers": speakers[sentence]}
    write_jsonl(os.path.join(out_dir, "carb_said.jsonl"), articles)
    write_json(os.path.join(out_dir, "carb_said.expected.json"), expected)
    scored = sum(1 for v in expected.values() if v["speakers"])
    print(f"carb said: {len(articles)} sentences, {scored} with a named speaker, "
          f"{sum(len(v['speakers']) for v in expected.values())} speakers", file=sys.stderr)


def score(graph_path, expected_path):
    with open(graph_path, encoding="utf-8") as f:
        graph = json.load(f)
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    attributed = {doc: set() for doc in expected}
    names = {}
    for node in graph.get("nodes", []):
        names[node["id"]] = [w for w in (words(n) for n in node_names(node)) if w]
        for statement in node.get("statements", []):
            doc = statement.get("evidence", {}).get("document")
            if doc in attributed:
                attributed[doc].add(node["id"])

    def right(node_id, speaker):
        said_by = words(speaker)
        return any(contains(said_by, n) or contains(n, said_by) for n in names.get(node_id, ()))

    tp = fp = fn = 0
    wrong = []
    for doc, entry in expected.items():
        gold = entry["speakers"]
        if not gold:
            continue  # only pronoun speakers: cannot be judged
        nodes = attributed[doc]
        for speaker in gold:
            if any(right(n, speaker) for n in nodes):
                tp += 1
            else:
                fn += 1
        for n in nodes:
            if not any(right(n, s) for s in gold):
                fp += 1
                wrong.append({"document": doc, "node": n, "gold": gold})
    said_edges = [l for l in graph.get("links", []) if re.fullmatch(r"(said|says|say|told|tell|states?|stated)",
                                                                     l.get("relation", l.get("key", "")))]
    result = {
        "sentences_scored": sum(1 for v in expected.values() if v["speakers"]),
        "attribution": figures(tp, fp, fn),
        "said_edges": len(said_edges),
        "wrong_attributions": wrong[:20],
    }
    print(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "convert":
        convert(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
