// Relation rules over the chunker's groups and the resolved mentions.
//
// Every rule reads one sentence. Arguments are always mentions of that
// sentence (never the lexicon, never another sentence), so removing a sentence
// removes everything it supported. See docs/relations.md.
#include "relations/relation_extractor.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include "actorgraph/dependency_tree.hpp"
#include "lang/lower_views.hpp"
#include "relations/dependency_matcher.hpp"
#include "relations/dependency_patterns.hpp"
#include "relations/enhanced_graph.hpp"
#include "relations/predicate_lexicon.hpp"
#include "syntax/chunker.hpp"
#include "syntax/lemmatizer.hpp"
#include "syntax/penn_tag.hpp"

namespace actorgraph {

namespace {

using detail::is_adj;
using detail::is_noun;
using detail::Penn;

// The rules' view of a token: views of the sentence's strings (no copy of the
// sentence), with the tags and verb lemmas as the chunker mended them, the
// lower-cased normal form and the tag as an enum, each computed once. The rules
// ask these millions of times per megabyte.
struct Tok {
  std::string_view text;
  std::string_view norm;
  std::string_view lemma;
  std::string_view pos;
  std::string_view low;  // lower(norm), ASCII letters only
  std::size_t begin = 0;
  std::size_t end = 0;
  Penn tag = Penn::other;
  bool noun() const { return is_noun(tag); }  // pos.starts_with("NN")
  bool adj() const { return is_adj(tag); }    // pos.starts_with("JJ")
};

using Tokens = std::vector<Tok>;

std::size_t norm_bytes(const Sentence& s) {
  std::size_t n = 0;
  for (const auto& t : s.tokens) n += t.norm.size();
  return n;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(lower(s.substr(i, j - i)));
    i = j;
  }
  return out;
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

template <std::size_t N>
constexpr bool sorted(const std::array<std::string_view, N>& a) {
  return std::is_sorted(a.begin(), a.end());
}

bool is_actor(EntityType t) { return t != EntityType::event && t != EntityType::location; }
bool is_event(EntityType t) { return t == EntityType::event; }
bool is_group(EntityType t) {
  return t == EntityType::country || t == EntityType::government || t == EntityType::organization ||
         t == EntityType::armed_group;
}

// Prepositions a verb entry may end in ("meet with", "take part in").
constexpr std::array<std::string_view, 16> kPrepositions = {
    "about", "against", "at",   "behind", "for",    "from",    "in",   "into",
    "of",    "on",      "over", "to",     "toward", "towards", "upon", "with"};

// Collective nouns standing for the actor that owns them ("the Syrian
// government delegation", "Russia's delegation", "officials from Iran").
constexpr std::array<std::string_view, 7> kCollective = {
    "authority", "delegation", "force", "government", "militia", "team", "troop"};
// Military units and arms that stand for the actor fielding them, in the tree rules
// ("Israeli jets struck ...", "Peru's warships shelled ...": the state attacks).
constexpr std::array<std::string_view, 15> kForces = {
    "aircraft", "army", "artillery", "bomber", "drone", "gunboat",  "helicopter", "jet",
    "missile",  "navy", "plane",     "tank",   "unit",  "warplane", "warship"};
// Plural people nouns that stand for their actor ("representatives of X").
constexpr std::array<std::string_view, 23> kPeople = {
    "adviser",        "advisor", "ambassador", "chancellor",   "delegate", "diplomat",
    "envoy",          "fighter", "leader",     "member",       "militant", "minister",
    "negotiator",     "officer", "official",   "peacekeeper",  "premier",  "president",
    "representative", "soldier", "spokesman",  "spokesperson", "troop"};

// Role nouns whose "for/to X" names the posting, not the principal
// ("UN envoy for Syria", "the U.S. ambassador to Kazakhstan").
constexpr std::array<std::string_view, 6> kPosting = {
    "ambassador", "consul", "emissary", "envoy", "representative", "special envoy"};

// Relation nouns that name a thing or an act, not an agent: not role triggers.
constexpr std::array<std::string_view, 55> kNotRoleNouns = {
    "accusation",   "affiliate",    "allegation",
    "assault",      "attack",       "backing",
    "blacklist",    "boycott",      "breach",
    "capital",      "charge",       "city",
    "condemnation", "critic",       "embargo",
    "exit",         "faction",      "guest",
    "headquarters", "infringement", "interlocutor",
    "invitation",   "location",     "mediation",
    "meeting",      "members",      "negotiating partner",
    "negotiation",  "negotiations", "offensive",
    "opposition",   "ouster",       "participant",
    "party",        "pullout",      "raid",
    "ratification", "refusal",      "rejection",
    "sanctions",    "seat",         "signature",
    "sponsorship",  "staff",        "strike",
    "support",      "suspension",   "talks",
    "threat",       "ultimatum",    "venue",
    "veto",         "violation",    "walkout",
    "warning"};

static_assert(sorted(kPrepositions) && sorted(kCollective) && sorted(kForces) && sorted(kPeople) &&
                  sorted(kPosting) && sorted(kNotRoleNouns),
              "word lists are searched by binary search");

// Verbs of speech for quote attribution.
constexpr std::array<std::string_view, 27> kSpeech = {
    "acknowledge", "add",     "admit",    "announce",  "argue",     "assert",    "claim",
    "comment",     "confirm", "continue", "declare",   "emphasise", "emphasize", "explain",
    "insist",      "note",    "remark",   "reply",     "report",    "respond",   "say",
    "state",       "stress",  "tell",     "underline", "warn",      "write"};

static_assert(sorted(kSpeech), "word lists are searched by binary search");

// Longest parsed sentence the dependency patterns read (see tree_rules()).
constexpr std::size_t kMaxTreeTokens = 400;

// Relation types this module never emits: located_in is the events stage's.
bool handled_elsewhere(std::string_view type) { return type == "located_in"; }

// Which (source, target) entity types a relation accepts. Unknown relation types
// (added by users) accept any actor source and any target.
bool types_fit(std::string_view rel, EntityType s, EntityType t) {
  if (!is_actor(s)) return false;
  if (rel == "attends" || rel == "brokered" || rel == "signs" || rel == "violates")
    return is_event(t);
  if (rel == "hosts") return is_event(t) || t == EntityType::person;
  if (rel == "withdraws_from")
    return is_event(t) || t == EntityType::organization || t == EntityType::armed_group;
  if (rel == "member_of") return is_group(t);
  if (rel == "leads") return t != EntityType::location && t != EntityType::person;
  if (rel == "represents")
    return is_group(t) || t == EntityType::person;  // "on behalf of the Secretary General"
  if (rel == "meets" || rel == "negotiates_with" || rel == "invites" || rel == "accuses" ||
      rel == "threatens" || rel == "sanctions")
    return is_actor(t);
  if (rel == "backs" || rel == "opposes") return is_actor(t) || is_event(t);
  if (rel == "attacks") return is_actor(t) || t == EntityType::location;
  if (rel == "rejects") return t != EntityType::location;
  return true;
}

// When one trigger belongs to several relations, the first that fits wins.
int priority(std::string_view rel) {
  static constexpr std::array<std::string_view, 19> order = {
      "brokered",  "attends",    "hosts",          "signs",           "leads",
      "member_of", "represents", "meets",          "negotiates_with", "invites",
      "backs",     "opposes",    "accuses",        "threatens",       "attacks",
      "violates",  "rejects",    "withdraws_from", "sanctions"};
  for (std::size_t i = 0; i < order.size(); ++i)
    if (order[i] == rel) return static_cast<int>(i);
  return static_cast<int>(order.size());
}

// Person-relation nouns prefer member_of, then represents, then leads.
int noun_priority(std::string_view rel) {
  if (rel == "member_of") return 0;
  if (rel == "represents") return 1;
  if (rel == "leads") return 2;
  return 3 + priority(rel);
}

// What an argument stands for. `id` views a mention's entity or member id or a
// lexicon actor's id, all of which outlive the extraction: the rules copy
// refs around a lot, and copying the ids cost an allocation each.
struct Ref {
  std::string_view id;
  EntityType type = EntityType::organization;
  const Mention* mention = nullptr;
};

// A noun group (maybe widened by "of"/"from" + list) and what it stands for.
struct Unit {
  std::vector<Ref> refs;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool proxied = false;     // stands for its owner ("representatives of X")
  bool collective = false;  // via a collective noun ("Russia's delegation")
};

struct ListArg {
  std::vector<Unit> units;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t tail_from = 0;  // first unit after the last skipped relative clause
  bool empty() const { return units.empty(); }
  std::vector<Ref> refs(bool tail_only = false) const {
    std::vector<Ref> out;
    for (std::size_t u = tail_only ? tail_from : 0; u < units.size(); ++u)
      for (const auto& r : units[u].refs) out.push_back(r);
    return out;
  }
};

struct VerbEntry {
  const RelationDef* def = nullptr;
  std::vector<std::string> rest;  // words after the head lemma
};

struct NounEntry {
  const RelationDef* def = nullptr;
  std::size_t words = 1;
};

using Key = std::tuple<std::string, std::string, std::string>;

struct Output {
  std::map<Key, Relation> asserted;
  std::map<Key, Relation> unasserted;
  std::vector<std::pair<std::string, Statement>> statements;
};

struct Triggers {
  std::map<std::string, std::vector<VerbEntry>, std::less<>> verbs;  // head lemma -> entries
  std::map<std::string, std::vector<NounEntry>, std::less<>> nouns;  // phrase -> defs
  std::vector<std::pair<std::string, const RelationDef*>> suffixes;  // "-backed"
  std::vector<std::pair<std::string, const RelationDef*>> prefixes;  // "anti-"
  std::size_t max_noun_words = 1;
  // Reciprocal light verbs: head lemma -> (relation, object noun): "trade threat".
  std::map<std::string, std::vector<std::pair<const RelationDef*, std::string>>, std::less<>>
      reciprocal;
  // Prepositional predicates "P1 noun P2" ("in defiance of"), split once: (relation,
  // {P1, noun, P2}, CAMEO code).
  struct PrepEntry {
    const RelationDef* def;
    std::array<std::string, 3> words;
    std::string cameo;
  };
  std::vector<PrepEntry> preps;

  void add_predicates(const Lexicon& lexicon, const PredicateLexicon& predicates);

  explicit Triggers(const Lexicon& lexicon) {
    for (const auto& def : lexicon.relations()) {
      if (handled_elsewhere(def.type)) continue;
      for (const auto& v : def.verbs) {
        auto words = split_words(v);
        if (words.empty()) continue;
        VerbEntry e{&def, std::vector<std::string>(words.begin() + 1, words.end())};
        verbs[words.front()].push_back(std::move(e));
      }
      for (const auto& n : def.nouns) {
        const auto phrase = lower(n);
        if (in(kNotRoleNouns, phrase)) continue;
        const auto words = split_words(phrase);
        max_noun_words = std::max(max_noun_words, words.size());
        nouns[phrase].push_back({&def, words.size()});
      }
      for (const auto& c : def.compounds) {
        const auto lc = lower(c);
        if (lc.size() < 2) continue;
        if (lc.front() == '-')
          suffixes.emplace_back(lc, &def);
        else if (lc.back() == '-')
          prefixes.emplace_back(lc, &def);
      }
    }
    add_predicates(lexicon, PredicateLexicon::builtin());
    for (auto& [lemma, entries] : verbs)
      std::stable_sort(entries.begin(), entries.end(), [](const VerbEntry& a, const VerbEntry& b) {
        if (a.rest.size() != b.rest.size()) return a.rest.size() > b.rest.size();
        return priority(a.def->type) < priority(b.def->type);
      });
    for (auto& [phrase, entries] : nouns)
      std::stable_sort(entries.begin(), entries.end(), [](const NounEntry& a, const NounEntry& b) {
        return noun_priority(a.def->type) < noun_priority(b.def->type);
      });
  }
};

// The predicate lexicon's general words reach the chunker rules as triggers of
// the same shapes: a verb with its object or its oblique's preposition ("seize",
// "impose sanction on", "pull out of"), an agent noun ("foe", "backer": the noun
// is the source) and a compound ("-occupied", "anti-"). Nominalisations and
// adjectives need the dependency tree (dependency_matcher.hpp).
void Triggers::add_predicates(const Lexicon& lexicon, const PredicateLexicon& predicates) {
  auto add_verb = [&](const RelationDef* def, const std::string& phrase) {
    auto words = split_words(phrase);
    if (words.empty()) return;
    VerbEntry e{def, std::vector<std::string>(words.begin() + 1, words.end())};
    auto& list = verbs[words.front()];
    if (std::none_of(list.begin(), list.end(),
                     [&](const VerbEntry& x) { return x.def == def && x.rest == e.rest; }))
      list.push_back(std::move(e));
  };
  for (const auto& p : predicates.entries()) {
    if (handled_elsewhere(p.relation)) continue;
    const RelationDef* def = lexicon.find_relation(p.relation);
    if (!def) continue;
    const bool subject_source = std::any_of(p.source.begin(), p.source.end(), [](const ArgSlot& s) {
      return s.role == ArgRole::subject;
    });
    const bool head_source = std::any_of(p.source.begin(), p.source.end(),
                                         [](const ArgSlot& s) { return s.role == ArgRole::head; });
    const bool subject_target = std::any_of(p.target.begin(), p.target.end(), [](const ArgSlot& s) {
      return s.role == ArgRole::subject;
    });
    switch (p.pos) {
      case PredicatePos::verb:
        if (!subject_source) break;
        if (subject_target) {  // "X and Y traded threats": each way between the subjects
          const auto words = split_words(p.lemma);
          if (words.size() == 2) reciprocal[words[0]].emplace_back(def, words[1]);
          break;
        }
        for (const auto& t : p.target) {
          if (t.role == ArgRole::object) add_verb(def, p.lemma);
          if (t.role == ArgRole::oblique) add_verb(def, p.lemma + " " + t.prep);
        }
        break;
      case PredicatePos::noun: {
        if (!head_source || in(kNotRoleNouns, p.lemma)) break;
        auto& list = nouns[p.lemma];
        if (std::none_of(list.begin(), list.end(),
                         [&](const NounEntry& x) { return x.def == def; })) {
          const auto words = split_words(p.lemma);
          max_noun_words = std::max(max_noun_words, words.size());
          list.push_back({def, words.size()});
        }
        break;
      }
      case PredicatePos::compound: {
        auto& table = p.lemma.front() == '-' ? suffixes : prefixes;
        const std::pair<std::string, const RelationDef*> entry{p.lemma, def};
        if (p.lemma.size() >= 2 && std::find(table.begin(), table.end(), entry) == table.end())
          table.push_back(entry);
        break;
      }
      case PredicatePos::prep: {
        const auto words = split_words(p.lemma);
        if (words.size() == 3) preps.push_back({def, {words[0], words[1], words[2]}, p.cameo});
        break;
      }
      default:
        break;
    }
  }
}

// The trigger tables depend only on the lexicon's relation definitions, yet
// building them allocates hundreds of map nodes: build them once per thread and
// lexicon, not once per document (speed: 7% of the pipeline). Keyed by the
// definitions' address and checked against a copy of their content, so a new
// lexicon at a reused address never gets stale tables (whose pointers would dangle).
const Triggers& triggers_for(const Lexicon& lexicon) {
  struct Cached {
    const RelationDef* data = nullptr;
    std::vector<RelationDef> defs;
    std::unique_ptr<Triggers> triggers;
  };
  thread_local Cached cached;
  const auto defs = lexicon.relations();
  if (!cached.triggers || cached.data != defs.data() ||
      !std::equal(defs.begin(), defs.end(), cached.defs.begin(), cached.defs.end())) {
    cached.triggers = std::make_unique<Triggers>(lexicon);
    cached.data = defs.data();
    cached.defs.assign(defs.begin(), defs.end());
  }
  return *cached.triggers;
}

const char* modality_reason(Modality m) {
  switch (m) {
    case Modality::hypothetical:
      return "hypothetical";
    case Modality::intended:
      return "intended";
    case Modality::demanded:
      return "demanded";
    default:
      return nullptr;
  }
}

class SentenceReader {
 public:
  SentenceReader(const Document& doc, const Sentence& s, std::size_t index,
                 std::vector<const Mention*> mentions, const Triggers& triggers, Output& out)
      : doc_(doc),
        s_(s),
        index_(index),
        mentions_(std::move(mentions)),
        triggers_(triggers),
        out_(out),
        ch_(chunk(s)),
        lower_(norm_bytes(s)) {
    // Read the chunker's mended tags and verb lemmas (views of ch_, which lives
    // as long as this reader: readers are never moved).
    tk_.reserve(s.tokens.size());
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      const Token& t = s.tokens[k];
      const std::string_view pos = k < ch_.tags.size() ? std::string_view(ch_.tags[k]) : t.pos;
      tk_.push_back(
          Tok{t.text, t.norm, t.lemma, pos, lower_(t.norm), t.begin, t.end, detail::penn_of(pos)});
    }
    for (const auto& v : ch_.verbs) tk_[v.main].lemma = v.lemma;
    const std::size_t n = tk_.size();
    mention_at_.assign(n, nullptr);
    for (const Mention* m : mentions_) {
      if (m->entity.empty() && m->members.empty()) continue;
      for (std::size_t k = m->token_begin; k < m->token_end && k < n; ++k) {
        const Mention* cur = mention_at_[k];
        const auto len = m->token_end - m->token_begin;
        const auto cur_len = cur ? cur->token_end - cur->token_begin : 0;
        // On a tie an event wins: the events stage read a name as a gathering's ("the
        // Syrian National Dialogue Congress") where the mention stage saw an organisation.
        if (!cur || len > cur_len ||
            (len == cur_len && m->type == EntityType::event && cur->type != EntityType::event))
          mention_at_[k] = m;
      }
    }
    actor_at_.assign(n, nullptr);
    for (const Mention* m : mentions_) {
      if (m->entity.empty() && m->members.empty()) continue;
      if (m->type == EntityType::event) continue;
      for (std::size_t k = m->token_begin; k < m->token_end && k < n; ++k) {
        const Mention* cur = actor_at_[k];
        if (!cur || (m->token_end - m->token_begin) > (cur->token_end - cur->token_begin))
          actor_at_[k] = m;
      }
    }
    in_quote_.assign(n, false);
    bool open = false;
    for (std::size_t k = 0; k < n; ++k) {
      if (tk_[k].tag == Penn::open_quote) open = true;
      in_quote_[k] = open;
      if (tk_[k].tag == Penn::close_quote) open = false;
    }
  }

  void run() {
    nominal_rules();
    for (std::size_t v = 0; v < ch_.verbs.size(); ++v) verb_rules(v);
    compound_rules();
    between_rules();
    participant_rules();
    behalf_and_initiative_rules();
    nominal_predicate_rules();
    tree_rules();
  }

