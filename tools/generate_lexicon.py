#!/usr/bin/python3
"""Generates lib/data/default_lexicon.json, the lexicon compiled into actorgraph.

Inputs:
  * Debian iso-codes (/usr/share/iso-codes/json/iso_3166-1.json): official and
    common country names, used as aliases of the countries listed by hand.
  * WordNet 3.0 (Debian wordnet-base, /usr/share/wordnet; WordNet licence): the
    places it lists as instances (cities, regions, provinces, peninsulas) with the
    country its part-of chain reaches ("Aleppo", part of Syria), as locations;
    see wordnet_places() for which names are left out as ambiguous.
  * Hand tables in tools/lexicon/:
      countries.tsv      reader-friendly names, demonyms/adjectives and capitals
      state_abbreviations.tsv  US state abbreviations as news writes them ("Calif.")
      organizations.json intergovernmental organisations, armed groups, ministries
      outlets.json       news agencies and broadcasters ("outlet": true)
      people.json        a few well-known public figures (identities only)
      roles.json         role nouns ("envoy", "foreign minister", "rebels")
      relations.json     the relation vocabulary with CAMEO/PLOVER codes and triggers
      events.json        event kinds and the nouns that name them (docs/events.md)

The lexicon says who an actor is, never what it did: none of the inputs has a
field for a relation between actors, and the generator would reject one.

Usage:
  /usr/bin/python3 tools/generate_lexicon.py [--iso-codes DIR] [--wordnet DIR] [--output FILE]

The output is deterministic (sorted, fixed formatting) so that a test can
re-run the generator and compare it with the committed file.
"""

import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HAND = os.path.join(HERE, "lexicon")

ACTOR_FIELDS = ("id", "name", "type", "aliases", "demonyms", "capitals", "country", "titles",
                "outlet")
ENTITY_TYPES = ("country", "government", "organization", "armed_group", "person", "location",
                "event")
# Demonyms not pluralised by adding "s" (Chinese, Turkish, Swiss, French, Icelandic, Frenchmen,
# Seychellois, Malagasy, Czechs); irregular plurals are written in countries.tsv.
NO_PLURAL = ("ese", "sh", "s", "ch", "ic", "men", "ois", "x", "y")


def die(msg):
    print("generate_lexicon.py: " + msg, file=sys.stderr)
    sys.exit(1)


def slug(text):
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub(r"[^a-z0-9]+", "-", folded.lower().replace("'", ""))
    return folded.strip("-")


def plural(demonym):
    if " " in demonym or not demonym[-1].islower() or demonym.endswith(NO_PLURAL):
        return None
    return demonym + "s"


def unique(items, exclude=()):
    seen = set(exclude)
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def load_iso(iso_dir):
    path = os.path.join(iso_dir, "iso_3166-1.json")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        die("cannot read %s: %s" % (path, e))
    return {c["alpha_2"]: c for c in data["3166-1"]}


def iso_aliases(record):
    """Names of an iso-codes record a reader could write ("Korea, Republic of" could not)."""
    names = []
    for key in ("name", "common_name", "official_name"):
        value = record.get(key)
        if not value or "," in value or "(" in value:
            continue
        if value.startswith("the "):
            value = value[4:]
        names.append(value)
    return names


def countries(iso):
    actors = []
    path = os.path.join(HAND, "countries.tsv")
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                die("%s:%d: expected 4 tab-separated columns, got %d" % (path, lineno, len(cols)))
            code, names, demonyms, capitals = cols
            record = iso.get(code)
            if record is None and code != "XK":  # Kosovo has no ISO 3166-1 code; XK is customary.
                die("%s:%d: %s is not an ISO 3166-1 alpha-2 code" % (path, lineno, code))
            names = [n for n in names.split("|") if n and n != "-"]
            if not names:
                names = [record.get("common_name") or record["name"]]
            demonym_list = [d for d in demonyms.split("|") if d]
            if not demonym_list:
                die("%s:%d: %s has no demonym" % (path, lineno, code))
            demonym_list = unique(demonym_list + [p for p in map(plural, demonym_list) if p])
            aliases = names[1:] + (iso_aliases(record) if record else [])
            actor = {
                "id": slug(names[0]),
                "name": names[0],
                "type": "country",
                "aliases": unique(aliases, exclude=[names[0]]),
                "demonyms": demonym_list,
                "capitals": unique(c for c in capitals.split("|") if c),
            }
            actors.append(actor)
    return actors


