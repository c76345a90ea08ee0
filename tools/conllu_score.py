#!/usr/bin/env python3
"""Scores a predicted CoNLL-U file against gold with the same words (gold
tokenisation), as the CoNLL 2018 shared task defines the metrics: UPOS, XPOS,
UAS and LAS over every word, punctuation included; LAS compares the universal
part of the relation ("nsubj" for "nsubj:pass"). Multiword token lines and empty
nodes are skipped; the words of each sentence must match.

Usage: tools/conllu_score.py GOLD.conllu PREDICTED.conllu [--json]
"""
import json
import sys


def read(path):
    sentences, words = [], []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line:
                if words:
                    sentences.append(words)
                words = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                sys.exit(f"{path}:{number}: expected 10 columns, found {len(cols)}")
            if "-" in cols[0] or "." in cols[0]:
                continue
            words.append((cols[1], cols[3], cols[4], cols[6], cols[7]))
    if words:
        sentences.append(words)
    return sentences


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    gold, pred = read(argv[1]), read(argv[2])
    if len(gold) != len(pred):
        sys.exit(f"sentence counts differ: {len(gold)} gold, {len(pred)} predicted")
    total = upos = xpos = uas = las = 0
    for index, (g, p) in enumerate(zip(gold, pred), 1):
        if [w[0] for w in g] != [w[0] for w in p]:
            sys.exit(f"sentence {index}: the words differ")
        for gw, pw in zip(g, p):
            total += 1
            upos += gw[1] == pw[1]
            xpos += gw[2] == pw[2]
            if gw[3] == pw[3]:
                uas += 1
                las += gw[4].split(":")[0] == pw[4].split(":")[0]
    scores = {"words": total, "UPOS": upos / total, "XPOS": xpos / total, "UAS": uas / total, "LAS": las / total}
    if "--json" in argv:
        print(json.dumps(scores))
    else:
        print(f"words {total}  UPOS {scores['UPOS']:.4f}  XPOS {scores['XPOS']:.4f}  "
              f"UAS {scores['UAS']:.4f}  LAS {scores['LAS']:.4f}")


if __name__ == "__main__":
    main(sys.argv)
