#!/usr/bin/python3
"""CoNLL04 test set -> actorgraph corpus (JSONL) + gold file.

Usage: conll04.py CONLL04_TEST_JSON OUT_DIR [LEXICON_JSON]
Writes OUT_DIR/conll04.jsonl (one sentence per article) and OUT_DIR/conll04.gold.json.

Mapping (docs/evaluation.md explains why):
  entities Peop -> person, Org -> organization, Loc -> location; Other is not an actor and
  is left out. CoNLL04 annotates entities per sentence; actorgraph resolves names across the
  corpus, so gold entities are merged by folded name across sentences (one "John Smith").
  Work_For -> member_of (our leads and represents count as member_of here: CoNLL04's
  Work_For covers leaders and spokesmen too); Located_In -> located_in.
  OrgBased_In and Live_In are also "X is in Y" facts: optional located_in (finding them
  is no error, missing them is no miss). CoNLL04's Work_For only takes organisations, so
  "X, the 18th president of the United States" carries no relation there; member_of
  between a person and a place of the same sentence is therefore optional. Kill -> attacks, optional. Only member_of and
  located_in are scored, and events are not (CoNLL04 has none).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peerlib import detokenize, match_key, slug, write_json, write_jsonl  # noqa: E402

TYPES = {"Peop": "person", "Org": "organization", "Loc": "location"}


def spans(tags):
    """(start, end, type) of each BILOU entity, in tag order (the order relations index)."""
    out, start = [], None
    for i, tag in enumerate(tags):
        if tag == "O":
            start = None
            continue
        prefix, kind = tag.split("-", 1)
        if prefix == "U":
            out.append((i, i + 1, kind))
        elif prefix == "B":
            start = i
        elif prefix == "L" and start is not None:
            out.append((start, i + 1, kind))
            start = None
    return out


def lexicon_names(path):
    """Folded name -> folded canonical name of the lexicon actor it names."""
    if not path:
        return {}
    with open(path, encoding="utf-8") as f:
        lexicon = json.load(f)
    table = {}
    for actor in lexicon.get("actors", []):
        canonical = match_key(actor.get("name", ""))
        for name in [actor.get("name", "")] + actor.get("aliases", []):
            table.setdefault(match_key(name), canonical)
    return table


def main(source, out_dir, lexicon_path=None):
    canonical = lexicon_names(lexicon_path)
    with open(source, encoding="utf-8") as f:
        items = json.load(f)
    os.makedirs(out_dir, exist_ok=True)
    articles, entities, relations = [], {}, []
    by_key = {}

    def entity_id(name, kind):
        key = match_key(name)
        key = canonical.get(key, key)
        if key in by_key:
            if name not in entities[by_key[key]]["names"]:
                entities[by_key[key]]["names"].append(name)
            return by_key[key]
        base = slug(name)
        eid, n = base, 2
        while eid in entities:
            eid, n = f"{base}-{n}", n + 1
        entities[eid] = {"id": eid, "type": TYPES[kind], "names": [name]}
        by_key[key] = eid
        return eid

    for index, item in enumerate(items):
        doc = f"conll04-{item.get('orig_id', index)}"
        title = f"Test sentence {item.get('orig_id', index)}"
        articles.append({"id": doc, "title": title, "text": title + "\n\n" + detokenize(item["tokens"]) + "\n"})
        found = spans(item["tags"])
        ids = []
        for start, end, kind in found:
            name = detokenize(item["tokens"][start:end])
            ids.append(entity_id(name, kind) if kind in TYPES else None)
        # CoNLL04's Work_For only takes organisations: "X, the 7th president of the United
        # States" carries no relation there although it states one. Person-place pairs
        # of a sentence are therefore outside its annotation: optional member_of.
        people = [i for i, (_, _, k) in enumerate(found) if k == "Peop" and ids[i]]
        places = [i for i, (_, _, k) in enumerate(found) if k == "Loc" and ids[i]]
        for p in people:
            for l in places:
                relations.append({"source": ids[p], "relation": "member_of", "target": ids[l], "document": doc,
                                  "evidence": detokenize(item["tokens"]), "optional": True,
                                  "note": "person-place pair: not annotated by CoNLL04"})
        for rel in item.get("relations", []):
            head, tail, kind = ids[rel["head"]], ids[rel["tail"]], rel["type"]
            if head is None or tail is None:
                continue
            evidence = detokenize(item["tokens"])
            if kind == "Work_For":
                relations.append({"source": head, "relation": "member_of", "target": tail, "document": doc, "evidence": evidence})
            elif kind == "Located_In":
                relations.append({"source": head, "relation": "located_in", "target": tail, "document": doc, "evidence": evidence})
            elif kind in ("OrgBased_In", "Live_In"):
                relations.append({"source": head, "relation": "located_in", "target": tail, "document": doc,
                                  "evidence": evidence, "optional": True, "note": kind})
                if kind == "Live_In":
                    # CoNLL04's Work_For only targets organisations: "X, president of the
                    # United States" is Live_In there, member_of (via leads) for us.
                    relations.append({"source": head, "relation": "member_of", "target": tail, "document": doc,
                                      "evidence": evidence, "optional": True, "note": kind})
            elif kind == "Kill":
                relations.append({"source": head, "relation": "attacks", "target": tail, "document": doc,
                                  "evidence": evidence, "optional": True, "note": kind})
    # A fact stated as required anywhere stays required.
    required = {(r["source"], r["relation"], r["target"]) for r in relations if not r.get("optional")}
    relations = [r for r in relations if not r.get("optional") or (r["source"], r["relation"], r["target"]) not in required]
    gold = {
        "corpus": "conll04-test",
        "description": "Generated by tools/peers/conll04.py from the CoNLL04 test set (Roth & Yih 2004, SpERT split). Not for redistribution.",
        "entities": sorted(entities.values(), key=lambda e: e["id"]),
        "relations": relations,
        "relation_synonyms": {"leads": "member_of", "represents": "member_of"},
        "symmetric_relations": [],
        "scored_relations": ["member_of", "located_in"],
        "scored": ["actors", "edges"],
    }
    write_jsonl(os.path.join(out_dir, "conll04.jsonl"), articles)
    write_json(os.path.join(out_dir, "conll04.gold.json"), gold)
    counts = {}
    for r in relations:
        key = r["relation"] + (" (optional)" if r.get("optional") else "")
        counts[key] = counts.get(key, 0) + 1
    print(f"conll04: {len(articles)} sentences, {len(entities)} gold entities, relations {counts}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