# First-level subdivisions whose ISO 3166-2 names are the English names news
# prose uses. Other countries' entries are local romanisations ("Dimashq",
# "Khersonska oblast") that English news does not write; places there are
# found by the mention recogniser from context ("the city of X", "in X").
SUBDIVISION_COUNTRIES = ("US", "CA", "AU")
SUBDIVISION_TYPES = ("State", "Province", "Territory", "District", "Outlying area")
# Far more often a person's first name than the Australian state in news prose.
SUBDIVISION_EXCLUDED = ("Victoria",)


def subdivisions(iso_dir, country_ids, taken):
    """Locations for the first-level subdivisions of SUBDIVISION_COUNTRIES; a name
    that is already a country's name, alias, demonym or capital ("Georgia",
    "Washington") is left to that country."""
    path = os.path.join(iso_dir, "iso_3166-2.json")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)["3166-2"]
    except (OSError, KeyError, json.JSONDecodeError) as e:
        die("cannot read %s: %s" % (path, e))
    abbreviations = {}
    with open(os.path.join(HAND, "state_abbreviations.tsv"), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            columns = line.rstrip("\n").split("\t")
            if len(columns) != 2:
                die("state_abbreviations.tsv:%d: expected 2 tab-separated columns" % number)
            abbreviations[columns[0]] = [a for a in columns[1].split("|") if a]
    actors = []
    for record in data:
        code = record["code"][:2]
        if code not in SUBDIVISION_COUNTRIES or record.get("parent") or record["type"] not in SUBDIVISION_TYPES:
            continue
        name = record["name"]
        if "," in name or "(" in name or name in SUBDIVISION_EXCLUDED:
            continue
        if name.lower() in taken:
            # "Washington" is the capital's; the state is still written "Wash." and
            # "Washington state": those name the state alone.
            if code == "US" and abbreviations.get(name):
                actors.append({"id": slug(name) + "-state", "name": name + " state",
                               "type": "location", "country": country_ids[code],
                               "aliases": abbreviations[name] + [name + " State"]})
            continue
        actor = {"id": slug(name), "name": name, "type": "location", "country": country_ids[code]}
        if code == "US" and abbreviations.get(name):
            actor["aliases"] = abbreviations[name]
        actors.append(actor)
    return actors


WORDNET_LOCATION = 15  # lexicographer file noun.location
WORDNET_PERSON = 18    # noun.person


def read_wordnet_nouns(wordnet_dir):
    """offset -> (lexname, words as written, pointers [(symbol, offset)]) of data.noun."""
    path = os.path.join(wordnet_dir, "data.noun")
    synsets = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("  "):
                    continue  # the licence header
                fields = line.split(" | ")[0].split()
                count = int(fields[3], 16)
                words = [fields[4 + 2 * i].replace("_", " ").split("(")[0] for i in range(count)]
                k = 4 + 2 * count
                pointers = [(fields[k + 1 + 4 * j], int(fields[k + 2 + 4 * j]))
                            for j in range(int(fields[k])) if fields[k + 3 + 4 * j] == "n"]
                synsets[int(fields[0])] = (int(fields[1]), words, pointers)
    except OSError as e:
        die("cannot read %s: %s" % (path, e))
    return synsets


def lower_case_words(wordnet_dir):
    """Every word form WordNet writes in lower case, in any part of speech: a place name
    that is also a common word ("Reading", "Mobile", "Bath") is left out."""
    out = set()
    for part in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(wordnet_dir, "data." + part), encoding="utf-8") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split(" | ")[0].split()
                for i in range(int(fields[3], 16)):
                    word = fields[4 + 2 * i].split("(")[0]
                    if word[:1].islower():
                        out.add(word.replace("_", " "))
    return out