  // ---- nominal predicates ("Russia's attack on X", "EU sanctions against Y") ----

  // A noun of the predicate lexicon whose source is its possessor or a name before it,
  // and whose target follows one of its prepositions. The noun takes the modality of the
  // verb it is the object of ("did not impose sanctions on", "threatened sanctions on")
  // and of its clause ("if ...").
  void nominal_predicate_rules() {
    const std::size_t n = tk_.size();
    const auto& words = DependencyPatterns::builtin().modality();
    auto listed = [](const std::vector<std::string>& list, std::string_view w) {
      return std::find(list.begin(), list.end(), w) != list.end();
    };
    for (std::size_t gi = 0; gi < ch_.nouns.size(); ++gi) {
      const NounGroup& g = ch_.nouns[gi];
      const std::size_t h = g.head;
      if (h >= n || g.end >= n) continue;
      std::vector<const Predicate*> preds;
      for (const auto form : {std::string_view(tk_[h].lemma), low(h)})
        for (const auto& p : PredicateLexicon::builtin().find(form))
          if (p.pos == PredicatePos::noun &&
              std::find(preds.begin(), preds.end(), &p) == preds.end())
            preds.push_back(&p);
      if (preds.empty()) continue;
      // Sources: the possessor, else names and demonyms before the head.
      std::vector<Ref> sources;
      ArgRole role = ArgRole::modifier;
      if (g.possessor_begin != kNoToken) {
        role = ArgRole::possessor;
        for (std::size_t k = g.possessor_begin; k < g.possessor_end && k < n; ++k)
          if (mention_at_[k] && (k == g.possessor_begin || mention_at_[k] != mention_at_[k - 1])) {
            auto r = refs_of(mention_at_[k]);
            sources.insert(sources.end(), r.begin(), r.end());
          }
      } else {
        for (std::size_t k = g.begin; k < h; ++k) {
          const Mention* m = mention_at_[k];
          if (!m || (k > g.begin && m == mention_at_[k - 1])) continue;
          if (m->token_end > h || m->kind == MentionKind::pronoun ||
              m->kind == MentionKind::nominal)
            continue;
          auto r = refs_of(m);
          sources.insert(sources.end(), r.begin(), r.end());
        }
        // Coordinated demonyms before the group: "Russian and Syrian airstrikes".
        std::size_t j = g.begin;
        while (!sources.empty() && j >= 2 && (is(j - 1, "and") || tk_[j - 1].norm == ",") &&
               actor_at_[j - 2] && actor_at_[j - 2]->kind == MentionKind::demonym &&
               tk_[j - 2].adj()) {
          const Mention* m = actor_at_[j - 2];
          auto r = refs_of(m);
          sources.insert(sources.end(), r.begin(), r.end());
          j = m->token_begin;
        }
      }
      if (sources.empty()) continue;
      const auto prep = low(g.end);
      const Predicate* pred = nullptr;
      for (const Predicate* p : preds) {
        const bool source_ok = std::any_of(p->source.begin(), p->source.end(),
                                           [&](const ArgSlot& a) { return a.role == role; });
        const bool target_ok =
            std::any_of(p->target.begin(), p->target.end(), [&](const ArgSlot& a) {
              return a.role == ArgRole::oblique && a.prep == prep && prep != "between";
            });
        if (source_ok && target_ok) {
          pred = p;
          break;
        }
      }
      if (!pred || handled_elsewhere(pred->relation)) continue;
      const RelationDef* def = relation_def(pred->relation);
      if (!def) continue;
      ListArg obj = object_after(g.end + 1);
      if (obj.empty()) continue;
      // Modality: the governing verb, if the group is its object, and the clause.
      const char* why = nullptr;
      std::size_t before = g.begin;
      while (before > 0 && (tk_[before - 1].tag == Penn::DT || tk_[before - 1].adj())) --before;
      if (before > 0 && ch_.verb_at[before - 1] != kNoToken) {
        const VerbGroup& v = ch_.verbs[ch_.verb_at[before - 1]];
        why = why_of(v);
        if (!why && listed(words.intending_controllers, v.lemma)) why = "intended";
        if (!why && listed(words.demanding_controllers, v.lemma)) why = "demanded";
        if (!why && listed(words.negating_controllers, v.lemma)) why = "negated";
      }
      if (!why) {
        const auto kind = ch_.clauses[ch_.clause_of(h)].kind;
        if (kind == ClauseKind::conditional) why = "hypothetical";
      }
      for (const auto& s : sources)
        for (const auto& t : obj.refs())
          emit(s, *def, t, g.begin, obj.end, "nominal-predicate", 0.75, why);
    }
  }

  // ---- dependency patterns (a parsed sentence) ---------------------------

  // What the argument headed by token `k` stands for: the mention on it, or for
  // a collective or people noun ("the Russian delegation", "officials from X")
  // the actor named by its possessor, modifier or of/from phrase.
  // `owned`: any noun stands for the actor it belongs to (the target of an attack:
  // "shot down a Syrian jet" attacks Syria).
  std::vector<Ref> tree_refs(const DependencyTree& tree, std::size_t k, bool owned = false) const {
    // A noun given its name by a participle ("the rebel coalition known as the HNC"):
    // the name, not the description, is the argument.
    const auto& naming = DependencyPatterns::builtin().naming_participles();
    for (std::size_t c : tree.children(k)) {
      if (c < k || tree.relation(c) != "acl" || tk_[c].pos != "VBN" ||
          std::find(naming.begin(), naming.end(), tk_[c].lemma) == naming.end())
        continue;
      for (std::size_t n : tree.children(c)) {
        const auto rel = tree.base_relation(n);
        if (n > c && (rel == "obl" || rel == "xcomp" || rel == "obj") && mention_at_[n] &&
            mention_at_[n]->kind == MentionKind::name)
          return refs_of(mention_at_[n]);
      }
    }
    // A name modifying a noun inside a gathering's mention ("Canada's negotiations with
    // Mexico", whose event mention spans the possessor): the argument is the name, not
    // the gathering the word helps to name.
    // Not a name inside a hyphen compound ("U.N.-backed negotiations": the compound
    // says who backs them, not who negotiates).
    if (mention_at_[k] && mention_at_[k]->type == EntityType::event && actor_at_[k] &&
        tk_[k].text.find('-') == std::string_view::npos && tree.head(k) > static_cast<int>(k) &&
        static_cast<std::size_t>(tree.head(k)) < mention_at_[k]->token_end) {
      const auto rel = tree.relation(k);
      if (rel == "nmod:poss" || rel == "amod" || rel == "compound") return refs_of(actor_at_[k]);
    }
    if (mention_at_[k]) return refs_of(mention_at_[k]);
    // A day the parser made the head of the name before it ("met with President X
    // Tuesday": "Tuesday" heading "X" as a compound): the name is the argument.
    if (temporal_word(low(k)))
      for (std::size_t c : tree.children(k))
        if (c < k && (tree.relation(c) == "compound" || tree.relation(c) == "flat") &&
            mention_at_[c] && mention_at_[c]->kind == MentionKind::name &&
            mention_at_[c]->token_end == k)
          return refs_of(mention_at_[c]);
    // A common noun followed by the name it describes ("the news agency Saba", "his
    // envoy, Ruiz,"): the name is the argument.
    for (std::size_t c : tree.children(k)) {
      const auto rel = tree.relation(c);
      if (c > k && (rel == "appos" || rel == "flat") && mention_at_[c] &&
          mention_at_[c]->kind == MentionKind::name && tree.token(k).upos == "NOUN")
        return refs_of(mention_at_[c]);
    }
    // A capitalised plural the tagger took for a name ("Delegations from X ..." opening
    // the sentence) is read by its noun lemma, as the parser reads it.
    std::string noun;
    std::string_view lemma = tk_[k].lemma;
    if (tree.token(k).upos == "NOUN" && (tk_[k].tag == Penn::NNP || tk_[k].tag == Penn::NNPS)) {
      noun = Lemmatizer::builtin().lemma(tree.token(k).norm, "NNS");
      lemma = noun;
    }
    if (!owned && !in(kCollective, lemma) && !in(kForces, lemma) && !in(kPeople, lemma)) return {};
    for (std::size_t c : tree.children(k)) {
      const auto rel = tree.relation(c);
      if (!mention_at_[c]) continue;
      if (rel == "nmod:poss" || rel == "amod" || rel == "compound") return refs_of(mention_at_[c]);
      if (rel == "nmod") {
        for (std::size_t cc : tree.children(c))
          // An owned thing may also be named by its place: striking "targets in Peru",
          // shelling "positions inside Chile" is attacking the place.
          if (tree.relation(cc) == "case" &&
              (is(cc, "of") || is(cc, "from") || (owned && (is(cc, "in") || is(cc, "inside"))))) {
            // "the leaders of Chile and Peru": every conjunct of the of-phrase is an owner.
            auto refs = refs_of(mention_at_[c]);
            for (std::size_t j : tree.children(c))
              if (tree.relation(j) == "conj" && mention_at_[j] && mention_at_[j] != mention_at_[c])
                for (auto& r : refs_of(mention_at_[j])) refs.push_back(std::move(r));
            return refs;
          }
      }
    }
    return {};
  }

  // The further items of a list the object heads, as the text lays them out, when the
  // parser hung them off one another ("seizing the city of A, B in the east, the C
  // region, and most recently, D and E provinces": appositions, conjuncts of a
  // modifier). Only inside the object's subtree; the list needs two separators, the
  // last "and"/"or"; each later item is a name opening its segment (after determiners,
  // adjectives, adverbs), not a possessor ("Aleppo, Syria's second city") and not
  // followed by a verb (a new clause).
  std::vector<Ref> list_tail(const DependencyTree& tree, std::size_t obj) const {
    std::size_t end = obj + 1;
    for (std::size_t k = obj + 1; k < tk_.size(); ++k)
      if (tree.dominates(obj, k)) end = k + 1;
    std::vector<std::pair<std::size_t, std::size_t>> segments;  // after the first
    std::size_t commas = 0, start = kNoToken;
    bool last_and = false;
    for (std::size_t k = obj + 1; k < end; ++k) {
      const auto& w = tk_[k].low;
      if (w == "(" || w == ";" || w == ":" || w == "--") return {};
      const bool sep = w == "," || w == "and" || w == "or";
      if (sep) {
        if (w == ",") ++commas;
        last_and = w != ",";
        if (start != kNoToken) segments.emplace_back(start, k);
        start = kNoToken;
        continue;
      }
      if (start == kNoToken && (commas > 0 || last_and)) start = k;
    }
    if (start != kNoToken) segments.emplace_back(start, end);
    if (commas < 2 || segments.size() < 2) return {};
    // the last item comes after "and"/"or" (", and D and E" counts)
    bool and_seen = false;
    for (std::size_t k = segments.back().first; k-- > obj + 1;) {
      if (tk_[k].low == "and" || tk_[k].low == "or") and_seen = true;
      if (tk_[k].low == "," || and_seen) break;
    }
    if (!and_seen) return {};
    // Every segment must be an item or an adverb aside (", and most recently,"): one
    // that is neither ("the talks, sponsored by X and Y,") means no list.
    std::vector<Ref> out;
    for (const auto& [b, e] : segments) {
      std::size_t k = b;
      while (k < e) {
        const auto u = tree.token(k).upos;
        if (u != "DET" && u != "ADJ" && u != "ADV" && u != "NUM") break;
        if (actor_at_[k]) break;
        ++k;
      }
      bool aside = true;
      for (std::size_t j = b; j < e; ++j)
        if (tree.token(j).upos != "ADV") aside = false;
      if (aside) continue;
      // a name the mention stage did not know is still an item, just not an actor
      if (k < e && !actor_at_[k] && tree.token(k).upos == "PROPN") continue;
      if (k >= e || !actor_at_[k] || actor_at_[k]->token_begin != k) return {};
      const Mention* m = actor_at_[k];
      if (m->kind != MentionKind::name) return {};  // "a Kurdish town": a description
      if (m->token_end < tk_.size()) {
        const auto u = tree.token(m->token_end).upos;
        const auto& next = tk_[m->token_end].low;
        if (u == "VERB" || u == "AUX" || next == "'s" || next == "\u2019s") return {};
      }
      for (auto& r : refs_of(m)) out.push_back(std::move(r));
    }
    return out;
  }

  // Either word of "each other" or "one another" (the parser heads it by either).
  bool reciprocal_pronoun(std::size_t k) const {
    auto pair = [&](std::size_t a) {
      return a + 1 < tk_.size() && ((low(a) == "each" && low(a + 1) == "other") ||
                                    (low(a) == "one" && low(a + 1) == "another"));
    };
    return k < tk_.size() && (pair(k) || (k >= 1 && pair(k - 1)));
  }

  void tree_rules() {
    if (!lexicon_ || std::none_of(s_.tokens.begin(), s_.tokens.end(),
                                  [](const Token& t) { return !t.deprel.empty(); }))
      return;
    // The enhanced graph's inferences look arcs up linearly: fine for sentences, not for
    // a hostile run-on "sentence" of thousands of tokens, which no news reader writes.
    if (s_.tokens.size() > kMaxTreeTokens) return;
    const DependencyTree tree(s_.tokens);
    const EnhancedGraph graph(tree);
    const auto matches =
        match_patterns(graph, DependencyPatterns::builtin(), PredicateLexicon::builtin());
    std::set<Key> tree_unasserted, tree_asserted;
    // One reading per predicate word and pair of ends: a word of several relations
    // ("sponsor": brokered and backs) takes the first in priority() whose argument types
    // fit, as the chunker rules do ("talks sponsored by X" brokered, "X sponsors Y" backs).
    std::vector<const TreeMatch*> ordered;
    ordered.reserve(matches.size());
    for (const auto& m : matches) ordered.push_back(&m);
    std::stable_sort(ordered.begin(), ordered.end(), [](const TreeMatch* a, const TreeMatch* b) {
      return priority(a->predicate->relation) < priority(b->predicate->relation);
    });
    std::set<std::tuple<std::size_t, std::string_view, std::string_view, std::string_view>> read;
    for (const TreeMatch* mp : ordered) {
      const TreeMatch& m = *mp;
      if (handled_elsewhere(m.predicate->relation)) continue;
      const RelationDef* def = lexicon_->find_relation(m.predicate->relation);
      if (!def) continue;
      auto allowed = [](const PatternArg* a, const Ref& r) {
        return !a || a->types.empty() ||
               std::find(a->types.begin(), a->types.end(), r.type) != a->types.end();
      };
      // "fought with X against Y": beside an "against" phrase, "with" is the ally's.
      if (m.predicate->relation == "opposes" && m.predicate->lemma.ends_with(" with") &&
          against_phrase(graph, m.anchor))
        continue;
      const auto sources = tree_refs(tree, m.source);
      // Attacking, accusing or threatening a thing someone owns is doing it to the owner
      // ("condemned Chile's military action", "shelled Peru's positions"): the lexicon
      // says which relations reach the owner.
      const bool owned = def->reaches_owner;
      auto targets = tree_refs(tree, m.target, owned);
      if (!targets.empty() && m.predicate->pos == PredicatePos::verb && m.target_arg &&
          m.target_arg->slot == ArgRole::object)
        for (auto& r : list_tail(tree, m.target)) targets.push_back(std::move(r));
      // "Chile and Peru accused each other / one another": the target is every other
      // subject of the predicate.
      if (targets.empty() && reciprocal_pronoun(m.target)) {
        for (const auto& a : graph.out(m.anchor))
          if (a.label == "nsubj" && a.dep != m.source)
            for (auto& r : tree_refs(tree, a.dep)) targets.push_back(std::move(r));
      }
      if (sources.empty() || targets.empty()) continue;
      const auto [sb, se] = std::minmax({m.anchor, m.source, m.target});
      if (m.why) threat_over(tree, graph, m, sources, sb, se);
      if (m.why) attempt_over(tree, graph, m, *def, sources, targets, sb, se);
      if (!m.why) claim_over(tree, graph, m, sources, se);
      // The predicate's CAMEO code rides in the rule id, so that every export and
      // `explain` show it: "dep:verb-subject-object;cameo=195".
      std::string rule = "dep:" + m.rule->id;
      if (!m.predicate->cameo.empty()) rule += ";cameo=" + m.predicate->cameo;
      for (const auto& s : sources)
        for (const auto& t : targets) {
          if (!allowed(m.source_arg, s) || !allowed(m.target_arg, t)) continue;
          const auto reading = std::tuple(m.anchor, std::string_view(m.predicate->lemma),
                                          std::string_view(s.id), std::string_view(t.id));
          if (read.count(reading)) continue;
          if (auto key = emit_type(s, def->type, def->symmetric, t, sb, se + 1, rule,
                                   m.rule->confidence, m.why)) {
            (m.why ? tree_unasserted : tree_asserted).insert(std::move(*key));
            read.insert(reading);
          }
        }
    }
    prep_rules(tree, graph);
    veto_chunker(tree_unasserted, tree_asserted);
  }

  // "X tried to capture Y / to storm Y": an attempted assault is an assault, whatever
  // came of it -- when the attempting verb is asserted and the act has no negation of
  // its own ("did not try to", "tried not to" are none).
  void attempt_over(const DependencyTree& tree, const EnhancedGraph& graph, const TreeMatch& m,
                    const RelationDef& def, const std::vector<Ref>& sources,
                    const std::vector<Ref>& targets, std::size_t sb, std::size_t se) {
    const auto& p = DependencyPatterns::builtin();
    const auto& rels = p.attempt_relations();
    if (std::find(rels.begin(), rels.end(), m.predicate->relation) == rels.end()) return;
    const auto& neg = p.modality().negation;
    for (std::size_t c : tree.children(m.anchor))
      if (std::find(neg.begin(), neg.end(), tk_[c].lemma) != neg.end()) return;
    std::size_t cur = m.anchor;
    // "tried to capture X and finish off Y": the later conjunct's attempt is the first's.
    if (tree.relation(cur) == "conj" && tree.head(cur) >= 0)
      cur = static_cast<std::size_t>(tree.head(cur));
    if (tree.relation(cur) != "xcomp" || tree.head(cur) < 0) return;
    const auto h = static_cast<std::size_t>(tree.head(cur));
    const auto& ctl = p.attempt_controllers();
    if (std::find(ctl.begin(), ctl.end(), tk_[h].lemma) == ctl.end()) return;
    if (modality_at(graph, h, p.modality())) return;
    std::string rule = "dep:attempt-to";
    if (!m.predicate->cameo.empty()) rule += ";cameo=" + m.predicate->cameo;
    for (const auto& s : sources)
      for (const auto& t : targets)
        emit_type(s, def.type, def.symmetric, t, std::min(sb, h), se + 1, rule, 0.75, nullptr);
  }

