"""Helpers shared by the peer-suite converters and scorers (standard library only).

The suites' data stay in the shared folder; these scripts only read them and write
a corpus (JSONL) and a gold or expectation file into a work folder.
"""
import json
import re
import unicodedata

PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "who", "which"}


def match_key(name):
    """The key under which names are compared, as `actorgraph eval` does: accents
    stripped, case folded, a leading 'the' dropped, only letters and digits kept."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"^\s*the\s+", "", text)
    return "".join(c for c in text if c.isalnum())


def slug(name):
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "x"


_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def detokenize(tokens):
    """Joins PTB-style tokens into readable text ("Smith , who" -> "Smith, who")."""
    merged = []
    for token in tokens:  # CoNLL04 splits `` and '' into two tokens
        if merged and token in ("`", "'") and merged[-1] == token:
            merged[-1] = token * 2
        else:
            merged.append(token)
    out = ""
    previous = None
    for token in merged:
        text = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(token, token)
        if out and token not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER and token != "-" and previous != "-":
            out += " "
        out += text
        previous = token
    return out


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=1)
        f.write("\n")


def load_graph(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def node_names(node):
    return {node.get("label", "")} | set(node.get("aliases", []))


def evidence_documents(link):
    return {e.get("document", "") for e in link.get("evidence", [])}


def figures(tp, fp, fn):
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "true_positives": tp, "false_positives": fp, "false_negatives": fn}