# Lower-case words a place name may hold ("Cape of Good Hope", "Sao Bernardo do Campo").
NAME_PARTICLES = {"of", "the", "and", "on", "upon", "de", "do", "da", "dos", "das", "del", "della",
                  "la", "le", "les", "el", "al", "am", "an", "der", "des", "du", "di", "y", "en",
                  "sur", "sous", "im"}


def place_name(name):
    """A proper name, not a description ("Nicaraguan capital") or a nickname ("Hawkeye
    State", "Big Apple" is a common-word pair WordNet already lists in lower case)."""
    words = name.replace("-", " ").split()
    if any(w[:1].islower() and w not in NAME_PARTICLES for w in words):
        return False
    if name.startswith("City of "):
        return False  # a nickname ("City of Light")
    return not (len(words) > 1 and words[-1] in ("State", "City") and words[0] != "New")


def wordnet_places(wordnet_dir, countries_by_name, taken):
    """Locations for WordNet's place instances whose part-of chain (up to five steps)
    reaches a country of the lexicon, with that country. Left out: a name that is a
    country's name, alias, demonym or capital, or another actor's name (`taken`); a
    name that is also a common word; a name WordNet also gives anything that is not a
    place (a person, a people, a product: "Lincoln", "Champagne"); a name of two
    places ("Alexandria", in Egypt and in Virginia)."""
    synsets = read_wordnet_nouns(wordnet_dir)
    common = lower_case_words(wordnet_dir)
    not_place = set()
    for lexname, words, _ in synsets.values():
        if lexname != WORDNET_LOCATION:
            not_place.update(w.lower() for w in words)
    country_of_synset = {}
    for offset, (lexname, words, _) in synsets.items():
        if lexname == WORDNET_LOCATION:
            for w in words:
                if w.lower() in countries_by_name:
                    country_of_synset[offset] = countries_by_name[w.lower()]
                    break

    def country_of(offset):
        frontier, seen = [offset], {offset}
        for _ in range(5):
            following = []
            for o in frontier:
                for symbol, target in synsets[o][2]:
                    if symbol != "#p" or target in seen or target not in synsets:
                        continue
                    if target in country_of_synset:
                        return country_of_synset[target]
                    seen.add(target)
                    following.append(target)
            frontier = following
        return None

    places = {}  # name (lower case) -> set of (country, offset)
    names_of = {}
    for offset, (lexname, words, pointers) in sorted(synsets.items()):
        if lexname != WORDNET_LOCATION or offset in country_of_synset:
            continue
        if not any(symbol == "@i" for symbol, _ in pointers):
            continue  # a kind of place ("city"), not a place
        country = country_of(offset)
        if not country:
            continue
        kept = []
        for w in words:
            low = w.lower()
            if (len(w) < 3 or not w[0].isupper() or any(c.isdigit() for c in w) or low in taken
                    or low in common or low in not_place or not place_name(w)):
                continue
            kept.append(w)
            places.setdefault(low, set()).add((country, offset))
        if kept:
            names_of[offset] = (country, kept)
    # One location per name as written: news writes one of a place's names ("Munich",
    # not "Muenchen"), and the name read is the label a reader expects, of the place and
    # of the events held there.
    actors = []
    ids = set()
    for offset, (country, names) in sorted(names_of.items()):
        for name in names:
            if len(places[name.lower()]) != 1:
                continue
            ident = slug(name)
            if ident in ids or ident in countries_by_name.values():
                continue
            ids.add(ident)
            actors.append({"id": ident, "name": name, "type": "location", "country": country})
    return actors