  // Whether a verb has an "against" phrase, its own or hung off its oblique.
  static bool against_phrase(const EnhancedGraph& graph, std::size_t verb) {
    for (const auto& a : graph.out(verb)) {
      if (!EnhancedGraph::label_matches(a.label, "obl:*")) continue;
      if (a.prep == "against") return true;
      for (const auto& b : graph.out(a.dep))
        if (EnhancedGraph::label_matches(b.label, "nmod:*") && b.prep == "against") return true;
    }
    return false;
  }

  // "X threatened to impose sanctions on Y / to attack Y": the hostile act is only
  // intended (no edge), but the threat against Y is stated -- when the threatening verb
  // itself is asserted ("did not threaten" is no threat).
  void threat_over(const DependencyTree& tree, const EnhancedGraph& graph, const TreeMatch& m,
                   const std::vector<Ref>& sources, std::size_t sb, std::size_t se) {
    const auto& p = DependencyPatterns::builtin();
    const auto& rels = p.threat_relations();
    if (std::find(rels.begin(), rels.end(), m.predicate->relation) == rels.end()) return;
    // Only a hostile act threatens: lifting sanctions (CAMEO 08x, a cooperative root
    // below 10) is a promise, not a threat.
    if (const auto& c = m.predicate->cameo; c.size() >= 2 && c.substr(0, 2) < "10") return;
    const RelationDef* def = lexicon_->find_relation("threatens");
    if (!def) return;
    std::size_t cur = m.anchor;
    for (int guard = 0; guard < 4 && tree.head(cur) >= 0 && tree.relation(cur) == "xcomp";
         ++guard) {
      const auto h = static_cast<std::size_t>(tree.head(cur));
      const auto& ctl = p.threat_controllers();
      if (std::find(ctl.begin(), ctl.end(), tk_[h].lemma) == ctl.end()) {
        cur = h;
        continue;
      }
      if (modality_at(graph, h, p.modality())) return;
      const auto targets = tree_refs(tree, m.target, true);
      const auto b = std::min(sb, h);
      const std::string rule = "dep:threaten-to;cameo=130";
      for (const auto& s : sources)
        for (const auto& t : targets)
          emit_type(s, def->type, def->symmetric, t, b, se + 1, rule, 0.8, nullptr);
      return;
    }
  }

  // "X claimed/alleged that Y had attacked Z": whatever the reader makes of the act, the
  // claim itself is stated, and claiming a hostile act of Y is accusing Y -- when the
  // claiming verb is asserted ("did not claim" is no accusation). Plain "said" is not a
  // claim: reporters and monitors say who attacked whom without accusing anyone.
  void claim_over(const DependencyTree& tree, const EnhancedGraph& graph, const TreeMatch& m,
                  const std::vector<Ref>& attackers, std::size_t se) {
    const auto& p = DependencyPatterns::builtin();
    const auto& rels = p.claim_relations();
    if (std::find(rels.begin(), rels.end(), m.predicate->relation) == rels.end()) return;
    const RelationDef* def = lexicon_->find_relation("accuses");
    if (!def) return;
    // The act's clause: the anchor, or the first conjunct it is coordinated with
    // ("claimed that Y had attacked Z and taken W").
    std::size_t cur = m.anchor;
    if (tree.relation(cur) == "conj" && tree.head(cur) >= 0)
      cur = static_cast<std::size_t>(tree.head(cur));
    if (tree.relation(cur) != "ccomp" || tree.head(cur) < 0) return;
    const auto h = static_cast<std::size_t>(tree.head(cur));
    const auto& ctl = p.claim_controllers();
    if (std::find(ctl.begin(), ctl.end(), tk_[h].lemma) == ctl.end()) return;
    if (modality_at(graph, h, p.modality())) return;
    for (const auto& a : graph.out(h)) {
      if (a.label != "nsubj") continue;
      const auto speakers = tree_refs(tree, a.dep);
      const auto b = std::min(a.dep, h);
      const std::string rule = "dep:claim-that;cameo=112";
      for (const auto& s : speakers)
        for (const auto& t : attackers)
          emit_type(s, def->type, def->symmetric, t, b, se + 1, rule, 0.75, nullptr);
    }
  }

  // Where the tree reads an edge as negated or hypothetical and no tree rule asserts it,
  // the chunker's assertion of the same edge from this sentence is a misreading of the
  // modality it cannot see ("Only once the truce holds will X attend"; a negation the
  // chunker's verb group misses): its evidence from this sentence goes.
  void veto_chunker(const std::set<Key>& unasserted, const std::set<Key>& asserted) {
    for (const auto& key : unasserted) {
      if (asserted.count(key)) continue;
      const auto it = out_.asserted.find(key);
      if (it == out_.asserted.end()) continue;
      auto& evidence = it->second.evidence;
      for (auto e = evidence.begin(); e != evidence.end();) {
        if (e->document == doc_.id && e->sentence == index_ && e->rule.rfind("dep:", 0) != 0)
          e = evidence.erase(e);
        else
          ++e;
      }
      if (evidence.empty()) out_.asserted.erase(it);
    }
  }

  // A prepositional predicate of the lexicon, "P1 noun P2" ("in defiance of", "in
  // combat with", "at war with"): its noun is an oblique of a verb with P1 as case,
  // its P2 dependents the targets; the verb's subject, else its passive subject read
  // as its owner ("programs pursued in defiance of ...": the programs' owner), the source.
  void prep_rules(const DependencyTree& tree, const EnhancedGraph& graph) {
    for (const auto& [def, words, cameo] : triggers_.preps) {
      for (std::size_t k = 0; k < tree.size() && k < tk_.size(); ++k) {
        if (tk_[k].lemma != words[1] && low(k) != words[1]) continue;
        // An oblique of a verb, or a predicate with a copula ("X is at war with Y").
        bool has_case = false, copula = false;
        for (std::size_t c : tree.children(k)) {
          if (tree.relation(c) == "case" && is(c, words[0])) has_case = true;
          if (tree.base_relation(c) == "cop") copula = true;
        }
        // The parser may hang the phrase off the verb's object ("tested missiles in
        // defiance of"): the verb is still the predicate.
        const auto base = tree.base_relation(k);
        if (!copula && (tree.head(k) < 0 || (base != "obl" && base != "nmod"))) continue;
        std::vector<std::size_t> objects;
        for (const auto& a : graph.out(k))
          if (EnhancedGraph::label_matches(a.label, "nmod:*") && a.prep == words[2])
            objects.push_back(a.dep);
        if (!has_case) continue;
        auto h = copula ? k : static_cast<std::size_t>(tree.head(k));
        if (!copula && base == "nmod") {
          if (tree.base_relation(h) != "obj" || tree.head(h) < 0) continue;
          h = static_cast<std::size_t>(tree.head(h));
        }
        // The parser may hang the second phrase off the verb instead ("backed by X in
        // combat with Y" with "with Y" an oblique of "backed"): right after the noun, it
        // is still the phrase's.
        if (objects.empty() && !copula && base == "obl")
          for (const auto& a : graph.out(h))
            if (EnhancedGraph::label_matches(a.label, "obl:*") && a.prep == words[2] && !a.inferred)
              for (std::size_t c : tree.children(a.dep))
                if (c == k + 1 && tree.relation(c) == "case") objects.push_back(a.dep);
        if (objects.empty()) continue;
        std::vector<std::size_t> subjects;
        bool owned = false;
        for (const auto& a : graph.out(h))
          if (a.label == "nsubj") subjects.push_back(a.dep);
        if (subjects.empty()) {
          owned = true;
          for (const auto& a : graph.out(h))
            if (a.label == "nsubj:pass") subjects.push_back(a.dep);
        }
        const char* why = modality_at(graph, h, DependencyPatterns::builtin().modality());
        std::string rule = "dep:prep-" + words[0] + "-" + words[2];
        if (!cameo.empty()) rule += ";cameo=" + cameo;
        for (std::size_t sv : subjects)
          for (const auto& src : tree_refs(tree, sv, owned))
            for (std::size_t o : objects)
              for (const auto& tg : tree_refs(tree, o)) {
                const auto [b, e] = std::minmax({sv, k, o});
                emit_type(src, def->type, def->symmetric, tg, b, e + 1, rule, 0.75, why);
              }
      }
    }
  }

  const Chunks& chunks() const { return ch_; }
  const std::vector<const Mention*>& mention_at() const { return mention_at_; }

  // ---- arguments -------------------------------------------------------

  static std::vector<Ref> refs_of(const Mention* m) {
    std::vector<Ref> out;
    if (!m) return out;
    if (!m->entity.empty())
      out.push_back({m->entity, m->type, m});
    else
      for (const auto& id : m->members) out.push_back({id, m->type, m});
    return out;
  }

  std::string_view low(std::size_t k) const { return tk_[k].low; }
  bool is(std::size_t k, std::string_view w) const { return k < tk_.size() && low(k) == w; }
  bool sep_dash(std::size_t k) const {
    if (k >= tk_.size()) return false;
    const auto& w = tk_[k].norm;
    return w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93";
  }
  bool comma_or_dash(std::size_t k) const {
    return k < tk_.size() && (tk_[k].norm == "," || sep_dash(k));
  }
  bool wh(std::size_t k) const {
    if (k >= tk_.size()) return false;
    const auto w = low(k);
    return w == "which" || w == "who" || w == "that" || w == "whom";
  }

  // What the noun group `gi` stands for.
  Unit unit_of(std::size_t gi, int depth = 0) const {
    const NounGroup& g = ch_.nouns[gi];
    Unit u;
    u.begin = g.begin;
    u.end = g.end;
    const Mention* m = mention_at_[g.head];
    // "three Palestinians", "many Syrians": people of a nationality, not its state.
    if (m && m->kind == MentionKind::demonym) {
      for (std::size_t k = g.begin; k < g.head; ++k) {
        const auto w = low(k);
        if (tk_[k].tag == Penn::CD || w == "many" || w == "several" || w == "some" ||
            w == "dozens" || w == "hundreds" || w == "thousands" || w == "few" || w == "two" ||
            w == "three")
          return u;
      }
    }
    if (m && (m->token_end >= g.head + 1)) {
      u.refs = refs_of(m);
      // A name running past the group ("the Government | of Kazakhstan") ends the unit.
      if (m->token_end > u.end && m->token_end <= tk_.size()) u.end = m->token_end;
      if (!u.refs.empty()) return u;
    }
    const auto& lemma = tk_[g.head].lemma;
    // "the Tahrir Front rebel group": a generic group noun after a group's name.
    if (lemma == "group" || lemma == "movement" || lemma == "faction" || lemma == "militia" ||
        lemma == "organization" || lemma == "organisation" || lemma == "coalition" ||
        lemma == "alliance" || lemma == "party" || lemma == "front" || lemma == "grouping" ||
        lemma == "bloc") {
      for (std::size_t k = g.begin; k < g.head; ++k)
        if (const Mention* nm = actor_at_[k];
            nm && nm->kind == MentionKind::name && nm->token_end <= g.head &&
            (nm->type == EntityType::armed_group || nm->type == EntityType::organization)) {
          u.refs = refs_of(nm);
          return u;
        }
    }
    // A title followed by its holder's name: "the UN Envoy for Syria Staffan de Mistura".
    if (tk_[g.head].noun() && !(m && m->token_begin > g.head)) {
      for (std::size_t j = g.end; j < tk_.size() && j < g.end + 6; ++j) {
        const Mention* pm = mention_at_[j];
        if (pm && pm->type == EntityType::person && pm->token_begin == j && !pm->entity.empty()) {
          u.refs = refs_of(pm);
          u.end = pm->token_end;
          return u;
        }
        const Penn p = tk_[j].tag;
        if (!(is_noun(p) || p == Penn::DT || is_adj(p) || p == Penn::FW || is(j, "for") ||
              is(j, "of") || is(j, "to")))
          break;
      }
    }
    const bool plural = tk_[g.head].tag == Penn::NNS || tk_[g.head].tag == Penn::NNPS;
    const bool collective = in(kCollective, lemma);
    if (!(collective || (plural && in(kPeople, lemma)))) return u;
    // A premodifier or possessor names the owner.
    for (std::size_t k = g.begin; k < g.head; ++k) {
      if (const Mention* pm = mention_at_[k]; pm && pm->token_end <= g.head + 0 + 1) {
        u.refs = refs_of(pm);
        if (!u.refs.empty()) {
          u.proxied = true;
          u.collective = collective;
          return u;
        }
      }
    }
    // "representatives of X and Y", "officials from Z".
    if (depth < 2 && (is(g.end, "of") || is(g.end, "from")) && g.end + 1 < tk_.size() &&
        ch_.noun_at[g.end + 1] != kNoToken) {
      ListArg inner = read_right(g.end + 1, false, depth + 1);
      if (!inner.empty()) {
        u.refs = inner.refs();
        u.end = inner.end;
        u.proxied = true;
        u.collective = collective;
      }
    }
    return u;
  }

  // A list of units to the right of `i`: "X, Y and Z", "X, which ..., and Y",
  // "X as well as Y". In object position a conjunct followed by a verb starts a
  // new clause ("backed Assad and Turkey backed ..."), so it is left out.
  ListArg read_right(std::size_t i, bool object, int depth = 0,
                     std::size_t limit = kNoToken) const {
    ListArg list;
    const std::size_t n = std::min(tk_.size(), limit);
    list.begin = i;
    list.end = i;
    bool conjunction = false;  // an "and"/"or" seen: a real list, not a run of appositions
    std::size_t first_end = i;
    while (i < n && ch_.noun_at[i] != kNoToken && ch_.nouns[ch_.noun_at[i]].begin == i) {
      Unit u = unit_of(ch_.noun_at[i], depth);
      if (u.refs.empty() || u.end > n) break;
      if (object && !list.units.empty() && u.end < n && ch_.verb_at[u.end] != kNoToken &&
          !(ch_.verbs[ch_.verb_at[u.end]].participle && tk_[u.end].tag == Penn::VBN))
        break;
      std::size_t k = u.end;
      list.units.push_back(std::move(u));
      list.end = k;
      if (list.units.size() == 1) first_end = k;
      if (k < n && tk_[k].norm == "(") {  // "(C)", "(Army of Islam)"
        std::size_t j = k + 1;
        while (j < n && tk_[j].norm != ")") ++j;
        if (j < n) k = j + 1;
        list.end = k;
      }
      if (k + 1 < n && comma_or_dash(k) && wh(k + 1)) {  // skip ", which ...,"
        std::size_t j = k + 2;
        while (j < n && !comma_or_dash(j) && tk_[j].norm != ";") ++j;
        if (j + 1 < n && comma_or_dash(j) && (is(j + 1, "and") || is(j + 1, "or"))) {
          k = j;
          list.tail_from = list.units.size();
        } else {
          break;
        }
      }
      std::size_t j = k;
      bool joined = false;
      bool conjunction_here = false;
      while (j < n) {
        const auto w = low(j);
        if (w == "," || w == "and" || w == "or" || w == "&") {
          conjunction_here = conjunction_here || w != ",";
          joined = true;
          ++j;
        } else if (w == "as" && is(j + 1, "well") && is(j + 2, "as")) {
          conjunction_here = true;
          joined = true;
          j += 3;
        } else if ((w == "along" || w == "together") && is(j + 1, "with")) {
          conjunction_here = true;
          joined = true;
          j += 2;
        } else {
          break;
        }
      }
      // "X and Y, Z": after the closing "and" a bare comma ends the list.
      if (conjunction && !conjunction_here) break;
      conjunction = conjunction || conjunction_here;
      if (!joined || j >= n || ch_.noun_at[j] == kNoToken || ch_.nouns[ch_.noun_at[j]].begin != j)
        break;
      // The next conjunct must stand for something, else it is an apposition.
      if (unit_of(ch_.noun_at[j], depth).refs.empty()) break;
      i = j;
    }
    // "Assad, he said": commas alone make appositions, not a list.
    if (!conjunction && list.units.size() > 1) {
      list.units.resize(1);
      list.end = first_end;
      list.tail_from = 0;
    }
    return list;
  }

  // Where a list that ends at `e` (one past its last token) may begin.
  std::size_t list_start_before(std::size_t e) const {
    std::size_t k = e;
    std::size_t start = e;
    while (k > 0) {
      const std::size_t t = k - 1;
      const auto w = low(t);
      if (ch_.noun_at[t] != kNoToken) {
        start = ch_.nouns[ch_.noun_at[t]].begin;
        k = start;
        continue;
      }
      if (w == "and" || w == "or" || w == "&" || w == "of" || w == "from" || w == "," ||
          w == "well" || w == "as" || w == ")" || w == "(") {
        // A comma that closes a relative clause: jump over the clause.
        if (w == "," && t > 0) {
          const std::size_t c = ch_.clause_of(t - 1);
          const Clause& cl = ch_.clauses[c];
          if (c != 0 && cl.kind == ClauseKind::relative && cl.end == t && cl.begin >= 1) {
            k = cl.begin;  // now before "which": the comma before it is walked next
            continue;
          }
        }
        if (w == "(") {
          k = t;
          continue;
        }
        if (w == ")") {
          std::size_t j = t;
          while (j > 0 && tk_[j].norm != "(") --j;
          k = j;
          continue;
        }
        k = t;
        continue;
      }
      break;
    }
    return start;
  }

  // The list that ends exactly at `e`.
  ListArg read_left(std::size_t e) const {
    if (e == 0 || ch_.noun_at[e - 1] == kNoToken) return {};
    std::size_t s = list_start_before(e);
    while (s < e) {
      if (ch_.noun_at[s] != kNoToken && ch_.nouns[ch_.noun_at[s]].begin == s) {
        ListArg list = read_right(s, false, 0, e);
        if (!list.empty() && list.end == e) return list;
      }
      ++s;
    }
    return {};
  }

  static bool temporal_word(std::string_view w) {
    static constexpr std::array<std::string_view, 24> words = {
        "april",     "august",  "day",      "december", "february",  "friday",
        "january",   "july",    "june",     "march",    "may",       "monday",
        "month",     "morning", "night",    "november", "october",   "saturday",
        "september", "sunday",  "thursday", "tuesday",  "wednesday", "week"};
    return in(words, w) || w == "year" || w == "today" || w == "yesterday" || w == "tomorrow" ||
           w == "weekend" || w == "evening" || w == "afternoon";
  }

  bool temporal_group(std::size_t gi) const {
    const NounGroup& g = ch_.nouns[gi];
    return temporal_word(low(g.head)) || tk_[g.head].tag == Penn::CD;
  }

