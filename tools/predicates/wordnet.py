"""A small reader of the WordNet 3.0 database files (Debian wordnet-base), stdlib only.

Synsets are named as in NLTK: "<lemma>.<pos>.<NN>", NN being the lemma's sense number in
index order (index.<pos> lists a lemma's synsets most frequent first).
"""

import os

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# lexnames(5WN): the lexicographer file of a synset.
LEXNAMES = {
    0: "adj.all", 1: "adj.pert", 2: "adv.all", 3: "noun.Tops", 4: "noun.act", 5: "noun.animal",
    6: "noun.artifact", 7: "noun.attribute", 8: "noun.body", 9: "noun.cognition",
    10: "noun.communication", 11: "noun.event", 12: "noun.feeling", 13: "noun.food",
    14: "noun.group", 15: "noun.location", 16: "noun.motive", 17: "noun.object",
    18: "noun.person", 19: "noun.phenomenon", 20: "noun.plant", 21: "noun.possession",
    22: "noun.process", 23: "noun.quantity", 24: "noun.relation", 25: "noun.shape",
    26: "noun.state", 27: "noun.substance", 28: "noun.time", 29: "verb.body",
    30: "verb.change", 31: "verb.cognition", 32: "verb.communication", 33: "verb.competition",
    34: "verb.consumption", 35: "verb.contact", 36: "verb.creation", 37: "verb.emotion",
    38: "verb.motion", 39: "verb.perception", 40: "verb.possession", 41: "verb.social",
    42: "verb.stative", 43: "verb.weather", 44: "adj.ppl",
}


class Synset:
    __slots__ = ("offset", "pos", "lexname", "words", "pointers", "gloss")

    def __init__(self, line, pos):
        data, _, gloss = line.partition(" | ")
        f = data.split()
        self.offset = int(f[0])
        self.lexname = LEXNAMES.get(int(f[1]), "?")
        self.pos = "a" if f[2] in ("a", "s") else f[2]
        n = int(f[3], 16)
        self.words = [f[4 + 2 * i].lower().replace("_", " ") for i in range(n)]
        # strip adjective markers such as "(p)"
        self.words = [w.split("(")[0] for w in self.words]
        k = 4 + 2 * n
        p = int(f[k])
        k += 1
        self.pointers = []  # (symbol, target pos, target offset, source word no, target word no)
        for _ in range(p):
            sym, off, tpos, st = f[k], int(f[k + 1]), f[k + 2], f[k + 3]
            tpos = "a" if tpos in ("a", "s") else tpos
            self.pointers.append((sym, tpos, off, int(st[:2], 16), int(st[2:], 16)))
            k += 4
        self.gloss = gloss.strip()


class WordNet:
    def __init__(self, root="/usr/share/wordnet"):
        self.root = root
        self.synsets = {}  # (pos, offset) -> Synset
        self.index = {}    # (pos, lemma) -> [offset...]
        for pos, name in POS_FILES.items():
            with open(os.path.join(root, "data." + name), encoding="latin-1") as f:
                for line in f:
                    if line.startswith("  "):
                        continue
                    s = Synset(line.rstrip("\n"), pos)
                    self.synsets[(pos, s.offset)] = s
            with open(os.path.join(root, "index." + name), encoding="latin-1") as f:
                for line in f:
                    if line.startswith("  "):
                        continue
                    g = line.split()
                    lemma = g[0].replace("_", " ")
                    ptr_cnt = int(g[3])
                    offs = [int(o) for o in g[4 + ptr_cnt + 2:]]
                    self.index[(pos, lemma)] = offs
        self.exceptions = {}  # base verb -> inflected forms (verb.exc)
        with open(os.path.join(root, "verb.exc"), encoding="latin-1") as f:
            for line in f:
                g = line.split()
                if len(g) >= 2:
                    self.exceptions.setdefault(g[1].replace("_", " "), []).append(g[0])

    def synset(self, name):
        """ "attack.v.01" -> Synset (KeyError if absent)."""
        lemma, pos, num = name.rsplit(".", 2)
        offs = self.index[(pos, lemma.replace("_", " "))]
        return self.synsets[(pos, offs[int(num) - 1])]

    def name_of(self, s):
        """The NLTK-style name of synset s (its first word's sense number)."""
        w = s.words[0]
        offs = self.index.get((s.pos, w), [])
        n = offs.index(s.offset) + 1 if s.offset in offs else 0
        return "%s.%s.%02d" % (w.replace(" ", "_"), s.pos, n)

    def senses(self, lemma, pos):
        return [self.synsets[(pos, o)] for o in self.index.get((pos, lemma), [])]

    def related(self, s, symbol):
        return [self.synsets[(tp, off)] for sym, tp, off, _, _ in s.pointers if sym == symbol]

    def derived(self, s, word):
        """Derivationally related forms ('+') of `word` in synset s: [(Synset, word)]."""
        out = []
        try:
            i = s.words.index(word) + 1
        except ValueError:
            return out
        for sym, tp, off, src, dst in s.pointers:
            if sym == "+" and src == i:
                t = self.synsets[(tp, off)]
                out.append((t, t.words[dst - 1]))
        return out

    def past_participle(self, verb):
        """Past participle of a one-word verb: verb.exc first, then the regular rules."""
        forms = [f for f in self.exceptions.get(verb, []) if not f.endswith("ing") and not f.endswith("s")]
        if forms:
            # verb.exc lists past and participle alike ("struck", "stricken"); prefer the -ed/-t one
            # seen most in news: the shortest.
            return sorted(forms, key=lambda f: (len(f), f))[0]
        if verb.endswith("e"):
            return verb + "d"
        if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
            return verb[:-1] + "ied"
        return verb + "ed"