def load_json(name, key):
    path = os.path.join(HAND, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        try:
            data = json.load(f)
        except json.JSONDecodeError as e:
            die("%s: %s" % (path, e))
    return data.get(key, [])


def check_actor(actor, origin):
    for field in actor:
        if field not in ACTOR_FIELDS:
            die("%s: actor %s: unknown field %r (the lexicon stores identities, not relations)"
                % (origin, actor.get("id"), field))
    if actor.get("type") not in ENTITY_TYPES:
        die("%s: actor %s: bad type %r" % (origin, actor.get("id"), actor.get("type")))
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", actor.get("id", "")):
        die("%s: bad actor id %r" % (origin, actor.get("id")))


def build(iso_dir, wordnet_dir):
    iso = load_iso(iso_dir)
    actors = countries(iso)
    country_ids = {}
    path = os.path.join(HAND, "countries.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                country_ids[line.split("\t")[0]] = slug(line.split("\t")[1].split("|")[0] or iso[line.split("\t")[0]]["name"])
    taken = set()
    for actor in actors:
        for field in ("name",):
            taken.add(actor[field].lower())
        for field in ("aliases", "demonyms", "capitals"):
            taken.update(v.lower() for v in actor.get(field, []))
    known_ids = {a["id"] for a in actors}
    actors += [a for a in subdivisions(iso_dir, country_ids, taken) if a["id"] not in known_ids]
    hand = []
    for name in ("organizations.json", "outlets.json", "people.json"):
        for actor in load_json(name, "actors"):
            check_actor(actor, name)
            hand.append(actor)
    actors += hand
    if wordnet_dir:
        for actor in actors:
            taken.add(actor["name"].lower())
            taken.update(v.lower() for v in actor.get("aliases", []))
        countries_by_name = {}
        for actor in actors:
            if actor["type"] == "country":
                for n in [actor["name"]] + actor.get("aliases", []):
                    countries_by_name.setdefault(n.lower(), actor["id"])
        known_ids = {a["id"] for a in actors}
        actors += [a for a in wordnet_places(wordnet_dir, countries_by_name, taken)
                   if a["id"] not in known_ids]
    by_id = {}
    for actor in actors:
        if actor["id"] in by_id:
            die("duplicate actor id %r" % actor["id"])
        by_id[actor["id"]] = actor
    for actor in actors:
        country = actor.get("country")
        if country and by_id.get(country, {}).get("type") != "country":
            die("actor %s: country %r is not a country id" % (actor["id"], country))
    cleaned = []
    for actor in sorted(actors, key=lambda a: a["id"]):
        out = {}
        for field in ACTOR_FIELDS:
            value = actor.get(field)
            if value in (None, "", [], False):
                continue
            out[field] = value
        cleaned.append(out)
    roles = sorted(load_json("roles.json", "roles"), key=lambda r: r["phrase"])
    relations = sorted(load_json("relations.json", "relations"), key=lambda r: r["type"])
    events = sorted(load_json("events.json", "events"), key=lambda e: e["kind"])
    out = {"actors": cleaned, "roles": roles, "relations": relations}
    if events:
        out["events"] = events
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--iso-codes", default="/usr/share/iso-codes/json",
                        help="directory holding iso_3166-1.json")
    parser.add_argument("--wordnet", default="/usr/share/wordnet",
                        help="directory holding WordNet 3.0's data.noun (wordnet-base)")
    parser.add_argument("--output", default=os.path.join(ROOT, "lib", "data",
                                                         "default_lexicon.json"))
    args = parser.parse_args()
    lexicon = build(args.iso_codes, args.wordnet)
    text = json.dumps(lexicon, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, args.output)
    countries_with_demonyms = sum(1 for a in lexicon["actors"]
                                  if a["type"] == "country" and a.get("demonyms"))
    organisations = sum(1 for a in lexicon["actors"] if a["type"] == "organization")
    print("wrote %s: %d actors (%d countries with demonyms, %d organisations), %d role nouns, "
          "%d relations, %d event kinds" % (args.output, len(lexicon["actors"]),
                                             countries_with_demonyms, organisations,
                                             len(lexicon["roles"]), len(lexicon["relations"]),
                                             len(lexicon.get("events", []))),
          file=sys.stderr)


if __name__ == "__main__":
    main()