  // Skips adverbs and time expressions leftwards from `e` ("this week", "on Monday").
  std::size_t skip_adverbs_left(std::size_t e) const {
    for (;;) {
      if (e > 0 && (tk_[e - 1].tag == Penn::RB || tk_[e - 1].tag == Penn::RBR) && !wh(e - 1)) {
        --e;
        continue;
      }
      if (e > 0 && ch_.noun_at[e - 1] != kNoToken && temporal_group(ch_.noun_at[e - 1]) &&
          !mention_at_[e - 1]) {
        const std::size_t b = ch_.nouns[ch_.noun_at[e - 1]].begin;
        if (b > 0 && (ch_.noun_at[b - 1] != kNoToken || is(b - 1, "on") || is(b - 1, "in") ||
                      is(b - 1, "last"))) {
          e = (is(b - 1, "on") || is(b - 1, "in")) ? b - 1 : b;
          continue;
        }
      }
      return e;
    }
  }

  struct Subject {
    std::vector<Ref> refs;
    std::size_t begin = 0;
    std::string rule;  // "" for plain svo, else relative-clause / apposition-relative
    bool proxied = false;
  };

  // The antecedent of a relative pronoun at `w`.
  Subject antecedent(std::size_t w) const {
    Subject out;
    std::size_t e = w;
    if (e > 0 && comma_or_dash(e - 1)) --e;
    if (e == 0 || ch_.noun_at[e - 1] == kNoToken) return out;
    std::size_t gi = ch_.noun_at[e - 1];
    if (ch_.nouns[gi].end != e) return out;
    // "the envoy to Syria, who ...": the relative attaches to the head of the
    // phrase, not to the object of its preposition.
    const bool who = is(w, "who") || is(w, "whom");
    auto should_climb = [&](std::size_t g) {
      const Mention* hm = mention_at_[ch_.nouns[g].head];
      if (!hm) return true;
      if (hm->type == EntityType::location) return true;
      return who && hm->type != EntityType::person && hm->type != EntityType::organization &&
             hm->type != EntityType::armed_group && hm->type != EntityType::government;
    };
    while (should_climb(gi) && ch_.nouns[gi].begin >= 2 &&
           (tk_[ch_.nouns[gi].begin - 1].tag == Penn::IN ||
            tk_[ch_.nouns[gi].begin - 1].tag == Penn::TO) &&
           !is(ch_.nouns[gi].begin - 1, "of") && !is(ch_.nouns[gi].begin - 1, "from") &&
           ch_.noun_at[ch_.nouns[gi].begin - 2] != kNoToken) {
      gi = ch_.noun_at[ch_.nouns[gi].begin - 2];
      e = ch_.nouns[gi].end;
    }
    const NounGroup& g = ch_.nouns[gi];
    ListArg list = read_left(e);
    if (!list.empty()) {
      // "Russia, which backs X, and Turkey, which ...": only the last segment.
      // "Russia and Turkey, which brokered": the whole list.
      out.refs = list.refs(true);
      out.begin = list.units[list.tail_from].begin;
      out.rule = "relative-clause";
      return out;
    }
    // An apposition with no referent of its own: "X, Y and Z, the same nations that".
    if (g.begin > 0 && comma_or_dash(g.begin - 1)) {
      ListArg before = read_left(g.begin - 1);
      if (!before.empty()) {
        out.refs = before.refs(true);
        out.begin = before.units[before.tail_from].begin;
        out.rule = "apposition-relative";
      }
    }
    return out;
  }

  // The subject of verb group `v`.
  Subject subject_of(std::size_t v) const {
    Subject out;
    const VerbGroup& g = ch_.verbs[v];
    std::size_t e = skip_adverbs_left(g.begin);
    if (e > 0 && wh(e - 1)) return antecedent(e - 1);
    // "'s" glued to the wh-word ("who's leading") is part of the group already.
    for (int skips = 0; skips < 2 && e > 0 && comma_or_dash(e - 1); ++skips) {
      // A parenthetical before the verb: ", a spokesman for X,", ", who ...,".
      std::size_t o = e - 1;
      std::size_t j = o;
      bool found = false;
      while (j > 0) {
        --j;
        if (comma_or_dash(j)) {
          found = true;
          break;
        }
        if (tk_[j].norm == "''" || tk_[j].tag == Penn::close_quote ||
            tk_[j].tag == Penn::open_quote)
          break;
      }
      if (!found || j + 1 >= o) break;
      // ", as well as officials from Z," continues a list; it is no parenthetical.
      if (is(j + 1, "and") || is(j + 1, "or") || (is(j + 1, "as") && is(j + 2, "well")) ||
          ((is(j + 1, "along") || is(j + 1, "together")) && is(j + 2, "with")))
        break;
      // A segment that opens with a name is the subject itself, in apposition
      // to a description before it ("the U.S. ambassador, George A. Krol, will").
      const std::size_t first = j + 1;
      const Mention* fm = mention_at_[first];
      const bool possessive =
          ch_.noun_at[first] != kNoToken && ch_.nouns[ch_.noun_at[first]].possessor_end != kNoToken;
      if (fm && fm->token_begin == first && fm->kind == MentionKind::name && !possessive) {
        e = o;
        break;
      }
      e = j;
      // A description in apposition before this one ("X, the Russian envoy to Syria, who ...").
      if (e > 0 && ch_.noun_at[e - 1] != kNoToken) {
        std::size_t b = e;
        while (b > 0 && (ch_.noun_at[b - 1] != kNoToken || tk_[b - 1].tag == Penn::IN ||
                         tk_[b - 1].tag == Penn::TO))
          --b;
        if (b > 0 && comma_or_dash(b - 1) && b < e &&
            (tk_[b].tag == Penn::DT || tk_[b].tag == Penn::PRP_poss) &&
            ch_.noun_at[b] != kNoToken && !mention_at_[ch_.nouns[ch_.noun_at[b]].head])
          e = b - 1;
      }
    }
    if (e > 0 && comma_or_dash(e - 1)) --e;  // "X and Y, as well as Z, have gathered"
    ListArg list = read_left(e);
    if (list.empty()) {
      // No referent right before the verb: maybe the head of the phrase has one
      // ("X of the Y movement attends"): climb below.
      if (e == 0 || ch_.noun_at[e - 1] == kNoToken) return out;
      list.begin = ch_.nouns[ch_.noun_at[e - 1]].begin;
    }
    // "X (C) of the Y group attends", "The cease-fire in Syria was brokered": the
    // subject is the head before the preposition, not its object.
    // "... of the Jaish al-Islam (Army of Islam) rebel group attends": a name with
    // its parenthesised alias and a trailing description is one phrase.
    while (list.begin >= 2 && tk_[list.begin - 1].norm == ")") {
      std::size_t o = list.begin - 1;
      while (o > 0 && tk_[o].norm != "(") --o;
      if (o == 0 || ch_.noun_at[o - 1] == kNoToken) break;
      list.begin = ch_.nouns[ch_.noun_at[o - 1]].begin;
    }
    if (list.begin >= 2 &&
        (tk_[list.begin - 1].tag == Penn::IN || tk_[list.begin - 1].tag == Penn::TO) &&
        !is(list.begin - 1, "that") && !is(list.begin - 1, "because") &&
        !is(list.begin - 1, "if") && !is(list.begin - 1, "while") && !is(list.begin - 1, "after") &&
        !is(list.begin - 1, "before") && !is(list.begin - 1, "as") &&
        !is(list.begin - 1, "since") && !is(list.begin - 1, "although") &&
        !is(list.begin - 1, "whether") && !is(list.begin - 1, "with")) {
      std::size_t h = list.begin - 1;
      if (h > 0 && tk_[h - 1].norm == ")") {
        while (h > 0 && tk_[h - 1].norm != "(") --h;
        if (h > 0) --h;
      }
      if (h > 0 && ch_.noun_at[h - 1] != kNoToken) {
        ListArg head = read_left(h);
        if (head.empty()) return out;  // "the first session of the talks began": not the talks
        out.refs = head.refs();
        out.begin = head.begin;
        return out;
      }
    }
    if (list.empty()) return out;
    out.refs = list.refs();
    out.begin = list.begin;
    out.proxied =
        std::all_of(list.units.begin(), list.units.end(), [](const Unit& u) { return u.proxied; });
    return out;
  }

  // The first list after `from`, skipping adverbs.
  ListArg object_after(std::size_t from) const {
    std::size_t k = from;
    while (k < tk_.size() && (tk_[k].tag == Penn::RB || tk_[k].tag == Penn::RP)) ++k;
    if (k >= tk_.size() || ch_.noun_at[k] == kNoToken || k >= limit_) return {};
    return read_right(k, true, 0, limit_);
  }

  // Finds preposition `prep` after token `from` in the same clause (no comma,
  // no verb, no clause marker in between) and reads the list after it.
  ListArg object_after_prep(std::size_t from, std::string_view prep,
                            std::size_t* at = nullptr) const {
    for (std::size_t k = from; k < tk_.size(); ++k) {
      const auto w = low(k);
      if (w == prep) {
        if (at) *at = k;
        return object_after(k + 1);
      }
      if (w == "," || w == ";" || w == ":" || ch_.verb_at[k] != kNoToken || wh(k) ||
          tk_[k].tag == Penn::open_quote || tk_[k].tag == Penn::close_quote || w == "." ||
          w == "but")
        return {};
      // A time adjunct opens another event's phrase: "arrived home after her release
      // by X in a prisoner swap" -- the swap is not where she arrived.
      if (k > from && (w == "after" || w == "before" || w == "since" || w == "until" ||
                       w == "following" || w == "amid" || w == "despite"))
        return {};
    }
    return {};
  }

  // ---- emitting --------------------------------------------------------

  void emit(const Ref& source, const RelationDef& def, const Ref& target, std::size_t b,
            std::size_t e, const std::string& rule, double confidence, const char* why) {
    emit_type(source, def.type, def.symmetric, target, b, e, rule, confidence, why);
  }

  // A capital read as the city ("threats from Washington", "sanctions on Moscow",
  // "accused Moscow of") where the relation needs an actor stands for its government:
  // a city neither threatens nor is accused. The lexicon's capitals say which cities.
  Ref capital_as_state(const Ref& r) const {
    if (r.type != EntityType::location || !r.mention || r.mention->country.empty() || !lexicon_)
      return r;
    const auto matches = lexicon_->lookup(r.mention->text);
    if (std::any_of(matches.begin(), matches.end(),
                    [](const LexiconMatch& m) { return m.kind == LexiconMatch::Kind::capital; }))
      return Ref{r.mention->country, EntityType::country, r.mention};
    return r;
  }

  // Returns the key of the edge it stored, or nothing.
  std::optional<Key> emit_type(const Ref& source_in, const std::string& type, bool symmetric,
                               const Ref& target_in, std::size_t b, std::size_t e,
                               const std::string& rule, double confidence, const char* why) {
    const Ref source = capital_as_state(source_in);
    // (an attack on a capital is an attack on the city; a visit to it is a trip there)
    const bool city_target = type == "attacks" || type == "located_in" || type == "meets";
    const Ref target = city_target ? target_in : capital_as_state(target_in);
    if (source.id.empty() || target.id.empty() || source.id == target.id) return std::nullopt;
    if (!types_fit(type, source.type, target.type)) return std::nullopt;
    if (e <= b || e > tk_.size()) return std::nullopt;
    // A country and its own government are one actor: "Ruritanian-led forces" of the
    // Ruritanian government say nothing of who leads or belongs to whom.
    if ((type == "leads" || type == "member_of") && source.type == EntityType::country &&
        target.type == EntityType::government && target.mention &&
        target.mention->country == source.id)
      return std::nullopt;
    std::string from(source.id);
    std::string to(target.id);
    if (symmetric && to < from) std::swap(from, to);
    Evidence ev;
    ev.document = doc_.id;
    ev.sentence = index_;
    ev.start = tk_[b].begin;
    ev.end = tk_[e - 1].end;
    if (s_.end <= doc_.text.size() && s_.begin <= s_.end)
      ev.text = doc_.text.substr(s_.begin, s_.end - s_.begin);
    ev.rule = why ? rule + ":" + why : rule;
    ev.date = doc_.date;
    ev.confidence = in_quote_[b] ? confidence * 0.85 : confidence;
    auto& bucket = why ? out_.unasserted : out_.asserted;
    Key key{from, type, to};
    auto [it, inserted] = bucket.try_emplace(key);
    if (inserted) {
      it->second.source = from;
      it->second.type = type;
      it->second.target = to;
    }
    it->second.evidence.insert(std::move(ev));
    return key;
  }

  // A verb group negated only by a refusal ("refused/declined to attend"), with no
  // negation of its own ("did not refuse to").
  bool refusal(const VerbGroup& g) const {
    bool refused = false;
    for (std::size_t k = g.begin; k < g.main && k < tk_.size(); ++k) {
      const auto l = std::string_view(tk_[k].lemma);
      if (l == "refuse" || l == "decline" || l == "boycott") refused = true;
      if (is(k, "not") || is(k, "n't") || is(k, "never")) return false;
    }
    if (refused) return true;
    // The chunker may keep the catenative outside the group: look just before it.
    for (std::size_t k = g.begin; k-- > 0 && k + 4 > g.begin;) {
      const auto l = std::string_view(tk_[k].lemma);
      if (l == "refuse" || l == "decline")
        return !(k > 0 && (is(k - 1, "not") || is(k - 1, "n't")));
    }
    return false;
  }

  static const char* why_of(const VerbGroup& g) {
    if (g.negated) return "negated";
    return modality_reason(g.modality);
  }

  // ---- verb rules ------------------------------------------------------

  // Does entry `e` match after verb group `g`? Returns the token after the
  // matched words (or g.end when rest is empty); `possessor` gets a possessive
  // mention found between ("seek his ouster").
  bool match_rest(const VerbGroup& g, const VerbEntry& e, std::size_t& after, std::string& prep,
                  const Mention*& possessor, std::size_t& noun_at) const {
    after = g.end;
    prep.clear();
    possessor = nullptr;
    noun_at = kNoToken;
    std::size_t k = g.end;
    for (std::size_t r = 0; r < e.rest.size(); ++r) {
      const auto& word = e.rest[r];
      const bool last = r + 1 == e.rest.size();
      if (last && in(kPrepositions, word)) {
        prep = word;
        after = k;
        return true;
      }
      // Allow determiners, possessives and adjectives between ("held direct talks with").
      std::size_t skipped = 0;
      while (k < tk_.size() && skipped < 3 &&
             (tk_[k].tag == Penn::DT || tk_[k].tag == Penn::PRP_poss || tk_[k].adj() ||
              tk_[k].tag == Penn::POS ||
              (mention_at_[k] && tk_[k].tag != Penn::RP && !is(k, word)))) {
        if (tk_[k].tag == Penn::PRP_poss || tk_[k].tag == Penn::POS || mention_at_[k]) {
          if (mention_at_[k]) possessor = mention_at_[k];
        }
        ++k;
        ++skipped;
      }
      if (k >= tk_.size()) return false;
      if (low(k) != word && tk_[k].lemma != word) return false;
      if (!last) {
        ++k;
        continue;
      }
      noun_at = k;
      after = k + 1;
    }
    return true;
  }

  // "a truce in Bolivia sponsored by X": a participle after an event's place phrase
  // modifies the event, not the place.
  void event_before_place(Subject& subject) const {
    const std::size_t b = subject.begin;
    if (b < 2 || !(is(b - 1, "in") || is(b - 1, "at")) || subject.refs.empty()) return;
    if (std::any_of(subject.refs.begin(), subject.refs.end(), [](const Ref& r) {
          return r.type != EntityType::location && r.type != EntityType::country;
        }))
      return;
    if (ch_.noun_at[b - 2] == kNoToken) return;
    const NounGroup& g = ch_.nouns[ch_.noun_at[b - 2]];
    const Mention* em = mention_at_[g.head];
    if (!em || em->type != EntityType::event || em->entity.empty()) return;
    subject.refs = {{em->entity, em->type, em}};
    subject.begin = g.begin;
  }

  // "a truce sponsored by Washington and Moscow": a capital as the agent of what is
  // done to an event stands for its government.
  void capitals_as_governments(std::vector<Ref>& refs) const {
    for (auto& r : refs) r = capital_as_state(r);
  }

  void verb_rules(std::size_t v) {
    const VerbGroup& g = ch_.verbs[v];
    // Objects stay inside the verb's clause: "Russia, which backs X, and Turkey" is not "backs
    // Turkey".
    const Clause& own = ch_.clauses[ch_.clause_of(g.main)];
    limit_ = own.kind == ClauseKind::main ? kNoToken : own.end;
    struct Reset {
      std::size_t& l;
      ~Reset() { l = kNoToken; }
    } reset{limit_};
    if (g.infinitive) return;  // purpose and control infinitives: too ambiguous
    reciprocal_rule(v);
    auto found = triggers_.verbs.find(g.lemma);
    if (found == triggers_.verbs.end() && g.lemma.size() > 2)
      found = triggers_.verbs.find(g.lemma + "e");  // "shar(ing)" -> "share"
    if (found == triggers_.verbs.end()) return;
    const char* why = why_of(g);

    // Whose clause is it? Participles after a noun: that noun (reduced
    // relative, absolute "with X supporting Y").
    Subject subject;
    std::string base_rule = "svo";
    if (g.participle) {
      std::size_t e = g.begin;
      if (e > 0 && comma_or_dash(e - 1) && tk_[g.main].tag == Penn::VBN) --e;
      ListArg before = read_left(e);
      if (before.empty()) return;
      // A location right before a participle is a place, not an agent ("in Astana leading ...").
      subject.refs = before.units.back().refs;
      subject.begin = before.units.back().begin;
      event_before_place(subject);
      if (std::any_of(subject.refs.begin(), subject.refs.end(),
                      [](const Ref& r) { return r.type == EntityType::location; }))
        return;
      const bool absolute = std::any_of(ch_.clauses.begin(), ch_.clauses.end(),
                                        [&](const Clause& c) {
                                          return c.kind == ClauseKind::absolute &&
                                                 c.begin < g.begin && g.begin < c.end;
                                        }) &&
                            subject.begin > 0 &&
                            (is(subject.begin - 1, "with") || is(subject.begin - 1, "and"));
      base_rule = absolute ? "absolute-with" : "reduced-relative";
      if (tk_[g.main].tag == Penn::VBN) {
        // "talks brokered by X": the noun is the target, the by-agent the source.
        std::size_t k = g.end;
        while (k < tk_.size() && tk_[k].tag == Penn::RB) ++k;
        if (!is(k, "by")) return;
        // The verb after the agent list is the main clause's ("talks brokered by X and Y resumed").
        std::size_t a = k + 1;
        while (a < tk_.size() && tk_[a].tag == Penn::RB) ++a;
        if (a >= tk_.size() || ch_.noun_at[a] == kNoToken || ch_.nouns[ch_.noun_at[a]].begin != a)
          return;
        ListArg agent = read_right(a, false);
        if (agent.empty()) return;
        auto agents = agent.refs();
        if (std::any_of(subject.refs.begin(), subject.refs.end(),
                        [](const Ref& r) { return is_event(r.type); }))
          capitals_as_governments(agents);
        // "the Ruritanian delegation, headed by X": X represents Ruritania.
        apply(found->second, g, agents, subject.refs, std::min(subject.begin, g.begin), agent.end,
              base_rule, 0.85, why, true, false, before.units.back().collective);
        return;
      }
    } else {
      subject = subject_of(v);
      if (!subject.rule.empty()) base_rule = subject.rule;
      if (ch_.clauses[ch_.clause_of(g.begin)].kind == ClauseKind::absolute)
        base_rule = "absolute-with";
    }

    if (g.voice == Voice::passive) {
      std::size_t k = g.end;
      while (k < tk_.size() && tk_[k].tag == Penn::RB) ++k;
      std::size_t by = kNoToken;
      if (is(k, "by"))
        by = k;
      else if (k < tk_.size() && tk_[k].tag == Penn::IN && !is(k, "by")) {
        // One prepositional phrase before the agent: "was signed in Oslo by".
        std::size_t j = k + 1;
        if (j < tk_.size() && ch_.noun_at[j] != kNoToken) j = ch_.nouns[ch_.noun_at[j]].end;
        if (is(j, "by")) by = j;
      }
      if (by == kNoToken || subject.refs.empty()) return;
      ListArg agent = object_after(by + 1);
      if (agent.empty()) return;
      apply(found->second, g, agent.refs(), subject.refs, std::min(subject.begin, g.begin),
            agent.end, base_rule == "svo" ? "passive-by" : base_rule, 0.85, why, true);
      return;
    }
    if (subject.refs.empty()) return;
    apply(found->second, g, subject.refs, {}, std::min(subject.begin, g.begin), g.end, base_rule,
          base_rule == "svo" ? 0.9 : 0.85, why, false, subject.proxied);
  }

