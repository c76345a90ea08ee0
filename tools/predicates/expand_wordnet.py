#!/usr/bin/python3
"""Builds lib/data/predicates.json, the predicate lexicon, from tools/predicates/seeds.json.

For each relation type the seeds name WordNet 3.0 synsets (Debian wordnet-base). The
expansion takes, deterministically:
  * every lemma of a seed synset (and, for a seed written "name+", of its troponyms or
    hyponyms one level down) in the seed's part of speech;
  * the derivationally related forms ("+" pointers) of those lemmas: verbs of a noun seed,
    nouns of a verb seed. A noun in noun.person is an agent noun (it names the source:
    "the attacker", "an ally of X"); any other noun is a nominalisation of the event
    ("the attack on X", "X's accusation against Y");
  * the hand entries of the type (phrasal verbs, light-verb constructions, adjectives,
    compounds WordNet does not list), which win over generated ones;
  * for a type with "participle_compounds", the compound participle of each one-word
    transitive verb ("-brokered", "-occupied": modifier = source, head = target);
then removes the generated words listed in "drop" (senses that are not the relation,
found by reviewing the output; "word/pos" drops one part of speech only). Adjectives WordNet derives ("accusatory") are not taken:
they do not name both ends.

Usage: /usr/bin/python3 tools/predicates/expand_wordnet.py [--wordnet DIR] [--output FILE]
       [--report]  (prints each generated word with its synset and gloss, for review)
The output is sorted and formatted the same way on every run; a test re-runs the script
and compares it with the committed file.
"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import wordnet  # noqa: E402

VERB_ROLES = {"source": ["subject"], "target": ["object"]}
EVENT_SOURCES = ["possessor", "agent", "modifier"]


def die(msg):
    print("expand_wordnet.py: " + msg, file=sys.stderr)
    sys.exit(1)


def expand(wn, seeds):
    entries = {}  # (relation, lemma, pos) -> entry
    report = []
    for t in seeds["types"]:
        rel = t["relation"]
        drop = set(t.get("drop", []))
        generated = {}

        def add(lemma, pos, source, target, origin, gloss):
            if lemma in drop or lemma + "/" + pos in drop:
                return
            key = (rel, lemma, pos)
            if key in generated:
                return
            generated[key] = {"lemma": lemma, "pos": pos, "relation": rel, "source": source,
                              "target": target, "origin": origin}
            report.append("%-15s %-5s %-22s %-22s %s" % (rel, pos, lemma, origin, gloss[:60]))

        noun_targets = ["oblique:" + p for p in t.get("noun_target", [])]
        agent_targets = ["possessor"] + ["oblique:" + p for p in t.get("agent_target", [])]

        def add_noun(s, word, origin):
            if s.lexname == "noun.person":
                if t.get("agent_target"):
                    add(word, "noun", ["head"], agent_targets, origin, s.gloss)
            elif noun_targets:
                add(word, "noun", EVENT_SOURCES, noun_targets, origin, s.gloss)

        for name in t.get("synsets", []):
            tropo = name.endswith("+")
            name = name.rstrip("+")
            try:
                seed = wn.synset(name)
            except (KeyError, IndexError):
                die("%s: unknown synset %s" % (rel, name))
            synsets = [seed] + (wn.related(seed, "~") if tropo else [])
            for s in synsets:
                origin = "wordnet:" + wn.name_of(s)
                for word in s.words:
                    if s.pos == "v":
                        add(word, "verb", VERB_ROLES["source"], VERB_ROLES["target"], origin,
                            s.gloss)
                        for d, dw in wn.derived(s, word):
                            if d.pos == "n":
                                add_noun(d, dw, "wordnet:" + wn.name_of(d))
                    elif s.pos == "n":
                        add_noun(s, word, origin)
                        for d, dw in wn.derived(s, word):
                            if d.pos == "v":
                                add(dw, "verb", VERB_ROLES["source"], VERB_ROLES["target"],
                                    "wordnet:" + wn.name_of(d), d.gloss)
        for e in t.get("entries", []):
            key = (rel, e["lemma"], e["pos"])
            out = {"lemma": e["lemma"], "pos": e["pos"], "relation": rel,
                   "source": e["source"], "target": e["target"], "origin": "hand"}
            for k in ("cameo", "note"):
                if k in e:
                    out[k] = e[k]
            generated[key] = out
        # Compound participles of the type's one-word transitive verbs ("a Chilean-brokered
        # accord", "Peruvian-occupied towns"): the part before the hyphen is the subject,
        # the noun the object. Only for types that list "participle_compounds"; words
        # in "drop" (as "-<participle>") stay out; hand compounds win.
        if t.get("participle_compounds"):
            for (r, lemma, pos), e in sorted(generated.items()):
                if pos != "verb" or " " in lemma or e["target"] != ["object"] or \
                        e["source"] != ["subject"]:
                    continue
                comp = "-" + wn.past_participle(lemma)
                key = (rel, comp, "compound")
                if key in generated or comp in drop:
                    continue
                generated[key] = {"lemma": comp, "pos": "compound", "relation": rel,
                                  "source": ["modifier"], "target": ["head"],
                                  "origin": e["origin"], "cameo": e.get("cameo", t.get("cameo", ""))}
                report.append("%-15s %-5s %-22s %-22s %s" % (rel, "comp", comp, e["origin"],
                                                             "participle of " + lemma))
        for key, e in generated.items():
            e.setdefault("cameo", t.get("cameo", ""))
            e["plover"] = t.get("plover", "")
            entries[key] = e
    return [entries[k] for k in sorted(entries)], report


def dump(entries, description):
    # One entry per line: reviewable diffs, stable bytes.
    lines = ["{", '  "description": ' + json.dumps(description) + ",", '  "predicates": [']
    order = ("lemma", "pos", "relation", "source", "target", "cameo", "plover", "origin", "note")
    for i, e in enumerate(entries):
        body = ", ".join("%s: %s" % (json.dumps(k), json.dumps(e[k])) for k in order if k in e)
        lines.append("    {" + body + "}" + ("," if i + 1 < len(entries) else ""))
    lines += ["  ]", "}", ""]
    return "\n".join(lines)


DESCRIPTION = ("The predicate lexicon: words that state a relation between two actors, per "
               "relation type, with the argument roles that name the source and the target "
               "(subject, object, oblique:PREP, possessor, agent = a by-phrase, modifier, head) "
               "and the CAMEO code / PLOVER category. Generated by "
               "tools/predicates/expand_wordnet.py from tools/predicates/seeds.json and WordNet "
               "3.0 (Princeton University, WordNet licence); do not edit by hand. "
               "See docs/relations.md.")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--seeds", default=os.path.join(HERE, "seeds.json"))
    ap.add_argument("--output", default=os.path.join(ROOT, "lib", "data", "predicates.json"))
    ap.add_argument("--report", action="store_true")
    args = ap.parse_args()
    with open(args.seeds, encoding="utf-8") as f:
        seeds = json.load(f)
    wn = wordnet.WordNet(args.wordnet)
    entries, report = expand(wn, seeds)
    if args.report:
        print("\n".join(report))
    text = dump(entries, DESCRIPTION)
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, args.output)
    by = {}
    for e in entries:
        by[e["relation"]] = by.get(e["relation"], 0) + 1
    print("%s: %d predicates (%s)" % (args.output, len(entries),
                                      ", ".join("%s %d" % kv for kv in sorted(by.items()))),
          file=sys.stderr)


if __name__ == "__main__":
    main()
