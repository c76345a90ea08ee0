// One left-to-right pass over the tags: noun groups, verb groups, then clause
// markers. Word lists are small sorted arrays searched by std::binary_search
// (no regex, no allocation per token).
#include "syntax/chunker.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "lang/language_data.hpp"
#include "syntax/penn_tag.hpp"

namespace actorgraph {

namespace {

// The chunker's view of a token: the caller's strings seen through
// string_views (no copy of the sentence), the lower-cased normal form computed
// once, and room for the tags and lemmas it mends. Comparing a string_view with
// a literal checks the length first, where std::string == "NNP" ran strlen and
// memcmp: the chunker did millions of such tests per megabyte.
struct Tok {
  std::string_view text;
  std::string_view norm;
  std::string_view lemma;
  std::string_view pos;
  std::string_view low;                    ///< lower(norm), ASCII letters only
  detail::Penn tag = detail::Penn::other;  ///< pos as an enum: the tests compare integers
};

using detail::Penn;

// Mends a tag: the string (handed back in Chunks::tags) and its enum together.
void set_pos(Tok& t, std::string_view pos) {
  t.pos = pos;
  t.tag = detail::penn_of(pos);
}

using Tokens = std::vector<Tok>;

template <std::size_t N>
bool in(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

bool is_noun_tag(Penn t) { return detail::is_noun(t); }
bool is_verb_tag(Penn t) { return detail::is_verb(t) || t == Penn::MD; }
bool is_adj_tag(Penn t) { return detail::is_adj(t); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A hyphen compound ending in a participle ("Turkish-backed", "US-led",
// "war-torn") works as an adjective whatever the tagger said.
bool hyphen_participle(const Tok& t) {
  return t.text.find('-') != std::string::npos && t.text.size() > 3 &&
         (t.tag == Penn::VBN || t.tag == Penn::VBD || t.tag == Penn::JJ) &&
         (t.text.ends_with("ed") || t.text.ends_with("led") || t.text.ends_with("torn") ||
          t.text.ends_with("run") || t.text.ends_with("held"));
}

// The form of be/get a passive needs.
bool passive_aux(const Tok& t) { return t.lemma == "be" || t.lemma == "get"; }

// "'s" after a pronoun or wh-word is "is"/"has", not a possessive ("who's leading").
bool clitic_aux(const Tokens& tk, std::size_t i) {
  if (tk[i].norm != "'s" && tk[i].norm != "'re" && tk[i].norm != "'ve" && tk[i].norm != "'ll" &&
      tk[i].norm != "'d" && tk[i].norm != "'m")
    return false;
  if (i == 0) return false;
  const Penn p = tk[i - 1].tag;
  return p == Penn::PRP || p == Penn::WP || p == Penn::WDT || p == Penn::EX ||
         tk[i - 1].norm == "that" || tk[i].norm != "'s";
}

bool negator(const Tokens& tk, std::size_t i) {
  const auto w = tk[i].low;
  if (w == "not" || w == "n't" || w == "never" || w == "nt") return true;
  return w == "longer" && i > 0 && tk[i - 1].low == "no";
}

// Adverbs that may sit inside a verb group ("has also backed", "was reportedly brokered").
bool group_adverb(const Tok& t) {
  return t.tag == Penn::RB || t.tag == Penn::RBR || t.tag == Penn::RBS ||
         (t.norm == "no" && t.tag == Penn::DT);  // "no longer"
}

// Catenative verbs: "V to V" or "V V-ing" chains whose last verb is the main one.
constexpr std::array<std::string_view, 12> kNegating = {"cease",  "decline", "deny", "fail",
                                                        "forgo",  "halt",    "quit", "refrain",
                                                        "refuse", "reject",  "stop", "unable"};
constexpr std::array<std::string_view, 19> kIntended = {
    "aim",    "attempt", "consider", "hope",    "intend", "offer",    "plan",
    "pledge", "prepare", "promise",  "propose", "seek",   "threaten", "try",
    "vow",    "want",    "weigh",    "wish",    "wont"};
constexpr std::array<std::string_view, 9> kScheduled = {
    "agree", "decide", "due", "expect", "likely", "poised", "schedule", "set", "slate"};
// Of those, the ones that report a decision taken or a timetable ("agreed to attend",
// "decided to join", "is due/set/scheduled to meet"): the act is asserted. The rest
// forecast it ("is expected to attend", "is likely to sign"): a reader takes no edge
// from a forecast, so they count as intended.
constexpr std::array<std::string_view, 6> kCommitted = {"agree",    "decide", "due",
                                                        "schedule", "set",    "slate"};
constexpr std::array<std::string_view, 14> kPlain = {
    "arrive", "begin", "come",   "continue", "go",   "help",  "keep",
    "manage", "move",  "resume", "return",   "seem", "start", "travel"};
constexpr std::array<std::string_view, 3> kObligation = {"have", "need", "ought"};
// Verbs whose object is told to act: "urged Kenya to attend", "called on X to".
constexpr std::array<std::string_view, 11> kDemand = {"appeal",    "ask",     "call",  "demand",
                                                      "encourage", "order",   "press", "pressure",
                                                      "push",      "request", "urge"};

static_assert(std::is_sorted(kNegating.begin(), kNegating.end()) &&
                  std::is_sorted(kIntended.begin(), kIntended.end()) &&
                  std::is_sorted(kScheduled.begin(), kScheduled.end()) &&
                  std::is_sorted(kCommitted.begin(), kCommitted.end()) &&
                  std::is_sorted(kPlain.begin(), kPlain.end()) &&
                  std::is_sorted(kObligation.begin(), kObligation.end()) &&
                  std::is_sorted(kDemand.begin(), kDemand.end()),
              "word lists are searched by binary search");

bool catenative(std::string_view lemma) {
  return in(kNegating, lemma) || in(kIntended, lemma) || in(kScheduled, lemma) ||
         in(kPlain, lemma) || in(kObligation, lemma);
}

Modality stronger(Modality a, Modality b) {
  // Order of precedence when a chain holds two: demanded > hypothetical > intended > scheduled >
  // none.
  auto rank = [](Modality m) {
    switch (m) {
      case Modality::none:
        return 0;
      case Modality::scheduled:
        return 1;
      case Modality::intended:
        return 2;
      case Modality::hypothetical:
        return 3;
      case Modality::demanded:
        return 4;
    }
    return 0;
  };
  return rank(a) >= rank(b) ? a : b;
}

Modality modal_of(std::string_view word) {
  if (word == "will" || word == "shall" || word == "'ll" || word == "wo")
    return Modality::scheduled;
  if (word == "must" || word == "should" || word == "ought") return Modality::demanded;
  return Modality::hypothetical;  // would, could, might, may, can, 'd
}

// Builds the verb group that starts at `i` (an auxiliary, a verb or "to" + verb).
// Returns the index one past the group; fills `g`.
std::size_t read_verb_group(const Tokens& tk, std::size_t i, VerbGroup& g) {
  const std::size_t n = tk.size();
  g = VerbGroup{};
  g.begin = i;
  std::size_t last_verb = kNoToken;
  std::size_t governing_aux = kNoToken;  // the verb before the main one, for voice
  bool has_aux = false;
  std::size_t verbs_seen = 0;
  std::size_t j = i;
  bool first_finite_seen = false;
  while (j < n) {
    const Tok& t = tk[j];
    const std::string_view w = t.low;
    if (t.tag == Penn::MD || (clitic_aux(tk, j) && (w == "'ll" || w == "'d"))) {
      g.modality = stronger(g.modality, modal_of(w));
      if (w == "will" || w == "shall" || w == "'ll" || w == "wo") g.tense = Tense::future;
      has_aux = true;
      ++j;
      continue;
    }
    if (is_verb_tag(t.tag) || clitic_aux(tk, j)) {
      if (hyphen_participle(t)) break;
      // "stop backing", "continue supporting": a catenative before a gerund.
      if (t.tag == Penn::VBG && last_verb != kNoToken && catenative(tk[last_verb].lemma) &&
          !in(kScheduled, tk[last_verb].lemma)) {
        if (in(kNegating, tk[last_verb].lemma))
          g.negated = true;
        else if (in(kIntended, tk[last_verb].lemma))
          g.modality = stronger(g.modality, Modality::intended);
        has_aux = true;
      }
      if (last_verb != kNoToken) governing_aux = last_verb;
      if (!first_finite_seen) {
        first_finite_seen = true;
        if (t.tag == Penn::VBD && g.tense != Tense::future) g.tense = Tense::past;
      }
      last_verb = j;
      ++verbs_seen;
      ++j;
      continue;
    }
    if (negator(tk, j) ||
        (group_adverb(t) && last_verb != kNoToken && j + 1 < n &&
         (is_verb_tag(tk[j + 1].tag) || group_adverb(tk[j + 1]) || tk[j + 1].tag == Penn::TO))) {
      if (negator(tk, j)) g.negated = true;
      ++j;
      continue;
    }
    // Predicative adjectives that chain like verbs: "is likely to", "is unable to".
    if (is_adj_tag(t.tag) && last_verb != kNoToken && tk[last_verb].lemma == "be" && j + 2 < n &&
        tk[j + 1].tag == Penn::TO && is_verb_tag(tk[j + 2].tag)) {
      const auto lw = t.low;
      if (lw == "likely" || lw == "due" || lw == "poised" || lw == "unable" || lw == "set" ||
          lw == "able" || lw == "ready" || lw == "eager" || lw == "willing") {
        if (lw == "unable")
          g.negated = true;
        else if (lw == "due" || lw == "set")
          g.modality = stronger(g.modality, Modality::scheduled);
        else if (lw == "likely" || lw == "poised")
          g.modality = stronger(g.modality, Modality::intended);  // a forecast (see kCommitted)
        else if (lw != "able")
          g.modality = stronger(g.modality, Modality::intended);
        if (lw == "unable" || lw == "able") {
        }
        governing_aux = kNoToken;
        last_verb = kNoToken;
        j += 2;  // skip adjective and "to": the next verb is the main one
        continue;
      }
    }
    // "to" + verb: either the group opens with it (an infinitive) or a catenative chain.
    if (t.tag == Penn::TO && j + 1 < n && is_verb_tag(tk[j + 1].tag) && tk[j + 1].tag != Penn::MD) {
      if (last_verb == kNoToken && j == i) {
        g.infinitive = true;
        ++j;
        continue;
      }
      if (last_verb != kNoToken && catenative(tk[last_verb].lemma)) {
        const auto& cl = tk[last_verb].lemma;
        if (in(kNegating, cl))
          g.negated = true;
        else if (in(kIntended, cl))
          g.modality = stronger(g.modality, Modality::intended);
        else if (in(kScheduled, cl)) {
          g.modality =
              stronger(g.modality, in(kCommitted, cl) ? Modality::scheduled : Modality::intended);
          if (g.tense != Tense::past) g.tense = Tense::future;
        } else if (in(kObligation, cl))
          g.modality = stronger(g.modality, Modality::demanded);
        governing_aux = kNoToken;
        last_verb = kNoToken;
        has_aux = true;
        ++j;
        continue;
      }
      break;
    }
    break;
  }
  // "stop backing", "continue supporting": the gerund is the main verb.
  while (last_verb != kNoToken && j < n && tk[j].tag == Penn::VBG &&
         catenative(tk[last_verb].lemma) && !in(kScheduled, tk[last_verb].lemma)) {
    if (in(kNegating, tk[last_verb].lemma))
      g.negated = true;
    else if (in(kIntended, tk[last_verb].lemma))
      g.modality = stronger(g.modality, Modality::intended);
    governing_aux = kNoToken;
    last_verb = j;
    has_aux = true;
    ++j;
  }
  if (last_verb == kNoToken) return i;  // not a verb group
  // Trailing adverbs/negators between auxiliaries are inside; the group ends at the main verb.
  g.end = last_verb + 1;
  g.main = last_verb;
  g.lemma = tk[last_verb].lemma.empty() ? tk[last_verb].low : tk[last_verb].lemma;
  const Penn mp = tk[last_verb].tag;
  if (mp == Penn::VBN && governing_aux != kNoToken && passive_aux(tk[governing_aux]))
    g.voice = Voice::passive;
  g.participle =
      !has_aux && verbs_seen == 1 && !g.infinitive && (mp == Penn::VBN || mp == Penn::VBG);
  if (g.end < n && tk[g.end].tag == Penn::RP) g.particle = g.end;
  (void)has_aux;
  return g.end;
}

bool noun_group_start(const Tok& t) {
  const Penn p = t.tag;
  return p == Penn::DT || p == Penn::PDT || p == Penn::PRP_poss || p == Penn::PRP ||
         is_adj_tag(p) || p == Penn::CD || is_noun_tag(p) || hyphen_participle(t);
}

bool noun_group_inner(const Tok& t) {
  const Penn p = t.tag;
  return is_adj_tag(p) || p == Penn::CD || is_noun_tag(p) || p == Penn::FW || hyphen_participle(t);
}

}  // namespace

std::size_t Chunks::clause_of(std::size_t token) const noexcept {
  std::size_t best = 0;
  std::size_t best_len = kNoToken;
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    const auto& cl = clauses[c];
    if (token >= cl.begin && token < cl.end && cl.end - cl.begin < best_len) {
      best = c;
      best_len = cl.end - cl.begin;
    }
  }
  return best;
}

namespace {

// See the "support this initiative" mend in chunk(): coordinated names before
// the word, an object determiner after it, a verb in WordNet.
bool mended_verb_candidate(const Tokens& tk, std::size_t i) {
  const std::string w = lower(tk[i].norm);
  if (w.empty() || w.ends_with("ing") || w.ends_with("s")) return false;
  const std::string next = lower(tk[i + 1].norm);
  if (next != "this" && next != "that" && next != "these" && next != "those" && next != "the" &&
      tk[i + 1].tag != Penn::PRP_poss)
    return false;
  if (i + 2 < tk.size()) {
    static constexpr std::array<std::string_view, 9> kTime = {
        "afternoon", "evening", "month", "morning", "season", "spring", "summer", "week", "year"};
    if (std::find(kTime.begin(), kTime.end(), lower(tk[i + 2].norm)) != kTime.end()) return false;
  }
  // A coordination of names just before: "X and (the) Y".
  bool coordinated = false;
  for (std::size_t k = i - 1; k > 0 && k + 4 > i; --k)
    if (lower(tk[k - 1].norm) == "and" && k >= 2 &&
        (tk[k - 2].tag == Penn::NNP || tk[k - 2].tag == Penn::NNPS))
      coordinated = true;
  if (!coordinated) return false;
  const auto& data = detail::LanguageData::instance();
  return data.wordnet_has(1, w);
}

}  // namespace

Chunks chunk(const Sentence& sentence) {
  // A working view of the tags, so that tagger slips the chunker can see are
  // mended without touching the caller's sentence. `owned` holds the strings the
  // views point to that are not the sentence's (lower-cased forms, new lemmas):
  // reserved up front so that no view is moved away under another.
  const std::size_t count = sentence.tokens.size();
  std::vector<std::string> owned;
  owned.reserve(3 * count);  // at most: lower case, a gerund stem, a mended lemma
  Tokens tk;
  tk.reserve(count);
  for (const Token& t : sentence.tokens) {
    Tok v{t.text, t.norm, t.lemma, t.pos, t.norm, detail::penn_of(t.pos)};
    if (std::any_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      v.low = owned.emplace_back(lower(t.norm));
    tk.push_back(v);
  }
  for (std::size_t i = 1; i + 1 < tk.size(); ++i) {
    // "talks brokered by Qatar resumed": a past form right after a noun and
    // before "by" is a passive participle, whatever the tagger chose.
    if (tk[i].tag == Penn::VBD && tk[i + 1].low == "by" &&
        (is_noun_tag(tk[i - 1].tag) || tk[i - 1].norm == "," || tk[i - 1].norm == "-"))
      set_pos(tk[i], "VBN");
    // "Turkey backing rebels": an -ing word tagged as a noun between a name and
    // a noun group is a gerund/participle.
    auto& t = tk[i];
    if ((t.tag == Penn::NN || t.tag == Penn::NNS) && t.norm.size() > 5 && t.norm.ends_with("ing") &&
        (tk[i - 1].tag == Penn::NNP || tk[i - 1].tag == Penn::NNPS || tk[i - 1].tag == Penn::PRP) &&
        (tk[i + 1].tag == Penn::DT || tk[i + 1].tag == Penn::PRP_poss ||
         is_noun_tag(tk[i + 1].tag) || is_adj_tag(tk[i + 1].tag))) {
      set_pos(t, "VBG");
      std::string stem = lower(t.norm.substr(0, t.norm.size() - 3));
      if (stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2]) stem.pop_back();
      t.lemma = owned.emplace_back(std::move(stem));
    }
    // "China and the UN support this initiative": a singular noun that WordNet
    // also knows as a verb, right after coordinated names and before a
    // determiner, is the plural subject's present-tense verb (a noun is not
    // followed by "this"/"the"; "this week" and the like are time, not objects).
    if (t.tag == Penn::NN && i >= 3 &&
        (tk[i - 1].tag == Penn::NNP || tk[i - 1].tag == Penn::NNPS) &&
        (tk[i + 1].tag == Penn::DT || tk[i + 1].tag == Penn::PRP_poss) &&
        mended_verb_candidate(tk, i)) {
      set_pos(t, "VBP");
      t.lemma = owned.emplace_back(lower(t.norm));  // a view: the string must outlive it
    }
  }
  const std::size_t n = tk.size();
  Chunks out;
  out.tags.reserve(n);
  for (const auto& t : tk) out.tags.emplace_back(t.pos);
  out.noun_at.assign(n, kNoToken);
  out.verb_at.assign(n, kNoToken);
  if (n == 0) return out;

  // Pass 1: verb groups and noun groups, left to right.
  // A modal left alone by subject inversion ("will the opposition take part")
  // passes its modality on to the next verb group.
  Modality pending = Modality::none;
  bool pending_future = false;
  std::size_t pending_at = kNoToken;
  for (std::size_t i = 0; i < n;) {
    const Tok& t = tk[i];
    const bool verbish = (is_verb_tag(t.tag) && !hyphen_participle(t)) || clitic_aux(tk, i) ||
                         (t.tag == Penn::TO && i + 1 < n && is_verb_tag(tk[i + 1].tag)) ||
                         (negator(tk, i) && i + 1 < n && is_verb_tag(tk[i + 1].tag));
    // A participle inside a noun group after a determiner or adjective ("the ruling
    // regime") is a modifier, not a verb: handled by the noun-group branch below.
    if (verbish) {
      VerbGroup g;
      const std::size_t next = read_verb_group(tk, i, g);
      if (next == i && tk[i].tag == Penn::MD) {
        pending = modal_of(tk[i].low);
        pending_future = pending == Modality::scheduled;
        pending_at = i;
      }
      if (next > i && pending_at != kNoToken && i <= pending_at + 5) {
        g.modality = stronger(g.modality, pending);
        if (pending_future) g.tense = Tense::future;
      }
      if (next > i) pending_at = kNoToken;
      if (next > i) {
        for (std::size_t k = g.begin; k < g.end; ++k) out.verb_at[k] = out.verbs.size();
        out.verbs.push_back(std::move(g));
        i = next;
        continue;
      }
    }
    if (noun_group_start(t)) {
      NounGroup g;
      g.begin = i;
      std::size_t j = i;
      bool has_noun = false;
      if (t.tag == Penn::PRP) {
        g.head = i;
        g.end = i + 1;
        out.noun_at[i] = out.nouns.size();
        out.nouns.push_back(g);
        ++i;
        continue;
      }
      while (j < n) {
        const Tok& u = tk[j];
        if (j == i && (u.tag == Penn::DT || u.tag == Penn::PDT || u.tag == Penn::PRP_poss)) {
          if (u.tag != Penn::PRP_poss)
            g.determiner = j;
          else {
            g.possessor_begin = j;
            g.possessor_end = j + 1;
          }
          ++j;
          continue;
        }
        if (j > i && u.tag == Penn::DT && tk[j - 1].tag == Penn::PDT) {  // "all the"
          g.determiner = j;
          ++j;
          continue;
        }
        if (u.tag == Penn::POS && j > i &&
            !clitic_aux(tk, j)) {  // "Russia 's": a possessor ends here
          g.possessor_begin = g.determiner != kNoToken ? g.determiner + 1 : i;
          g.possessor_end = j;
          g.determiner = kNoToken;
          has_noun = false;
          ++j;
          continue;
        }
        // An adjective after a noun starts a new group ("Turkey | late last month").
        if (has_noun && is_adj_tag(u.tag) && !hyphen_participle(u)) break;
        if (noun_group_inner(u)) {
          has_noun = has_noun || is_noun_tag(u.tag);
          ++j;
          continue;
        }
        // A participle modifier: only after a determiner/possessive/adjective, before a noun.
        if ((u.tag == Penn::VBG || u.tag == Penn::VBN) && j > i && !has_noun && j + 1 < n &&
            (is_noun_tag(tk[j + 1].tag) || is_adj_tag(tk[j + 1].tag))) {
          ++j;
          continue;
        }
        break;
      }
      if (j == i) {
        ++i;
        continue;
      }
      g.end = j;
      g.head = j - 1;
      for (std::size_t k = j; k-- > i;) {
        if (is_noun_tag(tk[k].tag) || tk[k].tag == Penn::CD) {
          g.head = k;
          break;
        }
        if (g.possessor_end != kNoToken && k <= g.possessor_end) break;
      }
      for (std::size_t k = g.begin; k < g.end; ++k) out.noun_at[k] = out.nouns.size();
      out.nouns.push_back(g);
      i = j;
      continue;
    }
    ++i;
  }

  // Coordination: group, then "and"/"or"/","/"as well as", then a group.
  for (std::size_t a = 0; a + 1 < out.nouns.size(); ++a) {
    const auto& g = out.nouns[a];
    const auto& h = out.nouns[a + 1];
    std::size_t k = g.end;
    bool joined = false;
    while (k < h.begin) {
      const auto w = tk[k].low;
      if (w == "," || w == "and" || w == "or" || w == "as" || w == "well" || w == "both" ||
          w == "either" || w == "&") {
        joined = joined || w == "," || w == "and" || w == "or" || w == "as" || w == "&";
        ++k;
        continue;
      }
      break;
    }
    if (k == h.begin && joined) out.nouns[a].next_conjunct = a + 1;
  }

  // Pass 2: clauses.
  // Every word a clause marker below tests for: most tokens are none, and the
  // chain of comparisons ran for each. A word added to a marker test must be
  // added here too.
  const auto could_mark_clause = [](std::string_view w) {
    switch (w.size()) {
      case 2:
        return w == "if";
      case 3:
        return w == "who";
      case 4:
        return w == "whom" || w == "that" || w == "with" || w == "when" || w == "once";
      case 5:
        return w == "which" || w == "whose" || w == "after" || w == "while" || w == "since" ||
               w == "until";
      case 6:
        return w == "unless" || w == "before" || w == "though";
      case 7:
        return w == "whether" || w == "because";
      case 8:
        return w == "although" || w == "whereas";
      default:
        return false;
    }
  };
  Clause main_clause;
  main_clause.begin = 0;
  main_clause.end = n;
  out.clauses.push_back(main_clause);
  auto clause_end = [&](std::size_t from, bool stop_at_comma) {
    for (std::size_t k = from; k < n; ++k) {
      const auto& w = tk[k].norm;
      if (w == ";" || w == ":" || w == "(" || w == ")") return k;
      if (stop_at_comma &&
          (w == "," || w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93"))
        return k;
    }
    return n;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const Tok& t = tk[i];
    const auto w = t.low;
    const bool m = could_mark_clause(w);
    Clause c;
    c.begin = i;
    c.marker = i;
    const bool after_noun = i > 0 && (out.noun_at[i - 1] != kNoToken ||
                                      (i > 1 && (tk[i - 1].norm == "," || tk[i - 1].norm == "-") &&
                                       out.noun_at[i - 2] != kNoToken));
    if (m && ((w == "which" || w == "who" || w == "whom" || w == "whose") ||
              (w == "that" && after_noun && i + 1 < n && out.verb_at[i + 1] != kNoToken))) {
      if (w == "that" && i > 0 && out.verb_at[i - 1] != kNoToken) continue;  // "said that"
      c.kind = ClauseKind::relative;
      c.end = clause_end(i + 1, true);
    } else if (m && w == "with" && i + 1 < n && out.noun_at[i + 1] != kNoToken) {
      const auto& g = out.nouns[out.noun_at[i + 1]];
      if (g.end < n && out.verb_at[g.end] != kNoToken && tk[g.end].tag == Penn::VBG) {
        c.kind = ClauseKind::absolute;
        c.end = clause_end(i + 1, false);
      } else {
        continue;
      }
    } else if (m && (w == "if" || w == "unless" || w == "whether")) {
      c.kind = ClauseKind::conditional;
      c.end = clause_end(i + 1, w != "whether");
    } else if (m &&
               (w == "after" || w == "before" || w == "when" || w == "while" || w == "because" ||
                w == "since" || w == "although" || w == "though" || w == "until" || w == "once" ||
                w == "whereas") &&
               (t.tag == Penn::IN || t.tag == Penn::WRB || t.tag == Penn::RB)) {
      // Only a clause if a finite verb follows before the next comma.
      const std::size_t e = clause_end(i + 1, true);
      bool finite = false;
      for (std::size_t k = i + 1; k < e && !finite; ++k)
        finite = out.verb_at[k] != kNoToken && tk[k].tag != Penn::VBG && tk[k].tag != Penn::VBN &&
                 tk[k].tag != Penn::TO;
      if (!finite) continue;
      c.kind = ClauseKind::subordinate;
      c.end = e;
    } else if (out.verb_at[i] != kNoToken && out.verbs[out.verb_at[i]].begin == i &&
               out.verbs[out.verb_at[i]].participle && after_noun) {
      c.kind = ClauseKind::reduced;
      c.marker = kNoToken;
      c.end = clause_end(out.verbs[out.verb_at[i]].end, true);
    } else if (m && w == "that" && i > 0 && out.verb_at[i - 1] != kNoToken &&
               in(kDemand, out.verbs[out.verb_at[i - 1]].lemma)) {
      c.kind = ClauseKind::complement;
      c.end = clause_end(i + 1, false);
      // Everything demanded is not a fact.
      for (std::size_t k = i + 1; k < c.end; ++k)
        if (out.verb_at[k] != kNoToken) out.verbs[out.verb_at[k]].modality = Modality::demanded;
    } else {
      continue;
    }
    out.clauses.push_back(c);
  }

  // "urged Kenya to attend", "called on Ethiopia to stop": the infinitive is demanded.
  for (std::size_t v = 0; v + 1 < out.verbs.size(); ++v) {
    if (!in(kDemand, out.verbs[v].lemma)) continue;
    auto& next = out.verbs[v + 1];
    if (!next.infinitive) continue;
    bool only_object = true;  // between them: an object (and "on"), nothing clause-like
    for (std::size_t k = out.verbs[v].end; k < next.begin && only_object; ++k)
      only_object = out.noun_at[k] != kNoToken || tk[k].norm == "on" || tk[k].norm == "upon" ||
                    tk[k].norm == "," || tk[k].norm == "and";
    if (only_object && next.begin > out.verbs[v].end) next.modality = Modality::demanded;
  }

  // "Only if/once/when X, will Y": the whole sentence is conditional.
  if (n > 2 && tk[0].low == "only") {
    const auto w = tk[1].low;
    if (w == "if" || w == "once" || w == "when" || w == "after" || w == "until")
      for (auto& v : out.verbs) v.modality = stronger(v.modality, Modality::hypothetical);
  }
  // Conditional clauses assert nothing.
  for (const auto& c : out.clauses)
    if (c.kind == ClauseKind::conditional)
      for (std::size_t k = c.begin; k < c.end; ++k)
        if (out.verb_at[k] != kNoToken)
          out.verbs[out.verb_at[k]].modality =
              stronger(out.verbs[out.verb_at[k]].modality, Modality::hypothetical);
  return out;
}

}  // namespace actorgraph