  // "X and Y traded threats/accusations": a reciprocal light verb whose object noun
  // follows within the verb's phrase ("traded insults and threats"); every two subjects,
  // each way.
  void reciprocal_rule(std::size_t v) {
    const VerbGroup& g = ch_.verbs[v];
    if (g.voice != Voice::active || g.participle) return;
    const auto rec = triggers_.reciprocal.find(g.lemma);
    if (rec == triggers_.reciprocal.end()) return;
    for (const auto& [def, noun] : rec->second) {
      std::size_t e = kNoToken;
      for (std::size_t k = g.end; k < tk_.size() && k < g.end + 6; ++k) {
        if ((k > g.end && ch_.verb_at[k] != kNoToken) || tk_[k].norm == "," || tk_[k].norm == ".")
          break;
        if (tk_[k].lemma == noun || low(k) == noun) {
          e = k + 1;
          break;
        }
      }
      if (e == kNoToken) continue;
      const Subject subject = subject_of(v);
      const auto& refs = subject.refs;
      const std::size_t b = std::min(subject.begin, g.begin);
      for (std::size_t a = 0; a < refs.size(); ++a)
        for (std::size_t c = a + 1; c < refs.size(); ++c) {
          emit_type(refs[a], def->type, def->symmetric, refs[c], b, e, "reciprocal", 0.8,
                    why_of(g));
          emit_type(refs[c], def->type, def->symmetric, refs[a], b, e, "reciprocal", 0.8,
                    why_of(g));
        }
    }
  }

  // Tries each verb entry; the first that yields an edge wins. For passives
  // `sources`/`targets` are given; for actives the object is read per entry.
  void apply(const std::vector<VerbEntry>& entries, const VerbGroup& g,
             const std::vector<Ref>& sources, const std::vector<Ref>& given_targets,
             std::size_t span_b, std::size_t span_e, const std::string& rule, double confidence,
             const char* why, bool passive, bool subject_proxied = false,
             bool collective_target = false) {
    for (const auto& entry : entries) {
      std::vector<Ref> targets = given_targets;
      std::size_t end = span_e;
      bool collective_object = collective_target;
      if (passive) {
        if (!entry.rest.empty()) continue;  // "was met with": not a by-agent pattern
      } else {
        std::size_t after = g.end;
        std::string prep;
        const Mention* possessor = nullptr;
        std::size_t noun = kNoToken;
        if (!match_rest(g, entry, after, prep, possessor, noun)) continue;
        ListArg obj;
        if (!prep.empty()) {
          std::size_t at = kNoToken;
          obj = entry.rest.size() == 1 ? object_after_prep(after, prep, &at)
                                       : object_after(after + 1);
        } else if (noun != kNoToken) {
          // "seek his ouster", "on behalf of X".
          if (possessor)
            targets = refs_of(possessor);
          else if (is(after, "of"))
            obj = object_after(after + 1);
        } else {
          obj = object_after(after);
        }
        if (!obj.empty()) {
          targets = obj.refs();
          end = std::max(end, obj.end);
          collective_object = obj.units.size() == 1 && obj.units[0].collective;
        }
        // An event named after to/for/at ("sent a delegation to the talks", "travelled to Oslo for
        // the talks").
        if (entry.def->type == "attends" &&
            std::none_of(targets.begin(), targets.end(),
                         [](const Ref& r) { return is_event(r.type); })) {
          for (const char* p : {"to", "for", "at", "in"}) {
            std::size_t at = kNoToken;
            ListArg alt = object_after_prep(obj.empty() ? after : obj.end, p, &at);
            if (alt.empty()) {
              // skip over a proxy object ("a delegation") to reach the preposition
              std::size_t k = after;
              if (k < tk_.size() && ch_.noun_at[k] != kNoToken) k = ch_.nouns[ch_.noun_at[k]].end;
              alt = object_after_prep(k, p, &at);
            }
            if (!alt.empty() && std::any_of(alt.units.begin(), alt.units.end(), [](const Unit& u) {
                  return std::any_of(u.refs.begin(), u.refs.end(),
                                     [](const Ref& r) { return is_event(r.type); });
                })) {
              targets = alt.refs();
              end = std::max(end, alt.end);
              break;
            }
          }
        }
        // Agreeing to the terms of a deal is agreeing to it: "agreed to preliminary terms on
        // an aid package", "accepted a plan for the truce" -- the event right after the
        // object noun, by on/of/for.
        if (entry.def->type == "signs" && targets.empty() && obj.empty()) {
          const std::size_t k = prep.empty() ? after : after + 1;
          if (k < tk_.size() && ch_.noun_at[k] != kNoToken) {
            const NounGroup& ng = ch_.nouns[ch_.noun_at[k]];
            const std::size_t p = ng.end;
            if (ng.begin == k && !mention_at_[ng.head] &&
                (is(p, "on") || is(p, "of") || is(p, "for"))) {
              ListArg ev = object_after(p + 1);
              for (const auto& r : ev.refs())
                if (is_event(r.type)) targets.push_back(r);
              if (!targets.empty()) end = std::max(end, ev.end);
            }
          }
        }
      }
      if (targets.empty()) continue;
      // "welcomed the initiative" is approval, not hosting: these host visitors only.
      if (entry.def->type == "hosts" && (g.lemma == "welcome" || g.lemma == "receive"))
        targets.erase(std::remove_if(targets.begin(), targets.end(),
                                     [](const Ref& r) { return r.type != EntityType::person; }),
                      targets.end());
      bool any = false;
      for (const auto& s : sources)
        for (const auto& t : targets) {
          if (!types_fit(entry.def->type, s.type, t.type)) continue;
          any = true;
          // Leading a country's delegation is representing the country.
          if (entry.def->type == "leads" && collective_object) {
            emit_type(s, "represents", false, t, span_b, end, rule, confidence * 0.9, why);
            // "leading Russia's delegation to the talks": the leader attends them.
            for (const char* p : {"to", "at", "in"}) {
              if (!is(end, p)) continue;
              ListArg ev = object_after(end + 1);
              if (const RelationDef* attends = relation_def("attends"))
                for (const auto& r : ev.refs())
                  if (is_event(r.type))
                    emit(s, *attends, r, span_b, ev.end, rule, confidence * 0.85, why);
            }
            continue;
          }
          if (t.mention && t.mention->kind == MentionKind::nominal &&
              titled_.count({std::string(s.id), entry.def->type}))
            continue;
          emit(s, *entry.def, t, span_b, end, rule, subject_proxied ? confidence * 0.9 : confidence,
               why);
          // Refusing to attend or join is a boycott: "X refused to attend the talks" is
          // X rejects the talks (asserted), beside the negated attends.
          if (why && std::string_view(why) == "negated" && entry.def->type == "attends" &&
              refusal(g))
            emit_type(s, "rejects", false, t, span_b, end, rule + "-refusal", confidence * 0.9,
                      nullptr);
        }
      if (any) return;
    }
  }

  // ---- nominal rules ----------------------------------------------------

  // The role noun in tokens [b, e): the last relation noun, as (first token, entry).
  std::pair<std::size_t, const NounEntry*> role_noun(std::size_t b, std::size_t e,
                                                     std::size_t* end_tok) const {
    for (std::size_t k = e; k-- > b;) {
      for (std::size_t w = std::min(triggers_.max_noun_words, k + 1 - b); w >= 1; --w) {
        std::string phrase;
        for (std::size_t j = k + 1 - w; j <= k; ++j) {
          if (!phrase.empty()) phrase += ' ';
          phrase += (j == k) ? tk_[j].lemma : low(j);
        }
        auto it = triggers_.nouns.find(phrase);
        if (it == triggers_.nouns.end() && w == 1) it = triggers_.nouns.find(low(k));
        if (it != triggers_.nouns.end()) {
          // "chief negotiator", "lead negotiator": the head of a delegation, who
          // represents the principal rather than leading it.
          if (w > 1 &&
              (low(k + 1 - w) == "chief" || low(k + 1 - w) == "lead" || low(k + 1 - w) == "head")) {
            if (auto single = triggers_.nouns.find(tk_[k].lemma); single != triggers_.nouns.end()) {
              if (end_tok) *end_tok = k + 1;
              return {k, &single->second.front()};
            }
          }
          if (end_tok) *end_tok = k + 1;
          return {k + 1 - w, &it->second.front()};
        }
        if (w == 1) break;
      }
    }
    return {kNoToken, nullptr};
  }

  // "an expert on missiles at the Y Institute", "an expert on Chile at Y": the topic
  // stands between the role noun ending at k and "at"; the "at" (or k).
  std::size_t at_after_topic(std::size_t k, std::size_t e) const {
    if (!is(k, "on") && !is(k, "in")) return k;
    for (std::size_t j = k + 1; j < e && j < k + 6; ++j) {
      if (is(j, "at")) return j;
      if (actor_at_[j] ? actor_at_[j]->type == EntityType::organization
                       : !(tk_[j].noun() || tk_[j].adj() || tk_[j].tag == Penn::DT))
        break;
    }
    return k;
  }

  // "X, a Ruritania expert at the Y Institute": any person role noun of the lexicon
  // (expert, analyst) heading the description, then "at" an organisation, is
  // membership of that organisation; the premodifier is the topic, not a principal.
  void workplace(const Mention& head, std::size_t b, std::size_t head_end, std::size_t e,
                 const std::string& rule, double confidence) {
    if (!lexicon_ || head.type != EntityType::person || head_end <= b || head_end >= e ||
        !tk_[head_end - 1].noun() || tk_[head_end - 1].tag == Penn::NNS)
      return;
    const std::size_t at = at_after_topic(head_end, e);
    if (!is(at, "at")) return;
    const RoleNoun* role = lexicon_->find_role(tk_[head_end - 1].lemma);
    if (!role || role->refers_to != EntityType::person) return;
    for (std::size_t j = b; j < head_end; ++j)
      if (low(j) == "former" || low(j) == "ex") return;
    for (std::size_t j = at + 1; j < e && j < at + 8; ++j) {
      const Mention* pm = actor_at_[j];
      if (!pm || pm == &head) continue;
      if (pm->type != EntityType::organization) return;
      for (const auto& p : refs_of(pm))
        emit_type({head.entity, head.type, &head}, "member_of", false, p,
                  std::min(b, head.token_begin), std::max(e, head.token_end),
                  rule == "nominal-premod" ? rule : "nominal-of", confidence, nullptr);
      return;
    }
  }

  // "X, a National Weather Service meteorologist", "a Quarnby University law professor":
  // any person role noun of the lexicon heading the description, after an
  // organisation's name and at most two nouns, is membership of it.
  void body_before_role(const Mention& head, std::size_t b, std::size_t head_end,
                        const std::string& rule, double confidence) {
    if (!lexicon_ || head.type != EntityType::person || head_end < b + 2 ||
        tk_[head_end - 1].tag != Penn::NN)
      return;
    const RoleNoun* role = lexicon_->find_role(tk_[head_end - 1].lemma);
    if (!role || role->refers_to != EntityType::person) return;
    for (std::size_t j = b; j < head_end; ++j)
      if (low(j) == "former" || low(j) == "ex" || low(j) == "retired") return;
    std::size_t k = head_end - 1;
    for (std::size_t nouns = 0; k > b && nouns < 2 && !actor_at_[k - 1] && tk_[k - 1].noun();
         ++nouns)
      --k;
    const Mention* body = k > b ? actor_at_[k - 1] : nullptr;
    if (!body || body == &head || body->token_end != k || body->type != EntityType::organization ||
        body->kind != MentionKind::name)
      return;
    for (const auto& p : refs_of(body))
      emit_type({head.entity, head.type, &head}, "member_of", false, p,
                std::min(b, head.token_begin), std::max(head_end, head.token_end),
                rule == "nominal-premod" ? rule : "apposition", confidence * 0.9, nullptr);
  }

  // "Boston University's Pat Quell", "Hamas's X": an organisation's possessive right
  // before a person's name, with no title between, names one of its people.
  void possessed_name(const Mention& head, std::size_t b, std::size_t e, double confidence) {
    if (head.type != EntityType::person || head.kind != MentionKind::name ||
        e != head.token_begin || e < b + 2 || tk_[e - 1].tag != Penn::POS)
      return;
    const Mention* owner = actor_at_[e - 2];
    if (!owner || owner == &head || owner->token_end != e - 1 || owner->token_begin < b ||
        owner->kind != MentionKind::name ||
        (owner->type != EntityType::organization && owner->type != EntityType::armed_group))
      return;
    // Only a determiner may stand before the owner: "the Union's X".
    for (std::size_t j = b; j < owner->token_begin; ++j)
      if (tk_[j].tag != Penn::DT) return;
    for (const auto& p : refs_of(owner))
      emit_type({head.entity, head.type, &head}, "member_of", false, p, b, head.token_end,
                "possessive-role", confidence * 0.9, nullptr);
  }

  // A title stretch [b, e) before or in apposition to a head mention: find the
  // role noun and its principal, and emit head -> principal.
  void title_rule(const Mention& head, std::size_t b, std::size_t e,
                  const std::string& rule_if_premod, double confidence) {
    std::size_t role_end = kNoToken;
    // The role is the head of the description, before its first preposition:
    // "a member of the opposition delegation" is a member, not a delegation.
    std::size_t head_end = e;
    for (std::size_t j = b + 1; j < e; ++j)
      if ((is(j, "of") || is(j, "for") || is(j, "to") || is(j, "from") || is(j, "in") ||
           is(j, "at") || is(j, "on")) &&
          // "the Union of Teachers spokesman X": the name's own "of" ends no description.
          !(actor_at_[j] && actor_at_[j]->token_begin < j && actor_at_[j]->token_end > j + 1)) {
        head_end = j;
        break;
      }
    auto [role_at, entry] = role_noun(b, head_end, &role_end);
    if (!entry) {
      workplace(head, b, head_end, e, rule_if_premod, confidence);
      body_before_role(head, b, head_end, rule_if_premod, confidence);
      possessed_name(head, b, e, confidence);
      // "under the auspices of U.N. Secretary-General X": the title before the name
      // comes after the preposition.
      if (e == head.token_begin && head_end + 1 < e)
        title_rule(head, head_end + 1, e, rule_if_premod, confidence);
      return;
    }
    const RelationDef& def = *entry->def;
    std::string type = def.type;
    // A plural title before one name is shared out ("Chilean and Peruvian presidents
    // Ruiz and Pardo"): the respective rule reads it, this one would pair wrongly.
    if (head.type == EntityType::person && tk_[role_end - 1].tag == Penn::NNS) return;
    const bool person_relation = type == "member_of" || type == "represents" || type == "leads";
    if (person_relation && head.type != EntityType::person) return;
    std::string role_phrase;
    for (std::size_t j = role_at; j < role_end; ++j) {
      if (j > role_at) role_phrase += ' ';
      role_phrase += low(j);
    }
    // Former holders hold nothing; deputies are members, not leaders.
    for (std::size_t j = b; j < role_at; ++j) {
      const auto w = low(j);
      if (w == "former" || w == "ex" || w == "late" || w == "then") return;
      if ((w == "deputy" || w == "vice" || w == "assistant" || w == "acting") && type == "leads")
        type = "member_of";
    }
    if (role_phrase.find("vice") == 0 || role_phrase.find("deputy") == 0) {
      if (type == "leads") type = "member_of";
    }
    // "President X told Peruvian counterpart Y": a counterpart holds the office of the
    // titled person named before him in the sentence, so a leader's counterpart leads.
    if (role_phrase == "counterpart" && type == "member_of")
      for (std::size_t j = std::min(b, head.token_begin); j-- > 0;)
        if (const Mention* other = actor_at_[j];
            other && other != &head && other->type == EntityType::person &&
            other->entity != head.entity && other->kind == MentionKind::name) {
          if (titled_.count({other->entity, "leads"})) type = "leads";
          break;
        }
    std::vector<Ref> principal;
    std::string rule = rule_if_premod;
    std::size_t span_b = b;
    // "X, Russian President Y": the role titles the next name, not X.
    if (rule_if_premod != "nominal-premod" && role_end < e && actor_at_[role_end] &&
        actor_at_[role_end] != &head && actor_at_[role_end]->type == EntityType::person &&
        actor_at_[role_end]->token_begin == role_end)
      return;
    // Premodifier or possessor: the leftmost actor mention before the role noun, but
    // not a place (a dateline "LIMA Peruvian pilot X") nor one inside a hyphenated
    // compound ("the Moscow-backed Ukrainian leader": Moscow backs him, Ukraine is
    // his principal).
    for (std::size_t j = b; j < role_at && principal.empty(); ++j)
      if (const Mention* m = actor_at_[j];
          m && m != &head && m->token_end <= role_at && m->type != EntityType::location &&
          m->type != EntityType::event &&
          !(m->end < doc_.text.size() && doc_.text[m->end] == '-')) {
        principal = refs_of(m);
        // "the Smith administration's adviser": a leader's government is his country's.
        if (m->type == EntityType::person) {
          const RoleNoun* gov =
              m->token_end < role_at && lexicon_ ? lexicon_->find_role(low(m->token_end)) : nullptr;
          const LexiconActor* who = gov && gov->refers_to == EntityType::government
                                        ? lexicon_->find_actor(m->entity)
                                        : nullptr;
          if (who && !who->country.empty())
            if (const LexiconActor* state = lexicon_->find_actor(who->country))
              principal = {Ref{state->id, state->type, nullptr}};
        }
        // A head of one branch is a member of the whole: "Ruritania's army chief",
        // "the League's trade policy chief" lead the army or the trade policy.
        for (std::size_t k = m->token_end; k < role_at && type == "leads"; ++k)
          if ((tk_[k].tag == Penn::NN || tk_[k].tag == Penn::NNS) && !actor_at_[k])
            type = "member_of";
      }
    const bool posting = in(kPosting, role_phrase) || in(kPosting, tk_[role_end - 1].lemma);
    // States send ambassadors; an organisation before "ambassador" is where one is
    // accredited ("Ruritania's NATO ambassador"), not whom he represents.
    if (tk_[role_end - 1].lemma == "ambassador" && !principal.empty() &&
        principal.front().type == EntityType::organization)
      return;
    // "a fellow at the X Institute": a member's workplace, an organisation only
    // ("an officer at the border" is no membership).
    const std::size_t at = type == "member_of" ? at_after_topic(role_end, e) : role_end;
    const bool at_work = type == "member_of" && is(at, "at");
    if (principal.empty() && !posting && role_end < e &&
        (is(role_end, "of") || is(role_end, "for") || at_work)) {
      // The first actor named after "of/for/at", within the title stretch.
      const std::size_t from = at_work ? at : role_end;
      for (std::size_t j = from + 1; j < e && j < from + 8 && principal.empty(); ++j) {
        const Mention* pm = actor_at_[j];
        if (!pm || pm == &head || pm->entity == head.entity) continue;
        if (pm->type == EntityType::event || pm->type == EntityType::location) break;
        if (at_work && pm->type != EntityType::organization) break;
        principal = refs_of(pm);
        rule = "nominal-of";
      }
    }
    // "Foreign Minister X" with no state named: an official's title the lexicon
    // gives him is held in his country. Members only: a leader's title may be of an
    // organisation ("Secretary-General"), not of his country.
    std::string stretch;
    for (std::size_t j = b; j < role_end; ++j) stretch += std::string(low(j)) + ' ';
    if (principal.empty() && type == "member_of" && lexicon_ && head.kind == MentionKind::name)
      if (const LexiconActor* who = lexicon_->find_actor(head.entity); who && !who->country.empty())
        for (const auto& title : who->titles)
          if (const auto t = ' ' + lower(title) + ' ';
              stretch.size() + 1 >= t.size() && (' ' + stretch).ends_with(t)) {
            if (const LexiconActor* state = lexicon_->find_actor(who->country))
              principal = {Ref{state->id, state->type, nullptr}};
            break;
          }
    if (principal.empty()) return;
    for (const auto& p : principal) {
      std::string t = type;
      const RelationDef* d = nullptr;
      (void)d;
      Ref h{head.entity, head.type, &head};
      const bool sym = t == def.type ? def.symmetric : false;
      titled_.insert({head.entity, t});
      emit_type(h, t, sym, p, std::min(span_b, head.token_begin), std::max(e, head.token_end), rule,
                confidence, nullptr);
    }
  }

