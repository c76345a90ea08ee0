#!/usr/bin/python3
"""PETRARCH-2 gold-standard records (real news) -> actorgraph corpus, and a scorer.

  petrarch.py convert PETR2_GSR_validation.xml OUT_DIR
      writes OUT_DIR/petr2.jsonl (one sentence per article, evaluate="true" only) and
      OUT_DIR/petr2.expected.json (the expected (source, target, CAMEO code) events).
  petrarch.py score GRAPH.json EXPECTED.json LEXICON.json [ISO_3166_1.json]
      prints the figures as JSON.

What is compared (docs/evaluation.md): each graph edge whose relation has a CAMEO code in
the lexicon is an event (source country, target country, CAMEO root = first two digits),
attached to the sentences of its evidence. A PETRARCH actor code's country is its first
three letters when they are an ISO 3166 alpha-3 code ("USAGOV" -> USA); codes without a
country ("IGOUNO", "---REB") match an endpoint that has no country. Our endpoint's country
is the node's own (type country) or its "country" attribute, mapped to alpha-3 through the
lexicon's names and Debian's iso-codes. Relations without a CAMEO code (member_of, leads,
represents, located_in) are not events and are ignored. Symmetric relations match either way.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peerlib import figures, match_key, write_json, write_jsonl  # noqa: E402

ISO_DEFAULT = "/usr/share/iso-codes/json/iso_3166-1.json"


def convert(source, out_dir):
    with open(source, encoding="utf-8") as f:
        text = re.sub(r"<!--.*?-->", "", f.read(), flags=re.S)
    os.makedirs(out_dir, exist_ok=True)
    articles, expected = [], {}
    # Records are "<Sentence .../>" headers followed by codings, text and parse.
    heads = list(re.finditer(r"<Sentence\s+([^>]*?)/?>", text))
    for i, head in enumerate(heads):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', head.group(1)))
        if attrs.get("evaluate", "true").lower() != "true":
            continue
        body = text[head.end(): heads[i + 1].start() if i + 1 < len(heads) else len(text)]
        m = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if not m:
            continue
        sentence = " ".join(m.group(1).split())
        doc = "petr2-" + attrs["id"]
        events = []
        for coding in re.findall(r"<EventCoding\s+([^>]*?)/?>", body):
            c = dict(re.findall(r'(\w+)="([^"]*)"', coding))
            if c.get("noevents", "").lower() == "true":
                continue
            events.append({"source": c.get("sourcecode", ""), "target": c.get("targetcode", ""), "code": c.get("eventcode", "")})
        date = attrs.get("date", "")
        title = f"Sentence {len(articles) + 1}"
        record = {"id": doc, "title": title, "text": title + "\n\n" + sentence + "\n"}
        if re.fullmatch(r"\d{8}", date):
            record["date"] = f"{date[:4]}-{date[4:6]}-{date[6:]}"
        articles.append(record)
        expected[doc] = {"category": attrs.get("category", ""), "text": sentence, "events": events}
    write_jsonl(os.path.join(out_dir, "petr2.jsonl"), articles)
    write_json(os.path.join(out_dir, "petr2.expected.json"), expected)
    n = sum(len(v["events"]) for v in expected.values())
    print(f"petrarch2: {len(articles)} sentences, {n} expected events", file=sys.stderr)


def country_table(lexicon_path, iso_path):
    with open(iso_path, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    alpha3 = {c["alpha_3"] for c in iso}
    by_key, by_alpha2 = {}, {}
    for c in iso:
        by_alpha2[c["alpha_2"]] = c["alpha_3"]
        for field in ("name", "official_name", "common_name"):
            if c.get(field):
                by_key.setdefault(match_key(c[field]), c["alpha_3"])
    with open(lexicon_path, encoding="utf-8") as f:
        lexicon = json.load(f)
    by_id = {}
    for actor in lexicon.get("actors", []):
        if actor.get("type") != "country":
            continue
        for name in [actor.get("name", "")] + actor.get("aliases", []):
            code = by_key.get(match_key(name))
            if code:
                by_id[actor["id"]] = code
                break
    return alpha3, by_id, by_alpha2


def score(graph_path, expected_path, lexicon_path, iso_path=ISO_DEFAULT):
    with open(graph_path, encoding="utf-8") as f:
        graph = json.load(f)
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    with open(lexicon_path, encoding="utf-8") as f:
        lexicon = json.load(f)
    cameo = {r["type"]: r.get("cameo", "") for r in lexicon.get("relations", [])}
    symmetric = {r["type"] for r in lexicon.get("relations", []) if r.get("symmetric")}
    alpha3, country_of_id, by_alpha2 = country_table(lexicon_path, iso_path)
    nodes = {n["id"]: n for n in graph.get("nodes", [])}

    def node_country(node_id):
        node = nodes.get(node_id, {})
        if node.get("iso_code") in by_alpha2:
            return by_alpha2[node["iso_code"]]
        if node.get("type") == "country" and node_id in country_of_id:
            return country_of_id[node_id]
        if node.get("country") in country_of_id:
            return country_of_id[node["country"]]
        return None

    def gold_country(code):
        return code[:3] if code[:3] in alpha3 else None

    predicted = {doc: [] for doc in expected}
    for link in graph.get("links", []):
        relation = link.get("relation", link.get("key", ""))
        code = cameo.get(relation, "")
        if not code:
            continue
        event = (node_country(link["source"]), node_country(link["target"]), code[:2], relation in symmetric, relation)
        for doc in {e.get("document") for e in link.get("evidence", [])}:
            if doc in predicted:
                predicted[doc].append(event)

    def dyad_ok(g, p):
        gs, gt = gold_country(g["source"]), gold_country(g["target"])
        return (gs, gt) == (p[0], p[1]) or (p[3] and (gs, gt) == (p[1], p[0]))

    our_roots = {c[:2] for c in cameo.values() if c}
    full = [0, 0, 0]
    root = [0, 0, 0]
    dyad = [0, 0, 0]
    expressible = 0
    for doc, entry in expected.items():
        gold = entry["events"]
        preds = predicted[doc]
        expressible += sum(1 for g in gold if g["code"][:2] in our_roots)
        for tally, ok in ((full, lambda g, p: dyad_ok(g, p) and g["code"][:2] == p[2]),
                          (root, lambda g, p: g["code"][:2] == p[2]),
                          (dyad, dyad_ok)):
            tally[0] += sum(1 for g in gold if any(ok(g, p) for p in preds))
            tally[2] += sum(1 for g in gold if not any(ok(g, p) for p in preds))
            tally[1] += sum(1 for p in preds if not any(ok(g, p) for g in gold))
    total = sum(len(e["events"]) for e in expected.values())
    result = {
        "sentences": len(expected),
        "expected_events": total,
        "expected_events_with_a_root_we_express": expressible,
        "predicted_events": sum(len(p) for p in predicted.values()),
        "event_match": figures(*full),
        "event_class_only": figures(*root),
        "dyad_only": figures(*dyad),
    }
    print(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "convert":
        convert(sys.argv[2], sys.argv[3])
    elif len(sys.argv) in (5, 6) and sys.argv[1] == "score":
        score(*sys.argv[2:])
    else:
        sys.exit(__doc__)