  void nominal_rules() {
    const std::size_t n = tk_.size();
    for (const Mention* mp : mentions_) {
      const Mention& m = *mp;
      if (m.entity.empty() || !is_actor(m.type) || m.kind == MentionKind::pronoun) continue;
      if (m.token_end > n) continue;
      // (a) Title before the name in the same noun group: "UN envoy X",
      //     "opposition supporter Turkey", "Kazakhstan's Foreign Minister X",
      //     "UN Special Envoy for Syria X", "the President of Kazakhstan X".
      {
        std::size_t b = m.token_begin;
        while (b > 0) {
          const Penn p = tk_[b - 1].tag;
          const auto w = low(b - 1);
          if (is_noun(p) || is_adj(p) || p == Penn::POS || p == Penn::CD ||
              ((w == "of" || w == "for" || w == "to") && b >= 2 && tk_[b - 2].noun())) {
            --b;
            continue;
          }
          break;
        }
        if (b < m.token_begin) {
          std::string rule = "nominal-premod";
          for (std::size_t j = b; j < m.token_begin; ++j)
            if (tk_[j].tag == Penn::POS) rule = "possessive-role";
          title_rule(m, b, m.token_begin, rule, 0.8);
        }
      }
      // (b) Apposition after the name: "X, a spokesman for Y,", "X, Russia's main negotiator,".
      // Not the next member of a list ("in X, Y and Z against allies of W": Y is no
      // description of X).
      auto list_member = [&](std::size_t b) {
        const Mention* next = b < n ? actor_at_[b] : nullptr;
        if (!next || next->kind != MentionKind::name || next->token_begin != b) return false;
        const std::size_t after = next->token_end;
        return after < n && (is(after, "and") || is(after, "or") || tk_[after].norm == ",");
      };
      if (m.token_end + 1 < n && tk_[m.token_end].norm == "," && !list_member(m.token_end + 1)) {
        std::size_t b = m.token_end + 1;
        std::size_t e = b;
        // A participle before a noun describes it ("the newly appointed adviser"):
        // part of the description, not a verb ending it.
        // The tagger reads "the administration's newly appointed adviser" as "is newly
        // appointed": a "'s" right after a noun inside the description is its possessive.
        auto attributive = [&](std::size_t k) {
          if (k <= b || k + 1 >= n) return false;
          if (low(k) == "'s" && tk_[k - 1].noun()) return true;
          std::size_t j = k;
          bool participle = false;
          for (; j < n && (tk_[j].tag == Penn::RB || tk_[j].tag == Penn::VBN); ++j)
            participle = participle || tk_[j].tag == Penn::VBN;
          return participle && j < n && tk_[j].noun();
        };
        while (e < n && !comma_or_dash(e) && tk_[e].norm != ";" &&
               tk_[e].tag != Penn::close_quote && (ch_.verb_at[e] == kNoToken || attributive(e)) &&
               !wh(e) && tk_[e].norm != ".")
          ++e;
        // Only a noun phrase, ended by a comma/dash or the sentence's end; or by the
        // verb when the closing comma is missing ("X, chairman of the Y told"), if the
        // description opens with a bare singular role noun, not a name or a list.
        bool unclosed = e < n && e > b + 2 && ch_.verb_at[e] != kNoToken &&
                        tk_[b].tag == Penn::NN && !actor_at_[b];
        for (std::size_t j = b; j < e && unclosed; ++j)
          if (is(j, "and") || is(j, "or")) unclosed = false;
        if (e > b && ch_.noun_at[b] != kNoToken &&
            (e == n || comma_or_dash(e) || tk_[e].norm == "." || tk_[e].tag == Penn::close_quote ||
             wh(e) || unclosed)) {
          std::string rule = "apposition";
          for (std::size_t j = b; j < e; ++j)
            if (tk_[j].tag == Penn::POS) rule = "possessive-role";
          title_rule(m, b, e, rule, 0.8);
          // A plural description after a list describes every member of it ("X and Y,
          // Z's arch-foes,"): the earlier conjuncts get the same relation.
          const std::size_t gi = ch_.noun_at[b];
          const bool plural = gi < ch_.nouns.size() && ch_.nouns[gi].head < n &&
                              (tk_[ch_.nouns[gi].head].tag == Penn::NNS ||
                               tk_[ch_.nouns[gi].head].tag == Penn::NNPS);
          for (std::size_t k = m.token_begin; plural && k >= 2;) {
            if (!is(k - 1, "and") && tk_[k - 1].norm != ",") break;
            const Mention* prev = actor_at_[k - 2];
            if (!prev || prev->entity.empty() || prev->kind == MentionKind::pronoun ||
                prev->token_end != k - 1)
              break;
            title_rule(*prev, b, e, rule, 0.75);
            k = prev->token_begin;
          }
          // "X, diplomat in residence at Y and State Department special adviser": a
          // second description joined by "and" that opens with a name or a determiner.
          for (std::size_t j = b + 2; j + 2 < e; ++j)
            if (is(j, "and") && (tk_[j + 1].tag == Penn::DT || tk_[j + 1].tag == Penn::NNP) &&
                actor_at_[j + 1 + (tk_[j + 1].tag == Penn::DT)]) {
              title_rule(m, j + 1, e, "apposition", 0.75);
              break;
            }
        }
        // "X, who is from Y": membership.
        if (wh(b) && b + 2 < n && tk_[b + 1].lemma == "be" && is(b + 2, "from")) {
          ListArg obj = object_after(b + 3);
          if (!obj.empty() && m.type == EntityType::person)
            for (const auto& r : obj.refs())
              emit_type({m.entity, m.type, &m}, "member_of", false, r, m.token_begin, obj.end,
                        "relative-clause", 0.8, nullptr);
        }
      }
      // (b2) An organisation described as a body of another: "the IAEA, the U.N. body
      //      expected to ...", "X, the League's trade watchdog,": member of it.
      if ((m.type == EntityType::organization || m.type == EntityType::armed_group) &&
          m.kind == MentionKind::name && lexicon_ && m.token_end + 2 < n &&
          tk_[m.token_end].norm == ",") {
        std::size_t k = m.token_end + 1;
        if (tk_[k].tag == Penn::DT) ++k;
        const Mention* whole = actor_at_[k];
        if (whole && whole != &m && whole->token_begin == k &&
            whole->type == EntityType::organization && whole->entity != m.entity &&
            !(whole->end < doc_.text.size() && doc_.text[whole->end] == '-')) {
          std::size_t j = whole->token_end;
          if (j < n && tk_[j].tag == Penn::POS) ++j;
          for (std::size_t words = 0;
               j < n && words < 4 && !actor_at_[j] && (tk_[j].adj() || tk_[j].noun());
               ++j, ++words) {
            const RoleNoun* role = lexicon_->find_role(tk_[j].lemma);
            if (!role || role->refers_to != EntityType::organization || !tk_[j].noun()) continue;
            if (j + 1 < n && tk_[j + 1].noun()) continue;  // "the UN body count"
            for (const auto& r : refs_of(whole))
              emit_type({m.entity, m.type, &m}, "member_of", false, r, m.token_begin, j + 1,
                        "apposition", 0.75, nullptr);
            break;
          }
        }
      }
      // (c) Apposition before the name: "the U.S. ambassador to Kazakhstan, George A. Krol,".
      if (m.type == EntityType::person && m.token_begin >= 2 &&
          tk_[m.token_begin - 1].norm == ",") {
        std::size_t e = m.token_begin - 1;
        std::size_t b = e;
        while (b > 0 && !comma_or_dash(b - 1) && ch_.verb_at[b - 1] == kNoToken && !wh(b - 1) &&
               tk_[b - 1].tag != Penn::open_quote && tk_[b - 1].tag != Penn::close_quote &&
               !is(b - 1, "and") && !is(b - 1, "but"))
          --b;
        // "X, a staunch supporter of Y's president, NAME,": the name is the president's,
        // not the supporter's (who is X). A description whose last "of" phrase is a
        // possessed person role right before the comma describes the name by that role.
        for (std::size_t j = e; j-- > b + 1;) {
          if (!is(j, "of")) continue;
          const Mention* owner = j + 1 < e ? actor_at_[j + 1] : nullptr;
          bool agent_noun = false;
          for (const auto& p : PredicateLexicon::builtin().find(tk_[j - 1].lemma))
            if (p.pos == PredicatePos::noun && (p.relation == "backs" || p.relation == "opposes"))
              agent_noun = true;
          if (agent_noun && owner && owner->token_begin == j + 1 && owner->token_end + 1 < e &&
              tk_[owner->token_end].tag == Penn::POS && lexicon_ &&
              lexicon_->find_role(tk_[e - 1].lemma))
            b = j + 1;
          break;
        }
        // Must be a determiner-led description, and the name must be followed by a comma or verb.
        const bool closes = m.token_end < n &&
                            (tk_[m.token_end].norm == "," || ch_.verb_at[m.token_end] != kNoToken);
        // A possessor opens a description as a determiner does: "Ruritania's deputy
        // trade minister, X,".
        const bool possessed = b + 1 < e && actor_at_[b] && actor_at_[b]->token_begin == b &&
                               actor_at_[b]->token_end < e &&
                               tk_[actor_at_[b]->token_end].tag == Penn::POS;
        if (b < e && possessed && closes && !mention_at_[e - 1])
          title_rule(m, b, e, "possessive-role", 0.75);
        else if (b < e && tk_[b].tag == Penn::DT && closes && !mention_at_[e - 1])
          title_rule(m, b, e, "apposition", 0.75);
        else if (b < e && tk_[b].tag == Penn::DT && closes && mention_at_[e - 1] &&
                 mention_at_[e - 1]->type != EntityType::person)
          title_rule(m, b, e, "apposition", 0.75);
      }
      // (c2) "Iran is the Organization of the Petroleum Exporting Countries's third-largest
      //      member": a copula, a body's possessive and a person-relation noun. Read
      //      from the words, since the parser splits a name that has its own "of".
      if (m.token_end + 3 < n && tk_[m.token_end].lemma == "be" && m.type != EntityType::location &&
          m.type != EntityType::event) {
        std::size_t k = m.token_end + 1;
        if (tk_[k].tag == Penn::DT) ++k;
        const Mention* owner = k < n ? actor_at_[k] : nullptr;
        if (owner && owner != &m && owner->token_begin == k && owner->entity != m.entity &&
            owner->token_end < n && tk_[owner->token_end].tag == Penn::POS &&
            (owner->type == EntityType::organization || owner->type == EntityType::armed_group)) {
          // The description: adjectives and nouns, ending in the relation noun.
          const std::size_t from = owner->token_end + 1;
          std::size_t j = from;
          while (j < n && j < from + 4 && (tk_[j].adj() || tk_[j].noun()) && !actor_at_[j]) ++j;
          std::size_t role_end = kNoToken;
          const auto [role_at, entry] =
              j > from ? role_noun(from, j, &role_end) : std::pair<std::size_t, const NounEntry*>{};
          if (entry && role_end == j && entry->def->type == "member_of")
            for (const auto& r : refs_of(owner))
              emit_type({m.entity, m.type, &m}, "member_of", false, r, m.token_begin, j,
                        "copula-possessive", 0.8, nullptr);
        }
      }
      // (c3) "X was elected chairman of the Y Club", "X became president of Y", "X was
      //      installed as new chairman of Y": the office is X's, read as a title.
      if (m.type == EntityType::person && m.token_end + 2 < n) {
        std::size_t k = m.token_end;
        for (std::size_t aux = 0;
             k < n && aux < 2 && (tk_[k].lemma == "be" || tk_[k].lemma == "have" || is(k, "also"));
             ++aux)
          ++k;
        const auto& office = DependencyPatterns::builtin().office_verbs();
        if (k + 1 < n && tk_[k].tag != Penn::VB && tk_[k].tag != Penn::VBG &&
            std::find(office.begin(), office.end(), tk_[k].lemma) != office.end()) {
          std::size_t b = k + 1;
          if (is(b, "as")) ++b;
          std::size_t e = b;
          while (e < n && e < b + 12 && !comma_or_dash(e) && tk_[e].norm != "." &&
                 tk_[e].norm != ";" && ch_.verb_at[e] == kNoToken && !wh(e) && !is(e, "and"))
            ++e;
          if (e > b && ch_.noun_at[b] != kNoToken) title_rule(m, b, e, "apposition", 0.75);
        }
      }
      // (c4) "Iran's parliament", "Chile's Supreme Court": a body named by a country's
      //      possessive and its head noun is a body of that country ("Yemen's
      //      government" is the country's own node or its government, no member).
      if (m.type == EntityType::organization && m.kind == MentionKind::name)
        for (const Mention* c : mentions_)
          if (c != &m && c->token_begin == m.token_begin && c->token_end < m.token_end &&
              c->type == EntityType::country && c->kind == MentionKind::name &&
              c->entity != m.entity && tk_[c->token_end].tag == Penn::POS) {
            for (const auto& r : refs_of(c))
              emit_type({m.entity, m.type, &m}, "member_of", false, r, m.token_begin, m.token_end,
                        "possessive-body", 0.75, nullptr);
            break;
          }
      // (d0) "X and other members of the Y Society", "X and other leaders of Y": X is
      //      one of them.
      if (m.type == EntityType::person && m.token_end + 4 < n && is(m.token_end, "and") &&
          is(m.token_end + 1, "other") && tk_[m.token_end + 2].tag == Penn::NNS &&
          is(m.token_end + 3, "of")) {
        const auto role = triggers_.nouns.find(tk_[m.token_end + 2].lemma);
        const std::string type =
            role == triggers_.nouns.end() ? "" : role->second.front().def->type;
        ListArg obj = object_after(m.token_end + 4);
        if ((type == "member_of" || type == "leads" || type == "represents") && !obj.empty() &&
            obj.units.size() == 1)
          for (const auto& r : obj.refs())
            if (r.type == EntityType::armed_group || r.type == EntityType::organization ||
                r.type == EntityType::government || r.type == EntityType::country)
              emit_type({m.entity, m.type, &m}, type, false, r, m.token_begin, obj.end,
                        "nominal-of", 0.75, nullptr);
      }
      // (d) "X (C) of the Y rebel group": a person of a group; likewise a named
      //     group of a group: "the 'Tigris platform' of the Ruritanian opposition".
      const bool named_group = m.kind == MentionKind::name && (m.type == EntityType::organization ||
                                                               m.type == EntityType::armed_group);
      if (m.type == EntityType::person || named_group) {
        std::size_t k = m.token_end;
        if (named_group && k < n && tk_[k].tag == Penn::close_quote) ++k;
        if (k < n && tk_[k].norm == "(") {
          while (k < n && tk_[k].norm != ")") ++k;
          ++k;
        }
        if (is(k, "of")) {
          ListArg obj = object_after(k + 1);
          // "X of Quarnby University and Y of Z": the list's people are others of it.
          if (obj.units.size() > 1 &&
              std::all_of(obj.units.begin() + 1, obj.units.end(), [](const Unit& u) {
                return std::all_of(u.refs.begin(), u.refs.end(),
                                   [](const Ref& r) { return r.type == EntityType::person; });
              })) {
            obj.units.resize(1);
            obj.end = obj.units[0].end;
          }
          if (!obj.empty() && obj.units.size() == 1)
            for (const auto& r : obj.refs())
              if (r.type == EntityType::armed_group || r.type == EntityType::organization)
                emit_type({m.entity, m.type, &m}, "member_of", false, r, m.token_begin, obj.end,
                          "nominal-of", 0.75, nullptr);
        }
      }
    }
    // (r) Respective titles: "Russian and Turkish presidents Putin and Erdogan",
    //     "(Russian and Turkish presidents) Putin and Erdogan".
    for (const Mention* second : mentions_) {
      if (second->type != EntityType::person || second->entity.empty() || second->token_begin < 2)
        continue;
      const std::size_t and1 = second->token_begin - 1;
      if (!is(and1, "and")) continue;
      const Mention* first = actor_at_[and1 - 1];
      if (!first || first->type != EntityType::person || first->entity.empty() ||
          first->token_end != and1)
        continue;
      std::size_t k = first->token_begin;
      if (k > 0 && tk_[k - 1].norm == ")") --k;
      // Plural role nouns right before.
      std::size_t r = k;
      while (r > 0 &&
             (tk_[r - 1].tag == Penn::NNS || tk_[r - 1].tag == Penn::NN ||
              tk_[r - 1].tag == Penn::JJ) &&
             !actor_at_[r - 1])
        --r;
      if (r == k || tk_[k - 1].tag != Penn::NNS) continue;
      std::size_t role_end = kNoToken;
      auto [role_at, entry] = role_noun(r, k, &role_end);
      if (!entry) continue;
      // Two demonyms joined by "and" before the roles.
      if (r < 3 || !is(r - 2, "and")) continue;
      const Mention* dem2 = actor_at_[r - 1];
      const Mention* dem1 = actor_at_[r - 3];
      if (!dem1 || !dem2 || dem1->kind != MentionKind::demonym ||
          dem2->kind != MentionKind::demonym)
        continue;
      const std::string type = entry->def->type;
      if (type != "leads" && type != "member_of" && type != "represents") continue;
      emit_type({first->entity, first->type, first}, type, false, {dem1->entity, dem1->type, dem1},
                r - 3, first->token_end, "nominal-premod", 0.75, nullptr);
      emit_type({second->entity, second->type, second}, type, false,
                {dem2->entity, dem2->type, dem2}, r - 3, second->token_end, "nominal-premod", 0.75,
                nullptr);
      titled_.insert({first->entity, type});
      titled_.insert({second->entity, type});
    }
    // (e) "received the backing of X", "received an invitation from X to attend E".
    for (std::size_t v = 0; v < ch_.verbs.size(); ++v) {
      const VerbGroup& g = ch_.verbs[v];
      if (g.lemma != "receive" && g.lemma != "win" && g.lemma != "get" && g.lemma != "gain" &&
          g.lemma != "secure" && g.lemma != "enjoy" && g.lemma != "accept")
        continue;
      std::size_t k = g.end;
      while (k < n && tk_[k].tag == Penn::RB) ++k;
      if (k >= n || ch_.noun_at[k] == kNoToken) continue;
      const NounGroup& obj = ch_.nouns[ch_.noun_at[k]];
      if (!(is(obj.end, "of") || is(obj.end, "from"))) continue;
      const auto noun = tk_[obj.head].lemma;
      const RelationDef* def = nullptr;
      for (const auto& d : lexicon_relations())
        if (std::find(d->nouns.begin(), d->nouns.end(), noun) != d->nouns.end() &&
            !handled_elsewhere(d->type) && (!def || priority(d->type) < priority(def->type)))
          def = d;
      if (!def) continue;
      ListArg giver = object_after(obj.end + 1);
      Subject receiver = subject_of(v);
      if (giver.empty() || receiver.refs.empty()) continue;
      const char* why = why_of(g);
      for (const auto& gv : giver.refs())
        for (const auto& r : receiver.refs)
          emit(gv, *def, r, std::min(receiver.begin, g.begin), giver.end, "nominal-of", 0.8, why);
      // "... an invitation from X to attend E": the receiver attends E.
      std::size_t t = giver.end;
      if (def->type == "invites" && is(t, "to") && t + 1 < n && ch_.verb_at[t] != kNoToken) {
        const VerbGroup& inf = ch_.verbs[ch_.verb_at[t]];
        auto it = triggers_.verbs.find(inf.lemma);
        if (it == triggers_.verbs.end()) continue;
        for (const auto& entry : it->second) {
          if (!entry.rest.empty() || entry.def->type != "attends") continue;
          ListArg ev = object_after(inf.end);
          if (ev.empty()) continue;
          for (const auto& r : receiver.refs)
            for (const auto& e : ev.refs())
              emit(r, *entry.def, e, std::min(receiver.begin, g.begin), ev.end, "invitation-to",
                   0.6,
                   why ? why : "intended");  // invited is not yet attending
          break;
        }
      }
    }
    // (f) "thanked X for hosting E", "gratitude to X for hosting E".
    for (std::size_t v = 0; v < ch_.verbs.size(); ++v) {
      const VerbGroup& g = ch_.verbs[v];
      if (g.begin == 0 || !is(g.begin - 1, "for") || tk_[g.main].tag != Penn::VBG) continue;
      bool thanks = false;
      for (std::size_t j = 0; j + 1 < g.begin && !thanks; ++j) {
        const auto& l = tk_[j].lemma;
        thanks = l == "thank" || l == "gratitude" || l == "grateful" || l == "praise" ||
                 l == "credit" || l == "commend" || l == "congratulate" || l == "applaud" ||
                 l == "thanks";
      }
      if (!thanks) continue;
      ListArg agent = read_left(g.begin - 1);
      if (agent.empty()) continue;
      auto it = triggers_.verbs.find(g.lemma);
      if (it == triggers_.verbs.end()) continue;
      apply(it->second, g, agent.refs(true), {}, agent.units[agent.tail_from].begin, g.end,
            "thanks-for", 0.8, why_of(g), false);
    }
  }

  // ---- adjective compounds ---------------------------------------------

  void compound_rules() {
    const std::size_t n = tk_.size();
    for (std::size_t k = 0; k < n; ++k) {
      if (tk_[k].text.find('-') == std::string_view::npos) continue;
      const std::string word = lower(tk_[k].text);
      for (const auto& [suffix, def] : triggers_.suffixes) {
        if (word.size() <= suffix.size() || !word.ends_with(suffix)) continue;
        const std::size_t hyphen_byte = tk_[k].begin + (word.size() - suffix.size());
        // Sources: mentions ending at the hyphen, plus coordinated ones before ("Russian and
        // Turkish-backed").
        std::vector<Ref> sources;
        std::size_t span_b = k;
        for (const Mention* m : mentions_)
          if (m->end == hyphen_byte && m->begin >= tk_[m->token_begin].begin) {
            auto r = refs_of(m);
            sources.insert(sources.end(), r.begin(), r.end());
            span_b = std::min(span_b, m->token_begin);
          }
        // "United Nations-backed": the tokenizer split the name, so no mention ends at
        // the hyphen; the lexicon says which actor the written name is.
        if (sources.empty() && lexicon_) {
          for (std::size_t back = 0; back <= 3 && back <= k && sources.empty(); ++back) {
            const std::size_t b0 = tk_[k - back].begin;
            if (hyphen_byte <= b0 || hyphen_byte > doc_.text.size()) continue;
            const auto surface = std::string_view(doc_.text).substr(b0, hyphen_byte - b0);
            auto found = lexicon_->lookup(surface);
            if (found.size() == 1 && !found.front().actor->outlet) {
              sources.push_back({found.front().actor->id, found.front().actor->type, nullptr});
              span_b = k - back;
            }
          }
        }
        if (sources.empty()) continue;
        std::size_t j = span_b;
        while (j >= 2 && (is(j - 1, "and") || tk_[j - 1].norm == ",") && actor_at_[j - 2] &&
               actor_at_[j - 2]->kind == MentionKind::demonym && tk_[j - 2].adj()) {
          const Mention* m = actor_at_[j - 2];
          auto r = refs_of(m);
          sources.insert(sources.end(), r.begin(), r.end());
          j = m->token_begin;
          span_b = j;
        }
        // Target: the noun group the compound modifies.
        if (ch_.noun_at[k] == kNoToken) continue;
        const NounGroup& g = ch_.nouns[ch_.noun_at[k]];
        if (g.head <= k) continue;
        Unit u = unit_of(ch_.noun_at[k]);
        // A description in apposition to a name ("the Unity Council, a Peruvian-backed
        // coalition of ..."): the name is what the compound describes.
        // (not a list member: "X, a Peruvian-backed coalition and Y")
        if (u.refs.empty() && g.begin >= 2 && tk_[g.begin - 1].norm == "," &&
            !(g.end < n && (is(g.end, "and") || is(g.end, "or")))) {
          const Mention* named = actor_at_[g.begin - 2];
          if (named && named->kind == MentionKind::name && !named->entity.empty() &&
              named->token_end == g.begin - 1)
            u.refs = refs_of(named);
        }
        // "the Qaeda-linked group": the group is the member, the modifier its whole.
        const bool member = def->type == "member_of";
        for (const auto& s : sources)
          for (const auto& t : u.refs)
            emit(member ? t : s, *def, member ? s : t, span_b, g.end, "adj-compound", 0.8, nullptr);
      }
      for (const auto& [prefix, def] : triggers_.prefixes) {
        if (!word.starts_with(prefix) || word.size() <= prefix.size()) continue;
        const std::size_t after = tk_[k].begin + prefix.size();
        std::vector<Ref> targets;
        for (const Mention* m : mentions_)
          if (m->begin == after) {
            auto r = refs_of(m);
            targets.insert(targets.end(), r.begin(), r.end());
          }
        if (targets.empty() || ch_.noun_at[k] == kNoToken) continue;
        const NounGroup& g = ch_.nouns[ch_.noun_at[k]];
        if (g.head <= k) continue;
        Unit u = unit_of(ch_.noun_at[k]);
        // "pro-Moscow separatists": Moscow backs the separatists, as news means it (the
        // collective is Moscow's side); "anti-Assad rebels": the rebels oppose Assad.
        const bool backer = def->type == "backs";
        for (const auto& s : u.refs)
          for (const auto& t : targets) {
            if (backer)
              emit(t, *def, s, k, g.end, "adj-compound", 0.8, nullptr);
            else
              emit(s, *def, t, k, g.end, "adj-compound", 0.8, nullptr);
          }
      }
    }
  }

  // ---- "talks between A and B" ------------------------------------------

  void between_rules() {
    const std::size_t n = tk_.size();
    for (std::size_t k = 1; k + 1 < n; ++k) {
      if (!is(k, "between") || ch_.noun_at[k - 1] == kNoToken) continue;
      const auto& lemma = tk_[ch_.nouns[ch_.noun_at[k - 1]].head].lemma;
      std::string type;
      if (lemma == "talk" || lemma == "negotiation" || lemma == "dialogue" || lemma == "dialog" ||
          lemma == "contact")
        type = "negotiates_with";
      else if (lemma == "meeting" || lemma == "summit" || lemma == "consultation" ||
               lemma == "call")
        type = "meets";
      else {
        // A reciprocal noun of the predicate lexicon: "the war/hostility between X and Y".
        for (const auto& p : PredicateLexicon::builtin().find(lemma))
          if (p.pos == PredicatePos::noun &&
              std::any_of(p.target.begin(), p.target.end(), [](const ArgSlot& a) {
                return a.role == ArgRole::oblique && a.prep == "between";
              })) {
            type = p.relation;
            break;
          }
        if (type.empty() || type == "negotiates_with" || type == "meets") continue;
      }
      const RelationDef* between_def = relation_def(type);
      if (!between_def) continue;
      const bool reciprocal =
          !between_def->symmetric && type != "negotiates_with" && type != "meets";
      std::size_t j = k + 1;
      if (j >= n || ch_.noun_at[j] == kNoToken || ch_.nouns[ch_.noun_at[j]].begin != j) continue;
      ListArg list = read_right(j, false);
      if (list.empty()) continue;
      auto refs = list.refs();
      if (list.units.size() == 1 && refs.size() < 2) continue;
      // "a meeting between X and Y": when the meeting is an event node, they attend it.
      if (const Mention* em = mention_at_[ch_.nouns[ch_.noun_at[k - 1]].head];
          em && em->type == EntityType::event && !em->entity.empty())
        if (const RelationDef* attends = relation_def("attends"))
          for (const auto& r : refs)
            emit(r, *attends, {em->entity, em->type, em}, ch_.nouns[ch_.noun_at[k - 1]].begin,
                 list.end, "nominal-between", 0.7, nullptr);
      for (std::size_t a = 0; a < refs.size(); ++a)
        for (std::size_t b = a + 1; b < refs.size(); ++b) {
          emit_type(refs[a], type, !reciprocal, refs[b], ch_.nouns[ch_.noun_at[k - 1]].begin,
                    list.end, "nominal-between", 0.75, nullptr);
          if (reciprocal)  // each side opposes the other
            emit_type(refs[b], type, false, refs[a], ch_.nouns[ch_.noun_at[k - 1]].begin, list.end,
                      "nominal-between", 0.75, nullptr);
        }
    }
  }

  // ---- "on behalf of X"; "the initiative of/by X" -------------------------

  void behalf_and_initiative_rules() {
    const std::size_t n = tk_.size();
    const RelationDef* represents = relation_def("represents");
    for (std::size_t k = 0; represents && k + 3 < n; ++k) {
      if (!is(k, "on") || !is(k + 1, "behalf") || !is(k + 2, "of")) continue;
      // The speaker/actor is the subject of the verb just before.
      std::size_t v = kNoToken;
      for (std::size_t j = k; j-- > 0;) {
        if (ch_.verb_at[j] != kNoToken) {
          v = ch_.verb_at[j];
          break;
        }
        if (tk_[j].norm == "," || tk_[j].norm == ";") break;
      }
      if (v == kNoToken) continue;
      Subject who = subject_of(v);
      ListArg principal = object_after(k + 3);
      for (const auto& s : who.refs)
        for (const auto& p : principal.refs())
          emit(s, *represents, p, std::min(who.begin, k), principal.end, "on-behalf", 0.8,
               why_of(ch_.verbs[v]));
    }
    const RelationDef* brokered = relation_def("brokered");
    for (std::size_t gi = 0; brokered && gi < ch_.nouns.size(); ++gi) {
      const NounGroup& g = ch_.nouns[gi];
      const auto& lemma = tk_[g.head].lemma;
      if (lemma != "initiative" && lemma != "proposal" && lemma != "brainchild") continue;
      const Mention* em = mention_at_[g.head];
      if (!em || em->type != EntityType::event || em->entity.empty()) continue;
      if (!(is(g.end, "by") || is(g.end, "of") || is(g.end, "from"))) continue;
      // "the initiative of (Russian and Turkish presidents) Putin and Erdogan": an
      // editor's parenthesis before the names is skipped.
      std::size_t from = g.end + 1;
      if (from < n && tk_[from].norm == "(") {
        std::size_t j = from + 1;
        while (j < n && j < from + 8 && tk_[j].norm != ")") ++j;
        if (j < n && tk_[j].norm == ")") from = j + 1;
      }
      ListArg by = read_right(from, false);
      for (const auto& r : by.refs())
        emit(r, *brokered, {em->entity, em->type, em}, g.begin, by.end, "nominal-of", 0.75,
             nullptr);
    }
  }

  // ---- participant lists ------------------------------------------------

  void participant_rules() {
    const std::size_t n = tk_.size();
    const RelationDef* attends = relation_def("attends");
    if (!attends) return;
    // "Among the participants (of E) include/are X, Y, Z".
    for (std::size_t k = 0; k + 2 < n; ++k) {
      if (!is(k, "among") || ch_.noun_at[k + 1] == kNoToken) continue;
      const NounGroup& g = ch_.nouns[ch_.noun_at[k + 1]];
      const auto& hl = tk_[g.head].lemma;
      if (hl != "participant" && hl != "attendee" && hl != "delegate" && hl != "delegation" &&
          hl != "guest" && hl != "invitee")
        continue;
      std::vector<Ref> events;
      std::size_t j = g.end;
      if (is(j, "of") || is(j, "in") || is(j, "at")) {
        ListArg ev = object_after(j + 1);
        for (const auto& r : ev.refs())
          if (is_event(r.type)) events.push_back(r);
        if (!ev.empty())
          j = ev.end;
        else if (j + 1 < n && ch_.noun_at[j + 1] != kNoToken)
          j = ch_.nouns[ch_.noun_at[j + 1]].end;
      }
      if (events.empty()) continue;
      while (j < n && (tk_[j].norm == "," || tk_[j].tag == Penn::RB)) ++j;
      if (j >= n || ch_.verb_at[j] == kNoToken) continue;
      const VerbGroup& vg = ch_.verbs[ch_.verb_at[j]];
      if (vg.lemma != "include" && vg.lemma != "be") continue;
      ListArg who = object_after(vg.end);
      for (const auto& w : who.refs())
        for (const auto& e : events)
          emit(w, *attends, e, k, who.end, "participant-list", 0.7, why_of(vg));
    }
    // "At Tuesday's meeting in Lucca, the ministers were joined by envoys from X and
    // Y": the subject of the clause a sentence opens at an event with attends it, and so
    // does whoever joins it there.
    if (n > 4 && (is(0, "at") || is(0, "during"))) {
      const Mention* event = nullptr;
      std::size_t comma = kNoToken;
      for (std::size_t j = 1; j < n && j < 24; ++j) {
        if (tk_[j].norm == ",") {
          comma = j;
          break;
        }
        if (!event && mention_at_[j] && is_event(mention_at_[j]->type) &&
            !mention_at_[j]->entity.empty())
          event = mention_at_[j];
      }
      std::size_t v = kNoToken;
      for (std::size_t j = comma == kNoToken ? n : comma + 1; j < n && v == kNoToken; ++j)
        if (ch_.verb_at[j] != kNoToken) v = ch_.verb_at[j];
      if (event && v != kNoToken && !ch_.verbs[v].participle) {
        const VerbGroup& vg = ch_.verbs[v];
        const Ref at{event->entity, event->type, event};
        Subject who = subject_of(v);
        for (const auto& w : who.refs)
          if (who.begin > comma && types_fit("attends", w.type, at.type))
            emit(w, *attends, at, 0, vg.end, "opening-at-event", 0.7, why_of(vg));
        if (vg.lemma == "join" && vg.voice == Voice::passive && is(vg.end, "by")) {
          ListArg by = object_after(vg.end + 1);
          auto joiners = by.refs();
          // "envoys from nations including X and Y": the names after "including".
          for (std::size_t j = vg.end + 1; j < n && j < vg.end + 10; ++j) {
            if (is(j, "including")) {
              by = object_after(j + 1);
              const auto named = by.refs();
              joiners.insert(joiners.end(), named.begin(), named.end());
              break;
            }
            if (mention_at_[j] || (j > vg.end + 1 && ch_.verb_at[j] != kNoToken)) break;
          }
          for (const auto& w : joiners)
            if (types_fit("attends", w.type, at.type))
              emit(w, *attends, at, 0, by.end, "opening-at-event", 0.7, why_of(vg));
        }
      }
    }
    // "a meeting in Munich that included X and Y": a relative clause naming the
    // parties of the event before it (past its place phrase).
    for (std::size_t v = 0; v < ch_.verbs.size(); ++v) {
      const VerbGroup& g = ch_.verbs[v];
      if (g.participle || g.voice != Voice::active || g.negated ||
          (g.lemma != "include" && g.lemma != "involve"))
        continue;
      if (g.begin == 0 || !(is(g.begin - 1, "that") || is(g.begin - 1, "which"))) continue;
      const Mention* event = nullptr;
      for (std::size_t j = g.begin - 1; j > 0 && j + 6 > g.begin && !event; --j) {
        const Mention* m = mention_at_[j - 1];
        if (m && is_event(m->type) && !m->entity.empty()) event = m;
        if (ch_.verb_at[j - 1] != kNoToken || tk_[j - 1].norm == ",") break;
      }
      if (!event) continue;
      const Ref at{event->entity, event->type, event};
      ListArg who = object_after(g.end);
      for (const auto& w : who.refs())
        if (types_fit("attends", w.type, at.type))
          emit(w, *attends, at, event->token_begin, who.end, "participant-list", 0.7, why_of(g));
    }
    // "The summit has brought together X and Y", "the talks involved X": an event as the
    // subject of a verb that lists its parties.
    for (std::size_t v = 0; v < ch_.verbs.size(); ++v) {
      const VerbGroup& g = ch_.verbs[v];
      if (g.participle || g.infinitive || g.voice != Voice::active ||
          (g.lemma != "include" && g.lemma != "involve" && g.lemma != "bring"))
        continue;
      std::size_t k = g.end;
      const bool together = is(k, "together");
      if (g.lemma == "bring" && !together) continue;  // "brought new proposals"
      if (together) ++k;
      const Subject subject = subject_of(v);
      if (subject.refs.empty() || !std::all_of(subject.refs.begin(), subject.refs.end(),
                                               [](const Ref& r) { return is_event(r.type); }))
        continue;
      ListArg who = object_after(k);
      for (const auto& w : who.refs())
        for (const auto& x : subject.refs)
          if (types_fit("attends", w.type, x.type))
            emit(w, *attends, x, std::min(subject.begin, g.begin), who.end, "participant-list", 0.7,
                 why_of(g));
    }
    // "E involving/including X and Y", "E, with the participation of X".
    for (std::size_t v = 0; v < ch_.verbs.size(); ++v) {
      const VerbGroup& g = ch_.verbs[v];
      if (!g.participle || tk_[g.main].tag != Penn::VBG ||
          (g.lemma != "involve" && g.lemma != "include" && g.lemma != "bring"))
        continue;
      std::size_t e = g.begin;
      if (e > 0 && comma_or_dash(e - 1)) --e;
      ListArg ev = read_left(e);
      std::vector<Ref> events;
      for (const auto& r : ev.refs(true))
        if (is_event(r.type)) events.push_back(r);
      if (events.empty()) continue;
      std::size_t k = g.end;
      while (k < n && tk_[k].tag == Penn::RB) ++k;
      ListArg who = object_after(k);
      for (const auto& w : who.refs())
        for (const auto& x : events)
          emit(w, *attends, x, ev.units[ev.tail_from].begin, who.end, "participant-list", 0.7,
               nullptr);
    }
  }

  void set_relations(const std::vector<const RelationDef*>* defs) { defs_ = defs; }
  void set_lexicon(const Lexicon* lexicon) { lexicon_ = lexicon; }

 private:
  const std::vector<const RelationDef*>& lexicon_relations() const { return *defs_; }
  const RelationDef* relation_def(std::string_view type) const {
    for (const auto* d : *defs_)
      if (d->type == type) return d;
    return nullptr;
  }
  bool relation_defined(std::string_view type) const { return relation_def(type) != nullptr; }

  const Document& doc_;
  const Sentence& s_;
  Tokens tk_;  // views: tags and verb lemmas as the chunker mended them
  std::size_t index_;
  std::vector<const Mention*> mentions_;
  const Triggers& triggers_;
  Output& out_;
  Chunks ch_;
  detail::LowerViews lower_;  // holds the lower-cased forms tk_ points to
  std::vector<const Mention*> mention_at_;
  std::vector<const Mention*> actor_at_;  // longest actor (non-event) mention per token
  std::vector<bool> in_quote_;
  const std::vector<const RelationDef*>* defs_ = nullptr;
  const Lexicon* lexicon_ = nullptr;
  std::size_t limit_ = kNoToken;  // objects end before this token (the verb's clause end)
  // (source, type) pairs a title or apposition stated in this sentence: a verb
  // rule then does not add the same relation to a mere description ("the country").
  std::set<std::pair<std::string, std::string>> titled_;

 public:
  // ---- quotes -----------------------------------------------------------

  bool speech_verb(std::size_t v) const {
    const auto& l = ch_.verbs[v].lemma;
    return in(kSpeech, l);
  }

  // The speaker of speech verb `v`: its subject, or the noun after it ("said X").
  std::vector<Ref> speaker_of(std::size_t v, std::size_t* span_e) const {
    const VerbGroup& g = ch_.verbs[v];
    Subject s = subject_of(v);
    auto actors = [](std::vector<Ref> refs) {
      refs.erase(
          std::remove_if(refs.begin(), refs.end(), [](const Ref& r) { return !is_actor(r.type); }),
          refs.end());
      return refs;
    };
    auto refs = actors(s.refs);
    if (span_e) *span_e = g.end;
    if (!refs.empty()) return refs;
    if (g.end < tk_.size() && ch_.noun_at[g.end] != kNoToken) {
      ListArg after = read_right(g.end, false);
      if (span_e && !after.empty()) *span_e = after.end;
      return actors(after.refs());
    }
    return {};
  }

  // A speech verb outside quotes in [b, e), nearest to `near`.
  std::size_t speech_in(std::size_t b, std::size_t e, bool from_left) const {
    std::size_t best = kNoToken;
    for (std::size_t v = 0; v < ch_.verbs.size(); ++v) {
      const auto& g = ch_.verbs[v];
      if (g.begin < b || g.end > e || in_quote_[g.main] || !speech_verb(v)) continue;
      if (from_left) return v;
      best = v;
    }
    return best;
  }

  // "according to X" in [b, e).
  std::vector<Ref> according_to(std::size_t b, std::size_t e, std::size_t* at) const {
    for (std::size_t k = b; k + 2 < e; ++k)
      if (is(k, "according") && is(k + 1, "to") && !in_quote_[k]) {
        ListArg l = object_after(k + 2);
        if (!l.empty()) {
          if (at) *at = l.end;
          std::vector<Ref> out;
          for (const auto& r : l.refs())
            if (is_actor(r.type)) out.push_back(r);
          return out;
        }
      }
    return {};
  }

  const Tokens& tokens() const { return tk_; }
};

struct QuoteSpan {
  std::size_t s1 = 0, t1 = 0;  // opening quote token
  std::size_t s2 = 0, t2 = 0;  // closing quote token
};

bool opens(const Token& t) { return t.pos == "``"; }
bool closes(const Token& t) { return t.pos == "''"; }
bool opens(const Tok& t) { return t.tag == Penn::open_quote; }

}  // namespace

ExtractedRelations extract_relations(const Document& document, std::span<const Sentence> sentences,
                                     std::span<const Mention> mentions, const Lexicon& lexicon) {
  ExtractedRelations result;
  const Triggers& triggers = triggers_for(lexicon);
  std::vector<const RelationDef*> defs;
  for (const auto& d : lexicon.relations()) defs.push_back(&d);

  std::vector<std::vector<const Mention*>> by_sentence(sentences.size());
  for (const auto& m : mentions)
    if (m.sentence < sentences.size() && m.token_begin < m.token_end &&
        m.token_end <= sentences[m.sentence].tokens.size())
      by_sentence[m.sentence].push_back(&m);

  Output out;
  std::deque<SentenceReader> readers;  // a deque: readers hold views of themselves, never move
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    readers.emplace_back(document, sentences[i], i, by_sentence[i], triggers, out);
    readers.back().set_relations(&defs);
    readers.back().set_lexicon(&lexicon);
    if (sentences[i].block == BlockKind::dateline) continue;
    readers.back().run();
  }

  // Quotes: spans from an opening to a closing mark, possibly across sentences.
  std::vector<QuoteSpan> quotes;
  {
    bool open = false;
    QuoteSpan cur;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      const auto& tk = sentences[i].tokens;
      for (std::size_t k = 0; k < tk.size(); ++k) {
        if (opens(tk[k]) && !open) {
          open = true;
          cur.s1 = i;
          cur.t1 = k;
        } else if (closes(tk[k]) && open) {
          open = false;
          cur.s2 = i;
          cur.t2 = k;
          quotes.push_back(cur);
        }
      }
      if (open && i > cur.s1 + 4) open = false;  // an unclosed quote does not run on forever
    }
  }
  std::vector<Ref> last_speakers;
  std::size_t last_quote_sentence = kNoToken;
  for (const auto& q : quotes) {
    const auto& text = document.text;
    const Sentence& first = sentences[q.s1];
    const Sentence& last = sentences[q.s2];
    const std::size_t qb = first.tokens[q.t1].end;
    const std::size_t qe = last.tokens[q.t2].begin;
    if (qe <= qb || qe > text.size()) continue;
    std::string quote = text.substr(qb, qe - qb);
    while (!quote.empty() && (quote.back() == ' ' || quote.back() == '\n' || quote.back() == ','))
      quote.pop_back();
    while (!quote.empty() && (quote.front() == ' ' || quote.front() == '\n'))
      quote.erase(quote.begin());
    if (quote.empty()) continue;

    std::vector<Ref> speakers;
    std::size_t ev_sentence = q.s2;
    std::size_t span_b = q.t2, span_e = q.t2 + 1;
    std::string rule = "quote";
    const SentenceReader& r2 = readers[q.s2];
    // After the closing mark: ", X said", ", said X", "he added", "X told reporters".
    std::size_t stop = r2.tokens().size();
    for (std::size_t k = q.t2 + 1; k < stop; ++k)
      if (opens(r2.tokens()[k])) {
        stop = k;
        break;
      }
    std::size_t v = r2.speech_in(q.t2 + 1, stop, true);
    if (v != kNoToken) {
      speakers = r2.speaker_of(v, &span_e);
      span_b = q.s1 == q.s2 ? q.t1 : 0;
    }
    if (speakers.empty()) {
      std::size_t at = kNoToken;
      speakers = r2.according_to(q.t2 + 1, stop, &at);
      if (!speakers.empty()) {
        span_b = q.s1 == q.s2 ? q.t1 : 0;
        span_e = at;
      }
    }
    if (speakers.empty()) {
      // Before the opening mark: "X said: ...", "X told reporters that the goal was to “...”".
      const SentenceReader& r1 = readers[q.s1];
      std::size_t v1 = r1.speech_in(0, q.t1, false);
      if (v1 != kNoToken) {
        std::size_t e = 0;
        speakers = r1.speaker_of(v1, &e);
        ev_sentence = q.s1;
        span_b = 0;
        span_e = q.s1 == q.s2 ? q.t2 + 1 : r1.tokens().size();
        for (std::size_t k = 0; k < q.t1; ++k)
          if (r1.chunks().noun_at[k] != kNoToken || r1.chunks().verb_at[k] != kNoToken) {
            span_b = k;
            break;
          }
      }
    }
    if (speakers.empty() && !last_speakers.empty() && last_quote_sentence != kNoToken &&
        q.s1 <= last_quote_sentence + 1 && q.t1 == 0) {
      // A quote that is its own sentence right after an attributed one continues it.
      speakers = last_speakers;
      rule = "quote-continued";
      span_b = q.t1;
      span_e = q.t2 + 1;
      ev_sentence = q.s2;
    }
    // A pronoun speaker resolved to someone named inside the quote itself is a
    // resolution slip (people rarely name themselves): the speaker of the quote
    // just before, if any, is the better reading; otherwise nobody.
    if (speakers.size() == 1 && speakers[0].mention &&
        speakers[0].mention->kind == MentionKind::pronoun) {
      bool named_inside = false;
      for (const auto& m : mentions)
        if (m.entity == speakers[0].id && m.kind != MentionKind::pronoun &&
            (m.sentence > q.s1 || (m.sentence == q.s1 && m.token_begin > q.t1)) &&
            (m.sentence < q.s2 || (m.sentence == q.s2 && m.token_end <= q.t2)))
          named_inside = true;
      const bool recent = last_quote_sentence != kNoToken && q.s1 <= last_quote_sentence + 1 &&
                          !last_speakers.empty() && last_speakers[0].type == EntityType::person;
      // News convention: "he said" right after a quoted person's words is that person.
      if (recent && speakers[0].type == EntityType::person)
        speakers = last_speakers;
      else if (named_inside)
        speakers.clear();
    }
    if (speakers.empty()) continue;
    last_speakers = speakers;
    last_quote_sentence = q.s2;
    const Sentence& es = sentences[ev_sentence];
    if (span_e > es.tokens.size()) span_e = es.tokens.size();
    if (span_b >= span_e) span_b = 0;
    Statement st;
    st.quote = quote;
    st.evidence.document = document.id;
    st.evidence.sentence = ev_sentence;
    st.evidence.start = es.tokens[span_b].begin;
    st.evidence.end = es.tokens[span_e - 1].end;
    if (es.end <= text.size() && es.begin <= es.end)
      st.evidence.text = text.substr(es.begin, es.end - es.begin);
    st.evidence.rule = rule;
    st.evidence.date = document.date;
    st.evidence.confidence = rule == "quote" ? 0.85 : 0.7;
    std::set<std::string> seen;
    for (const auto& s : speakers)
      if (seen.insert(std::string(s.id)).second) result.statements.emplace_back(s.id, st);
  }

  // Reported speech without quote marks: "X said (that) CLAUSE", "X told reporters
  // on Monday that CLAUSE", "CLAUSE, X said", "CLAUSE, said X, an analyst". The
  // reported clause is X's statement. Sentences holding quote marks were read above.
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& sentence = sentences[i];
    if (sentence.block != BlockKind::body) continue;  // not headlines, captions, datelines
    const SentenceReader& r = readers[i];
    const Tokens& tk = r.tokens();
    const std::size_t n = tk.size();
    if (n < 4 || n != sentence.tokens.size()) continue;
    if (std::any_of(tk.begin(), tk.end(), [](const Tok& t) {
          return t.tag == Penn::open_quote || t.tag == Penn::close_quote;
        }))
      continue;
    const std::size_t v = r.speech_in(0, n, true);
    if (v == kNoToken) continue;
    const VerbGroup& g = r.chunks().verbs[v];
    if (g.negated || g.modality != Modality::none) continue;  // "did not say", "would say"
    std::size_t speaker_end = g.end;
    std::vector<Ref> speakers = r.speaker_of(v, &speaker_end);
    // "Opponents of President X said", "a spokesman for Y said": X and Y are not
    // who spoke (the head noun is, and it is no named actor).
    std::erase_if(speakers, [&](const Ref& ref) {
      std::size_t b = ref.mention ? ref.mention->token_begin : 0;
      for (std::size_t title = 0; b > 0 && title < 4 && (tk[b - 1].noun() || tk[b - 1].adj());
           ++title)
        --b;  // past a title: "of President X"
      return b > 0 && (tk[b - 1].low == "of" || tk[b - 1].low == "for" || tk[b - 1].low == "with" ||
                       tk[b - 1].low == "at");
    });
    if (speakers.empty()) continue;
    auto punctuation = [&](std::size_t k) {
      return tk[k].norm == "," || tk[k].norm == "." || tk[k].norm == ";" || tk[k].norm == ":" ||
             tk[k].norm == "--" || tk[k].norm == "!" || tk[k].norm == "?";
    };
    std::size_t cb = g.end, ce = n;
    if (speaker_end > g.end) {
      cb = n;  // "..., said X": the clause is before the verb
    } else {
      // "told reporters on Monday that ...": the clause starts after "that" when a
      // "that" follows within a few words and no comma comes first.
      for (std::size_t k = g.end; k < n && k < g.end + 8 && tk[k].norm != ","; ++k)
        if (tk[k].low == "that") {
          cb = k + 1;
          break;
        }
    }
    while (ce > cb && punctuation(ce - 1)) --ce;
    if (ce - std::min(ce, cb) < 3) {
      // Nothing after the speaker: the clause is what comes before ", X said".
      std::size_t first_speaker = g.begin;
      for (const Ref& ref : speakers)
        if (ref.mention) first_speaker = std::min(first_speaker, ref.mention->token_begin);
      cb = 0;
      ce = std::min(first_speaker, g.begin);
      while (ce > 0 && (tk[ce - 1].low == "the" || tk[ce - 1].low == "a" || tk[ce - 1].low == "an"))
        --ce;                                           // ", the Chilean government said"
      if (ce == 0 || tk[ce - 1].norm != ",") continue;  // "X said." with no clause
      while (ce > cb && punctuation(ce - 1)) --ce;
      if (ce < cb + 3) continue;
    }
    const auto& st_tokens = sentence.tokens;
    const std::size_t qb = st_tokens[cb].begin, qe = st_tokens[ce - 1].end;
    if (qe <= qb || qe > document.text.size()) continue;
    Statement st;
    st.quote = document.text.substr(qb, qe - qb);
    st.evidence.document = document.id;
    st.evidence.sentence = i;
    st.evidence.start = st_tokens.front().begin;
    st.evidence.end = st_tokens.back().end;
    if (sentence.end <= document.text.size() && sentence.begin <= sentence.end)
      st.evidence.text = document.text.substr(sentence.begin, sentence.end - sentence.begin);
    st.evidence.rule = "reported-speech";
    st.evidence.date = document.date;
    st.evidence.confidence = 0.75;
    std::set<std::string> seen;
    for (const auto& ref : speakers)
      if (seen.insert(std::string(ref.id)).second) result.statements.emplace_back(ref.id, st);
  }

  for (auto& [key, rel] : out.asserted) result.relations.push_back(std::move(rel));
  for (auto& [key, rel] : out.unasserted) result.unasserted.push_back(std::move(rel));
  return result;
}

}  // namespace actorgraph
