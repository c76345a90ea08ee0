// Events as nodes: trigger nouns from the lexicon, their noun groups and
// attachments (place, date, topic, participants), document-level resolution
// and cross-document ids. See docs/events.md for the rules.
#include "events/event_recognizer.hpp"

#include "relations/dependency_patterns.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "resolve/entity_resolver.hpp"
#include "time/time_expression.hpp"
#include "lang/lower_views.hpp"
#include "time/time_expression_detail.hpp"
#include "resolve/place_containment.hpp"

namespace actorgraph {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool starts_upper(std::string_view s) {
  return !s.empty() && std::isupper(static_cast<unsigned char>(s[0]));
}

bool is_noun(std::string_view pos) { return pos.starts_with("NN"); }

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < phrase.size()) {
    const auto j = phrase.find(' ', i);
    const auto end = j == std::string_view::npos ? phrase.size() : j;
    if (end > i) out.emplace_back(phrase.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

// ---------------------------------------------------------------- triggers

struct TriggerEntry {
  std::vector<std::string> words;
  std::size_t family = 0;  // index into the lexicon's event kinds
  bool weak = false;
};

struct TriggerTable {
  std::span<const EventKindDef> kinds;
  std::vector<TriggerEntry> entries;  // longest first
  // By kind: the split phrases of EventKindDef::weak_trigger_verbs.
  std::vector<std::vector<std::vector<std::string>>> weak_trigger_verbs;
  std::size_t max_words = 0;

  explicit TriggerTable(const Lexicon& lexicon) : kinds(lexicon.event_kinds()) {
    for (std::size_t f = 0; f < kinds.size(); ++f) {
      for (const auto& t : kinds[f].triggers) entries.push_back({split_words(t), f, false});
      for (const auto& t : kinds[f].weak_triggers) entries.push_back({split_words(t), f, true});
      auto& verbs = weak_trigger_verbs.emplace_back();
      for (const auto& phrase : kinds[f].weak_trigger_verbs) verbs.push_back(split_words(phrase));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
    for (const auto& e : entries) max_words = std::max(max_words, e.words.size());
    // Entries by first word, in `entries` order: match() runs on every word.
    // Keys are views of entries' words: `entries` is complete and never changes after this.
    for (std::size_t k = 0; k < entries.size(); ++k) {
      if (entries[k].words.size() >= 2) multi_word.push_back(&entries[k]);
      if (!entries[k].words.empty()) {
        by_first[entries[k].words[0]].push_back(k);
        first_prints[print_of(entries[k].words[0])] = true;
      }
    }
  }
  std::vector<const TriggerEntry*> multi_word;  // entries of two words or more, in order
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_first;

  // A cheap fingerprint of a word (length, first and last bytes) in 12 bits.
  // Most words are no trigger's first word, and their fingerprint says so
  // without hashing the word.
  static std::size_t print_of(std::string_view w) {
    if (w.empty()) return 0;
    return (w.size() * 131 + static_cast<unsigned char>(w.front()) * 31 +
            static_cast<unsigned char>(w.back())) &
           4095;
  }
  std::array<bool, 4096> first_prints{};

  // The longest trigger starting at word i.
  const TriggerEntry* match(const std::vector<std::string_view>& words, std::size_t i) const {
    if (i >= words.size()) return nullptr;
    if (!first_prints[print_of(words[i])]) return nullptr;
    const auto found = by_first.find(words[i]);
    if (found == by_first.end()) return nullptr;
    for (const std::size_t index : found->second) {
      const auto& e = entries[index];
      if (i + e.words.size() > words.size() || e.words.empty()) continue;
      bool ok = true;
      for (std::size_t k = 0; k < e.words.size() && ok; ++k) ok = words[i + k] == e.words[k];
      if (ok) return &e;
    }
    return nullptr;
  }

  bool excluded(std::size_t family, std::string_view word) const {
    const auto& list = kinds[family].excluded_modifiers;
    return std::find(list.begin(), list.end(), word) != list.end();
  }
};

// The table depends only on the lexicon's event kinds: built once per thread
// and lexicon (checked by address and content), not for every document.
const TriggerTable& trigger_table_for(const Lexicon& lexicon) {
  struct Cached {
    const EventKindDef* data = nullptr;
    std::vector<EventKindDef> kinds;
    std::unique_ptr<TriggerTable> table;
  };
  thread_local Cached cached;
  const auto kinds = lexicon.event_kinds();
  if (!cached.table || cached.data != kinds.data() ||
      !std::equal(kinds.begin(), kinds.end(), cached.kinds.begin(), cached.kinds.end())) {
    cached.table = std::make_unique<TriggerTable>(lexicon);
    cached.data = kinds.data();
    cached.kinds.assign(kinds.begin(), kinds.end());
  }
  return *cached.table;
}

// ---------------------------------------------------------------- one mention

struct Anchor {
  std::string id;         // entity id
  std::string name;       // display name
  std::string country;    // country of a location, if known
  int rank = 0;           // city 4, other location 3, venue 2, country 1
  std::size_t begin = 0;  // byte span of the attaching words (for evidence)
  std::size_t end = 0;
  bool needs_node = false;  // a place no actor mention gave a node of that id
};

struct EventMention {
  std::size_t sentence = 0;
  std::size_t token_begin = 0;
  std::size_t token_end = 0;  // one past the trigger's last token
  std::size_t family = 0;
  bool weak = false;
  bool one_word = false;  // the trigger is one word ("deal", "agreement"), not "aid deal"
  // An agreement's multi-word trigger ("aid package", "peace deal"): what kind of deal it is.
  std::string qualified;
  std::optional<Anchor> place;
  std::vector<Anchor> places;  // every place the mention states ("at Astana's Rixos hotel")
  std::optional<Anchor> topic;
  std::optional<DateRange> date;
  std::set<std::string> participants;
  // Where the text names each participant (byte span), for the evidence of its attends edge.
  std::map<std::string, std::pair<std::size_t, std::size_t>> participant_spans;
  // Participants named as themselves, not as members of a group ("the three countries").
  std::set<std::string> named_participants;
  std::size_t cluster = kNone;
  bool reference = false;  // "this initiative": names an event found elsewhere
  bool verbal = false;     // reported by a verb ("the council met"): no noun group
  std::string verbal_name;  // its one subject's name, for the alias "<name> meeting"

  bool anchored() const { return place || date || !participants.empty() || topic; }
};

const std::set<std::string, std::less<>>& venue_heads() {
  static const std::set<std::string, std::less<>> heads{
      "hotel",    "palace",     "centre", "center",    "hall",    "building", "headquarters",
      "stadium",  "university", "house",  "residence", "embassy", "complex",  "arena",
      "compound", "ministry",   "office", "airport",   "base",    "camp",     "square"};
  return heads;
}

bool is_venue_name(std::string_view name) {
  const auto space = name.rfind(' ');
  const std::string last = lower(space == std::string_view::npos ? name : name.substr(space + 1));
  return venue_heads().count(last) > 0;
}

// Words that may stand between an event noun and its place or date
// ("talks, which began on Monday in Astana", "talks scheduled for January 23",
// "the ceasefire that took effect on Dec. 30").
const std::set<std::string, std::less<>>& occurrence_words() {
  static const std::set<std::string, std::less<>> words{
      "which",      "that",      "be",         "is",        "are",       "was",      "were",
      "been",       "being",     "will",       "would",     "shall",     "to",       "has",
      "have",       "had",       "held",       "hold",      "holds",     "holding",  "take",
      "takes",      "took",      "taken",      "taking",    "place",     "begin",    "begins",
      "began",      "begun",     "beginning",  "start",     "starts",    "started",  "starting",
      "open",       "opens",     "opened",     "opening",   "end",       "ends",     "ended",
      "close",      "closes",    "closed",     "resume",    "resumes",   "resumed",  "conclude",
      "concludes",  "concluded", "effect",     "come",      "came",      "comes",    "into",
      "force",      "go",        "goes",       "went",      "gone",      "kick",     "kicked",
      "kicks",      "off",       "get",        "got",       "under",     "way",      "scheduled",
      "set",        "due",       "planned",    "slated",    "expected",  "convene",  "convened",
      "convenes",   "continue",  "continued",  "continues", "last",      "lasted",   "run",
      "ran",        "also",      "now",        "later",     "still",     "already",  "finally",
      "officially", "formally",  "reportedly", "initially", "signed",    "agreed",   "reached",
      "brokered",   "announced", "declared",   "backed",    "sponsored", "mediated", "organised",
      "organized",  "hosted",    "arranged",   "called"};
  return words;
}

bool is_place_preposition(std::string_view w) {
  return w == "in" || w == "at" || w == "near" || w == "outside" || w == "inside";
}
bool is_time_preposition(std::string_view w) {
  return w == "on" || w == "in" || w == "for" || w == "from" || w == "since" || w == "at" ||
         w == "as" || w == "of";
}
bool is_participant_preposition(std::string_view w) {
  return w == "between" || w == "with" || w == "among" || w == "of";
}
bool is_topic_preposition(std::string_view w) {
  return w == "on" || w == "over" || w == "about" || w == "for";
}

// Recognition of one document.
class Recognizer {
 public:
  Recognizer(const Document& document, std::span<const Sentence> sentences,
             std::span<const Mention> actors, const Lexicon& lexicon)
      : doc_(document),
        sentences_(sentences),
        actors_(actors),
        lexicon_(lexicon),
        table_(trigger_table_for(lexicon)),
        by_sentence_(sentences.size()) {
    // Only sentences of the document are ever read: mentions of others are left out.
    for (std::size_t i = 0; i < actors_.size(); ++i) {
      const auto& m = actors_[i];
      if (m.type == EntityType::event || m.sentence >= by_sentence_.size()) continue;
      by_sentence_[m.sentence].push_back(i);
    }
  }

  DocumentEvents run() {
    if (table_.entries.empty()) return {};
    for (std::size_t s = 0; s < sentences_.size(); ++s) scan_sentence(s);
    cluster();
    references();
    return build();
  }

 private:
  // ------------------------------------------------------------ per sentence state
  struct SentenceView {
    const Sentence* sentence = nullptr;
    std::unique_ptr<detail::LowerViews> lower;  // owns the lower-cased words of `words`
    std::vector<std::string_view> words;        // lower-case norm (or text)
    std::vector<std::size_t> mention_at;  // token -> actor mention index or kNone
    std::vector<std::size_t> time_at;     // token -> time expression index (start token only)
    std::vector<std::size_t> time_cover;  // token -> time expression covering it
    std::vector<TimeExpression> times;
    bool headline = false;
  };

  // The view of sentence s, made once: scan_sentence() and references() both read it.
  const SentenceView& view(std::size_t s) {
    if (views_.size() != sentences_.size()) views_.resize(sentences_.size());
    if (!views_[s]) views_[s] = std::make_unique<SentenceView>(view_of(s));
    return *views_[s];
  }

  SentenceView view_of(std::size_t s) {
    SentenceView v;
    v.sentence = &sentences_[s];
    const auto& tokens = v.sentence->tokens;
    v.headline = v.sentence->block == BlockKind::headline;
    std::size_t bytes = 0;
    for (const auto& t : tokens) bytes += (t.norm.empty() ? t.text : t.norm).size();
    v.lower = std::make_unique<detail::LowerViews>(bytes);
    v.words.reserve(tokens.size());
    for (const auto& t : tokens)
      v.words.push_back((*v.lower)(t.norm.empty() ? std::string_view(t.text) : t.norm));
    v.mention_at.assign(tokens.size(), kNone);
    if (s < by_sentence_.size()) {
      for (const auto idx : by_sentence_[s]) {
        const auto& m = actors_[idx];
        for (std::size_t k = m.token_begin; k < m.token_end && k < tokens.size(); ++k)
          v.mention_at[k] = idx;
      }
      for (const auto idx : by_sentence_[s])
        if (gathering_name(v, actors_[idx]))
          for (std::size_t k = actors_[idx].token_begin; k < actors_[idx].token_end; ++k)
            v.mention_at[k] = kNone;
    }
    v.times = detail::find_time_expressions(*v.sentence, v.words, doc_.date);  // words shared
    v.time_at.assign(tokens.size(), kNone);
    v.time_cover.assign(tokens.size(), kNone);
    for (std::size_t e = 0; e < v.times.size(); ++e) {
      v.time_at[v.times[e].token_begin] = e;
      for (std::size_t k = v.times[e].token_begin; k < v.times[e].token_end; ++k)
        v.time_cover[k] = e;
    }
    return v;
  }

  // A name the mention stage took for an organisation by its head ("Congress") that names a
  // gathering: its head is a gathering's trigger and another word of it is a trigger too
  // ("the Syrian National Dialogue Congress", "a Peace Talks Conference"), as no body's
  // name is ("African National Congress"). Its words are read as an event noun group.
  bool gathering_name(const SentenceView& v, const Mention& m) const {
    if (m.kind != MentionKind::name || m.type != EntityType::organization ||
        m.decision == "lexicon" || m.token_end > v.words.size() || m.token_end < m.token_begin + 2)
      return false;
    const TriggerEntry* head = table_.match(v.words, m.token_end - 1);
    if (!head || head->words.size() != 1 || head->weak || !table_.kinds[head->family].gathering)
      return false;
    for (std::size_t k = m.token_begin; k + 1 < m.token_end; ++k)
      if (const TriggerEntry* t = table_.match(v.words, k);
          t && k + t->words.size() < m.token_end && table_.kinds[t->family].gathering)
        return true;
    return false;
  }

  static const std::string& pos(const SentenceView& v, std::size_t k) {
    return v.sentence->tokens[k].pos;
  }
  static const std::string& surface(const SentenceView& v, std::size_t k) {
    return v.sentence->tokens[k].text;
  }

  // ------------------------------------------------------------ places and actors
  std::optional<Anchor> anchor_of(const Mention& m, bool premodifier, bool gathering) {
    Anchor a;
    a.begin = m.begin;
    a.end = m.end;
    if (m.type == EntityType::location && !m.entity.empty()) {
      a.id = m.entity;
      a.name = !m.label.empty() ? m.label : !m.name.empty() ? m.name : m.text;
      a.country = m.country;
      a.rank = is_venue_name(a.name) ? 2 : is_capital_name(a.name) ? 4 : 3;
      return a;
    }
    if (m.kind == MentionKind::metonym && !m.text.empty()) {
      // A capital standing for its country, but here it names where the event is.
      a.id = slugify(m.text);
      a.name = m.text;
      a.country = m.country;
      a.rank = 4;
      a.needs_node = true;
      return a;
    }
    if (m.type == EntityType::country && !m.entity.empty()) {
      const LexiconActor* country = lexicon_.find_actor(m.entity);
      a.id = m.entity;
      a.name = country ? country->name : (!m.label.empty() ? m.label : m.text);
      a.country = m.entity;
      a.rank = 1;
      (void)premodifier;
      (void)gathering;
      return a;
    }
    return std::nullopt;
  }

  bool is_capital_name(std::string_view name) const {
    for (const auto& match : lexicon_.lookup(name))
      if (match.kind == LexiconMatch::Kind::capital) return true;
    return false;
  }

  // "the Kazakh capital": the first capital the lexicon lists for the country.
  std::optional<Anchor> capital_of(const Mention& country_mention) {
    const std::string& id =
        !country_mention.country.empty() ? country_mention.country : country_mention.entity;
    const LexiconActor* country = lexicon_.find_actor(id);
    if (!country || country->type != EntityType::country || country->capitals.empty())
      return std::nullopt;
    Anchor a;
    a.name = country->capitals.front();
    a.id = slugify(a.name);
    a.country = country->id;
    a.rank = 4;
    a.begin = country_mention.begin;
    a.end = country_mention.end;
    a.needs_node = true;
    return a;
  }

  // Whether the hyphenated token holding `m` is made of actor names to its end
  // ("Chile-Peru", "Russian-Turkish"), not a name and a participle ("Chile-backed",
  // "Chile-Peru-brokered"): another mention shares the token and one ends where it ends.
  bool compound_of_names(const SentenceView& v, const Mention& m) const {
    if (m.token_begin + 1 != m.token_end || m.sentence >= by_sentence_.size()) return false;
    const auto& token = v.sentence->tokens[m.token_begin];
    bool other = false;
    bool to_end = m.end == token.end;
    for (const auto idx : by_sentence_[m.sentence]) {
      const Mention& n = actors_[idx];
      if (&n == &m || n.begin < token.begin || n.end > token.end) continue;
      other = true;
      to_end = to_end || n.end == token.end;
    }
    return other && to_end;
  }

  static void add_participant(EventMention& e, const std::string& id, const Mention& m) {
    e.participants.insert(id);
    e.participant_spans.emplace(id, std::make_pair(m.begin, m.end));
    if (m.entity == id) e.named_participants.insert(id);
  }

  static void offer_place(EventMention& e, Anchor a) {
    if (std::none_of(e.places.begin(), e.places.end(),
                     [&](const Anchor& p) { return p.id == a.id; }))
      e.places.push_back(a);
    if (!e.place || a.rank > e.place->rank) e.place = std::move(a);
  }

  // ------------------------------------------------------------ detection
  void scan_sentence(std::size_t s) {
    if (sentences_[s].block == BlockKind::dateline) return;
    const SentenceView& v = view(s);
    const auto& tokens = v.sentence->tokens;
    for (std::size_t i = 0; i < tokens.size();) {
      const TriggerEntry* trigger = table_.match(v.words, i);
      if (!trigger) {
        ++i;
        continue;
      }
      const std::size_t end = i + trigger->words.size();
      if (!accept_trigger(v, i, end, *trigger)) {
        ++i;
        continue;
      }
      EventMention e;
      e.sentence = s;
      e.token_end = end;
      e.family = trigger->family;
      e.weak = trigger->weak;
      e.one_word = trigger->words.size() == 1;
      if (!e.one_word && table_.kinds[trigger->family].kind == "agreement")
        for (const auto& w : trigger->words) e.qualified += (e.qualified.empty() ? "" : " ") + w;
      e.token_begin = premodifiers(v, i, e);
      postmodifiers(v, end, e);
      lookback(v, e);
      found_.push_back(std::move(e));
      i = end;
    }
    scan_verbs(s);
  }

  // "The Security Council met in New York", "X, Y and Z gathered in Tehran": a
  // gathering reported by a verb of the lexicon with no noun for it. Only with a
  // body (an organisation) or several parties as subject, nothing as object (that is
  // meets), and a place: after the verb, or opening the sentence ("At the UN
  // headquarters in New York, the council met"). The mention is no noun group: it
  // names the event only through its subject ("Security Council meeting").
  void scan_verbs(std::size_t s) {
    const SentenceView& v = view(s);
    const auto& tokens = v.sentence->tokens;
    for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
      if (!pos(v, k).starts_with("VBD") || v.mention_at[k] != kNone) continue;
      std::size_t family = kNone;
      for (std::size_t f = 0; f < table_.kinds.size() && family == kNone; ++f)
        if (table_.kinds[f].gathering &&
            std::find(table_.kinds[f].verbs.begin(), table_.kinds[f].verbs.end(), v.words[k]) !=
                table_.kinds[f].verbs.end())
          family = f;
      if (family == kNone) continue;
      // Nothing as object: a preposition, a clause boundary or an adverb follows.
      std::size_t after = k + 1;
      while (after < tokens.size() && pos(v, after) == "RB") ++after;
      if (after >= tokens.size()) continue;
      const std::string_view next = v.words[after];
      if (!(is_place_preposition(next) || next == "on" || next == "to" || next == "," ||
            next == "." || v.time_at[after] != kNone))
        continue;
      // The subject: names (and their titles) right before the verb, "X, Y and Z".
      EventMention e;
      e.sentence = s;
      e.family = family;
      e.verbal = true;
      std::size_t first = k;
      std::size_t bodies = 0;
      std::vector<const Mention*> subject;
      for (std::size_t j = k; j > 0;) {
        const std::size_t t = j - 1;
        if (const auto idx = v.mention_at[t]; idx != kNone) {
          const Mention& m = actors_[idx];
          if (m.type == EntityType::event || m.type == EntityType::location) break;
          subject.push_back(&m);
          j = std::min(t, m.token_begin);
          first = j;
          continue;
        }
        const std::string_view w = v.words[t];
        if ((w == "," || w == "and") && !subject.empty()) {
          --j;
          continue;
        }
        // A title between names ("Russian President Vladimir Putin"), the determiner.
        if (!subject.empty() && (pos(v, t) == "NNP" || pos(v, t) == "DT")) {
          --j;
          continue;
        }
        break;
      }
      for (const Mention* m : subject) {
        if (m->entity.empty()) continue;
        if (m->type == EntityType::organization) ++bodies;
        add_participant(e, m->entity, *m);
        for (const auto& member : m->members) add_participant(e, member, *m);
      }
      if (!(bodies == 1 && subject.size() == 1) && e.participants.size() < 2) continue;
      if (subject.size() == 1) e.verbal_name = subject.front()->text;
      e.token_begin = k;
      e.token_end = k + 1;
      postmodifiers(v, k + 1, e);
      // A place opening the sentence before the subject.
      for (std::size_t j = 0; j + 1 < first; ++j) {
        if (!is_place_preposition(v.words[j])) continue;
        for (std::size_t t = j + 1; t < first && t < j + 8; ++t) {
          const auto idx = v.mention_at[t];
          if (idx == kNone) continue;
          const Mention& m = actors_[idx];
          if (m.type == EntityType::location || m.kind == MentionKind::metonym)
            if (auto a = anchor_of(m, false, true)) offer_place(e, std::move(*a));
        }
      }
      if (!e.place) continue;
      found_.push_back(std::move(e));
    }
  }

  bool accept_trigger(const SentenceView& v, std::size_t i, std::size_t end,
                      const TriggerEntry& trigger) const {
    const auto& tokens = v.sentence->tokens;
    const std::size_t head = end - 1;
    // Inside an actor's name ("High Negotiations Committee", "National Congress Party").
    for (std::size_t k = i; k < end; ++k)
      if (v.mention_at[k] != kNone) return false;
    // The head must be a noun; "talks" may be tagged as a verb after a modifier.
    const std::string& p = pos(v, head);
    if (!is_noun(p)) {
      const bool after_modifier = i > 0 && (pos(v, i - 1) == "DT" || pos(v, i - 1) == "POS" ||
                                            pos(v, i - 1).starts_with("JJ") ||
                                            is_noun(pos(v, i - 1)) || pos(v, i - 1) == "PRP$");
      if (!(p.starts_with("VB") && after_modifier && (p == "VBZ" || p == "VBN" || p == "VBG")) &&
          !v.headline)
        return false;
    }
    // The head of its noun group: a following noun takes over ("ceasefire
    // agreement", "talks venue") unless it is a headline verb in capitals.
    if (end < tokens.size() && is_noun(pos(v, end)) && v.mention_at[end] == kNone &&
        v.time_cover[end] == kNone) {
      const bool capital_in_headline = v.headline && starts_upper(surface(v, end));
      if (!capital_in_headline) return false;
    }
    // "press conference", "small talk", "a great deal".
    if (i > 0 && table_.excluded(trigger.family, v.words[i - 1])) return false;
    // "Previous ceasefires collapsed", "an earlier truce", "several rounds": other
    // events than the one reported, which would otherwise join it and lend it
    // their brokers and dates. They are left out rather than guessed at.
    static const std::set<std::string, std::less<>> kOtherEvents{
        "previous", "earlier", "past", "prior", "former", "several", "many",
        "multiple", "numerous", "repeated", "countless", "successive"};
    for (std::size_t k = i, seen = 0; k > 0 && seen < 3; --k, ++seen) {
      if (kOtherEvents.count(v.words[k - 1])) return false;
      if (pos(v, k - 1) == "DT" || v.mention_at[k - 1] != kNone) break;
    }
    // A capitalised noun inside prose that is not part of a capitalised name is
    // an organisation ("the Congress", "the Assembly").
    if (!v.headline && i > 0 && starts_upper(surface(v, i)) && !starts_upper(surface(v, i - 1)) &&
        !all_caps_sentence(v))
      return false;
    // A capitalised singular noun opening a prose sentence with no determiner
    // is a name ("Congress voted"); plurals are not ("Talks resumed").
    if (!v.headline && i == 0 && end == i + 1 && starts_upper(surface(v, i)) &&
        (!v.words[i].ends_with("s") || v.words[i].ends_with("ss")) && !all_caps_sentence(v))
      return false;
    // "in agreement with", "in accord": no determiner, right after a preposition.
    if (!table_.kinds[trigger.family].gathering && i > 0 &&
        (v.words[i - 1] == "in" || v.words[i - 1] == "by"))
      return false;
    // Weak triggers: "round" and "session" need a determiner or modifier
    // ("the round", "Tuesday's round", "a new round"), and "a round of
    // shelling" is no event; "round of talks" is left to "talks".
    if (trigger.weak) {
      if (i == 0) return false;
      const std::string& before = pos(v, i - 1);
      const bool modified = before == "DT" || before == "POS" || before == "PRP$" ||
                            before.starts_with("JJ") || before == "CD" || is_noun(before) ||
                            before == "NNP";
      if (!modified) return false;
      if (end < tokens.size() && v.words[end] == "of") return false;
    }
    return true;
  }

  static bool all_caps_sentence(const SentenceView& v) {
    std::size_t letters = 0;
    std::size_t upper = 0;
    for (const auto& t : v.sentence->tokens)
      for (char c : t.text)
        if (std::isalpha(static_cast<unsigned char>(c))) {
          ++letters;
          if (std::isupper(static_cast<unsigned char>(c))) ++upper;
        }
    return letters > 0 && upper * 10 >= letters * 8;
  }

  // Does verb phrase `phrase` ("sign", "withdraw from") end at token `last`: its first
  // word the lemma of a verb, the rest the words that follow it?
  static bool verb_phrase_ends_at(const SentenceView& v, const std::vector<std::string>& phrase,
                                  std::size_t last) {
    if (phrase.empty() || last + 1 < phrase.size()) return false;
    const std::size_t first = last + 1 - phrase.size();
    const Token& verb = v.sentence->tokens[first];
    if (!verb.pos.starts_with("VB") || verb.lemma != phrase[0]) return false;
    for (std::size_t w = 1; w < phrase.size(); ++w)
      if (v.words[first + w] != phrase[w]) return false;
    return true;
  }

  // A weak trigger as the object of one of its kind's verbs names the event on its own:
  // "Norway signed a new pact", "Chile pulled out of the deal", "the pact was signed".
  bool object_of_weak_trigger_verb(const EventMention& e) {
    const auto& phrases = table_.weak_trigger_verbs[e.family];
    if (phrases.empty()) return false;
    const SentenceView& v = view(e.sentence);
    const auto& tokens = v.sentence->tokens;
    // Active: the verb phrase right before the noun group ("signed a new defence pact").
    std::size_t k = e.token_begin;
    for (std::size_t skipped = 0; k > 0 && skipped < 6; ++skipped) {
      const std::string& p = tokens[k - 1].pos;
      const bool modifier = p == "DT" || p == "PRP$" || p == "POS" || p == "CD" || p == "HYPH" ||
                            p.starts_with("JJ") || is_noun(p) || v.mention_at[k - 1] != kNone;
      if (!modifier) break;
      --k;
    }
    if (k > 0)
      for (const auto& phrase : phrases)
        if (verb_phrase_ends_at(v, phrase, k - 1)) return true;
    // Passive: "the pact (has) been / was signed".
    std::size_t after = e.token_end;
    static const std::set<std::string, std::less<>> be{"is",   "are", "was",  "were",
                                                       "been", "be",  "being"};
    bool passive = false;
    while (after < tokens.size() && (be.count(v.words[after]) > 0 || v.words[after] == "has" ||
                                     v.words[after] == "have" || v.words[after] == "had")) {
      passive = passive || be.count(v.words[after]) > 0;
      ++after;
    }
    if (!passive || after >= tokens.size() || tokens[after].pos != "VBN") return false;
    for (const auto& phrase : phrases)
      if (phrase.size() <= tokens.size() - after &&
          verb_phrase_ends_at(v, phrase, after + phrase.size() - 1))
        return true;
    return false;
  }

  bool premodifier_word(const SentenceView& v, std::size_t k) const {
    const std::string& p = pos(v, k);
    if (v.mention_at[k] != kNone || v.time_cover[k] != kNone) return true;
    if (v.headline) {
      // Title-case headlines tag verbs as proper nouns: only plain modifiers.
      static const std::set<std::string, std::less<>> plain{
          "peace",       "new",      "next",      "first",    "second",        "third",
          "fourth",      "fifth",    "fresh",     "latest",   "direct",        "indirect",
          "final",       "proposed", "planned",   "upcoming", "international", "nationwide",
          "countrywide", "two-day",  "three-day", "one-day"};
      return plain.count(v.words[k]) > 0 || table_.match(v.words, k) != nullptr;
    }
    // A participle modifies the noun only inside a noun group ("the planned
    // talks"), not as a verb ("envoys held talks").
    if (p == "VBN")
      return k > 0 && (pos(v, k - 1) == "DT" || pos(v, k - 1) == "PRP$" || pos(v, k - 1) == "POS" ||
                       pos(v, k - 1).starts_with("JJ") || pos(v, k - 1) == "CD");
    return p.starts_with("JJ") || is_noun(p) || p == "CD" || p == "POS" || p == "HYPH";
  }

  // The first token of a multi-word trigger whose last token is k, or kNone.
  std::size_t trigger_ending_at(const SentenceView& v, std::size_t k, std::size_t floor) const {
    for (const TriggerEntry* entry : table_.multi_word) {
      const std::size_t n = entry->words.size();
      if (k + 1 < n || k + 1 - n < floor) continue;
      // The entry can only be the match if its last word is this one: a cheap
      // test that spares most calls to match().
      if (entry->words.back() != v.words[k]) continue;
      if (table_.match(v.words, k + 1 - n) == entry) return k + 1 - n;
    }
    return kNone;
  }

  // Extends the noun group left of the trigger; reads places, topics, dates
  // and participants from the modifiers; returns the first token.
  std::size_t premodifiers(const SentenceView& v, std::size_t trigger_begin, EventMention& e) {
    std::size_t first = trigger_begin;
    std::size_t steps = 0;
    // Never reach into the previous event noun group of the sentence.
    std::size_t floor = 0;
    if (!found_.empty() && found_.back().sentence == e.sentence) floor = found_.back().token_end;
    while (first > floor && steps < 8) {
      const std::size_t k = first - 1;
      // A multi-word trigger ending here ("cessation of hostilities agreement").
      if (const std::size_t start = trigger_ending_at(v, k, floor); start != kNone) {
        first = start;
        ++steps;
        continue;
      }
      if (premodifier_word(v, k)) {
        // A time expression or a mention is taken whole.
        if (v.time_cover[k] != kNone) {
          first = v.times[v.time_cover[k]].token_begin;
        } else if (v.mention_at[k] != kNone) {
          first = std::min(k, actors_[v.mention_at[k]].token_begin);
        } else {
          first = k;
        }
        ++steps;
        continue;
      }
      // "Russian and Turkish-backed Syria talks": a conjunction or comma between modifiers.
      if ((v.words[k] == "and" || v.words[k] == ",") && k > 0 && first < trigger_begin &&
          premodifier_word(v, k - 1) && !pos(v, k - 1).starts_with("VB")) {
        first = k;
        ++steps;
        continue;
      }
      break;
    }
    // "a new round of talks", "the first session of Syria peace talks": the part
    // noun and its modifiers belong to the group.
    if (first >= floor + 2 && v.words[first - 1] == "of") {
      static const std::set<std::string, std::less<>> parts{
          "round", "session", "stage", "phase", "part", "day", "sessions", "rounds"};
      if (parts.count(v.words[first - 2])) {
        std::size_t k = first - 2;
        while (k > floor && (premodifier_word(v, k - 1)) && trigger_begin - k < 12) {
          k = v.time_cover[k - 1] != kNone ? v.times[v.time_cover[k - 1]].token_begin : k - 1;
        }
        first = k;
      }
    }
    // Leading conjunctions and commas are not part of the group.
    while (first < trigger_begin && (v.words[first] == "and" || v.words[first] == ",")) ++first;

    const bool gathering = table_.kinds[e.family].gathering;
    // Read the modifiers.
    std::vector<const Mention*> countries;
    std::set<std::size_t> sponsors_from;  // first tokens of sponsor compounds ("Turkish-backed")
    for (std::size_t k = first; k < trigger_begin;) {
      if (v.time_cover[k] != kNone) {
        const auto& t = v.times[v.time_cover[k]];
        if (t.value) e.date = merge_dates(e.date, *t.value);
        k = t.token_end;
        continue;
      }
      if (const auto idx = v.mention_at[k]; idx != kNone) {
        const Mention& m = actors_[idx];
        // "Turkish-backed" and "Russian-brokered" modifiers name a sponsor, not a place.
        if (m.token_end == 0 || m.token_end > v.sentence->tokens.size()) {
          ++k;
          continue;
        }
        // "Chile-Peru summit", "Russian-Turkish talks": a compound of names only is
        // the gathering's parties.
        const bool compound_sponsor =
            (m.end < v.sentence->tokens[m.token_end - 1].end && !compound_of_names(v, m)) ||
            (m.token_end < v.sentence->tokens.size() && v.words[m.token_end].starts_with("-"));
        if (compound_of_names(v, m)) {
          // Every name of the compound, in text order (the token shows only its last).
          for (const auto other : by_sentence_[e.sentence]) {
            const Mention& n = actors_[other];
            if (n.token_begin != m.token_begin || n.token_end != m.token_end) continue;
            if (n.type == EntityType::country)
              countries.push_back(&n);
            else if (!n.entity.empty() && n.type != EntityType::location)
              add_participant(e, n.entity, n);
          }
        } else if (compound_sponsor) {
          sponsors_from.insert(m.token_begin);
        } else {
          if (m.type == EntityType::location || m.kind == MentionKind::metonym) {
            if (auto a = anchor_of(m, true, gathering)) offer_place(e, std::move(*a));
          } else if (m.type == EntityType::country) {
            countries.push_back(&m);
          } else if (!m.entity.empty()) {
            add_participant(e, m.entity, m);
          }
        }
        k = std::max(k + 1, m.token_end);
        continue;
      }
      if (const TriggerEntry* inner = table_.match(v.words, k);
          inner && k + inner->words.size() <= trigger_begin) {
        // "ceasefire agreement" is a ceasefire; "ceasefire talks" are talks.
        if (!table_.kinds[e.family].gathering) {
          e.family = inner->family;
          e.weak = e.weak && inner->weak;
        } else if (e.weak && !inner->weak) {
          e.weak = false;
        }
        k += inner->words.size();
        continue;
      }
      ++k;
    }
    // "Russian and Turkish-backed talks": names coordinated with a sponsor compound
    // are sponsors too, not parties.
    if (!sponsors_from.empty()) {
      const std::size_t first_sponsor = *sponsors_from.begin();
      const auto coordinated = [&](const Mention* m) {
        return m->token_end <= first_sponsor && m->token_end < v.sentence->tokens.size() &&
               (v.words[m->token_end] == "and" || v.words[m->token_end] == ",");
      };
      std::erase_if(countries, coordinated);
      for (auto it = e.participant_spans.begin(); it != e.participant_spans.end();) {
        const bool drop = std::any_of(
            by_sentence_[e.sentence].begin(), by_sentence_[e.sentence].end(), [&](std::size_t idx) {
              const Mention& n = actors_[idx];
              return n.entity == it->first && n.begin == it->second.first && coordinated(&n);
            });
        if (drop) {
          e.participants.erase(it->first);
          it = e.participant_spans.erase(it);
        } else {
          ++it;
        }
      }
    }
    // One country before a gathering is its topic ("Syria talks"); two or more
    // are its parties ("Russian-Turkish talks"); before a ceasefire a country is
    // where it holds ("the Syrian ceasefire"); before an agreement, a resolution
    // or an exchange it is what the event is about ("the Iran deal"), not where.
    if (countries.size() == 1) {
      const auto& kind = table_.kinds[e.family];
      const bool country_gathering = kind.gathering;
      if (auto a = anchor_of(*countries.front(), true, country_gathering)) {
        if (country_gathering || !kind.located)
          e.topic = std::move(*a);
        else
          offer_place(e, std::move(*a));
      }
    } else {
      for (const Mention* m : countries)
        if (!m->entity.empty()) add_participant(e, m->entity, *m);
    }
    return first;
  }

  static std::optional<DateRange> merge_dates(const std::optional<DateRange>& a,
                                              const DateRange& b) {
    if (!a) return b;
    // The narrower of two nested ranges; the union otherwise.
    if (a->begin <= b.begin && b.end <= a->end) return b;
    if (b.begin <= a->begin && a->end <= b.end) return a;
    return DateRange{std::min(a->begin, b.begin), std::max(a->end, b.end)};
  }

  // Reads a noun phrase after a preposition: mentions and dates in it.
  // Returns the token after the phrase.
  std::size_t read_phrase(const SentenceView& v, std::size_t k, std::string_view preposition,
                          EventMention& e) {
    const auto& tokens = v.sentence->tokens;
    const bool gathering = table_.kinds[e.family].gathering;
    std::size_t steps = 0;
    bool took_any = false;
    while (k < tokens.size() && steps < 12) {
      ++steps;
      if (v.time_at[k] != kNone) {
        const auto& t = v.times[v.time_at[k]];
        if (is_time_preposition(preposition) || preposition.empty()) {
          if (t.value) e.date = merge_dates(e.date, *t.value);
        }
        k = t.token_end;
        took_any = true;
        continue;
      }
      if (const auto idx = v.mention_at[k]; idx != kNone) {
        const Mention& m = actors_[idx];
        if (is_place_preposition(preposition)) {
          // "in the Kazakh capital": the country's capital.
          const bool capital_follows =
              m.token_end < tokens.size() &&
              (v.words[m.token_end] == "capital" ||
               (m.token_end + 1 < tokens.size() && v.words[m.token_end] == "'s" &&
                v.words[m.token_end + 1] == "capital"));
          // "in the Russian resort city of Sochi": the adjective's country describes the
          // place the phrase names; that place is the one.
          bool named_after = false;
          if (m.kind == MentionKind::demonym)
            for (std::size_t j = m.token_end; j < tokens.size() && j < m.token_end + 6; ++j) {
              if (const auto o = v.mention_at[j]; o != kNone) {
                named_after = actors_[o].type == EntityType::location;
                break;
              }
              const std::string& pj = pos(v, j);
              // "city of Sochi": a proper name after "of", known as a place or not.
              if (v.words[j] == "of" && j > m.token_end && j + 1 < tokens.size() &&
                  pos(v, j + 1) == "NNP") {
                named_after = true;
                break;
              }
              if (!(is_noun(pj) || pj.starts_with("JJ") || v.words[j] == "of")) break;
            }
          if (!named_after && (m.type == EntityType::location || m.kind == MentionKind::metonym ||
                               m.type == EntityType::country)) {
            if (auto a = anchor_of(m, false, gathering)) {
              a->begin = std::min(a->begin, tokens[k].begin);
              offer_place(e, std::move(*a));
            }
            if (capital_follows && m.type == EntityType::country) {
              // Named later by an apposition ("Kazakhstan's capital, Astana") or not at all.
              std::size_t after = m.token_end + (v.words[m.token_end] == "'s" ? 2 : 1);
              if (!(after < tokens.size() &&
                    (v.words[after] == "," || v.mention_at[after] != kNone))) {
                if (auto c = capital_of(m)) offer_place(e, std::move(*c));
              }
            }
          }
        } else if (is_participant_preposition(preposition) &&
                   (gathering || preposition == "between" || preposition == "among")) {
          // A gathering's parties after between/with/among/of; an agreement's or an
          // exchange's after between/among only ("the deal between X and Y").
          if (!m.entity.empty() && m.type != EntityType::location) add_participant(e, m.entity, m);
          for (const auto& member : m.members) add_participant(e, member, m);
        } else if (is_topic_preposition(preposition) && m.type == EntityType::country &&
                   gathering && !e.topic) {
          if (auto a = anchor_of(m, false, gathering)) e.topic = std::move(*a);
        }
        k = std::max(k + 1, m.token_end);
        took_any = true;
        continue;
      }
      const std::string& p = pos(v, k);
      const std::string_view w = v.words[k];
      if (table_.match(v.words, k)) break;  // another event
      if (p == "DT" || p.starts_with("JJ") || is_noun(p) || p == "CD" || p == "POS" ||
          p == "PRP$" || w == "of") {
        ++k;
        continue;
      }
      // Apposition or coordination inside the phrase: "Kazakhstan's capital, Astana",
      // "between Russia and Turkey".
      if ((w == "," || w == "and" || w == "&") && k + 1 < tokens.size() &&
          (v.mention_at[k + 1] != kNone || pos(v, k + 1) == "DT") && took_any) {
        ++k;
        continue;
      }
      break;
    }
    return k;
  }

  // Walks right of the trigger through prepositional phrases, time
  // expressions and the verbs of occurrence.
  void postmodifiers(const SentenceView& v, std::size_t k, EventMention& e) {
    const auto& tokens = v.sentence->tokens;
    const EventKindDef& kind = table_.kinds[e.family];
    bool through_verb = false;  // a verb of occurrence passed ("signed", "reached")
    bool after_party_noun = false;  // the last phrase was "between/with + a common noun"
    std::size_t steps = 0;
    while (k < tokens.size() && steps < 16) {
      ++steps;
      const std::string_view w = v.words[k];
      if (v.time_at[k] != kNone) {
        k = read_phrase(v, k, "", e);
        continue;
      }
      // "talks convened by the UN in Geneva": the agent of a participle of
      // occurrence is passed over (the relation rules read it) to the place after it.
      const std::size_t agent = k + 1 < tokens.size() && pos(v, k + 1) == "DT" ? k + 2 : k + 1;
      if (w == "by" && k > 0 && occurrence_words().count(v.words[k - 1]) && agent < tokens.size() &&
          v.mention_at[agent] != kNone) {
        std::size_t j = agent;
        while (j < tokens.size() && v.mention_at[j] != kNone)
          j = actors_[v.mention_at[j]].token_end;
        k = j;
        continue;
      }
      // "in line with the wishes of X", "in keeping with": a manner, not the parties.
      if (w == "with" && k > 0 &&
          (v.words[k - 1] == "line" || v.words[k - 1] == "keeping" ||
           v.words[k - 1] == "accordance"))
        break;
      if (is_place_preposition(w) || is_time_preposition(w) || is_participant_preposition(w) ||
          is_topic_preposition(w)) {
        // An agreement is placed by where it was made ("the accord signed in Oslo"); a
        // place right after its noun is the verb's ("withdrew from the deal in a speech at
        // the White House"): the phrase's date and parties are kept, not its place.
        // (An exchange happens where it is said to: "a prisoner swap in Tbilisi".)
        // "talks between belligerents in Syria": a place right after a party noun is
        // where the parties are, not the talks.
        const bool unplaced =
            (kind.kind == "agreement" && !through_verb && is_place_preposition(w)) ||
            (is_place_preposition(w) && after_party_noun);
        const auto place = e.place;
        const auto places = e.places;
        // "for talks" after a verb is a purpose, not a modifier: stop at verbs handled below.
        const std::size_t next = read_phrase(v, k + 1, w, e);
        if (unplaced) {
          e.place = place;
          e.places = places;
        }
        if (next == k + 1) break;
        after_party_noun = is_participant_preposition(w) && w != "of" &&
                           is_noun(pos(v, next - 1)) && v.mention_at[next - 1] == kNone;
        k = next;
        continue;
      }
      if (w == "," && k + 1 < tokens.size()) {
        const std::string_view n = v.words[k + 1];
        if (n == "which" || n == "that" || pos(v, k + 1) == "VBN" || v.time_at[k + 1] != kNone ||
            is_place_preposition(n)) {
          ++k;
          continue;
        }
        break;
      }
      if (table_.match(v.words, k)) break;
      if (occurrence_words().count(w) || pos(v, k) == "RB") {
        through_verb = through_verb || pos(v, k).starts_with("VB");
        ++k;
        continue;
      }
      break;
    }
  }

  // "... gathered in Astana on Monday for talks": a place and a date earlier in
  // the clause belong to a purpose "for (the) talks".
  void lookback(const SentenceView& v, EventMention& e) {
    std::size_t k = e.token_begin;
    if (k > 0 && pos(v, k - 1) == "DT") --k;
    if (k == 0 || (v.words[k - 1] != "for" && v.words[k - 1] != "to")) return;
    // "closer to a cease-fire", "nearer to a deal": a degree, not a purpose.
    if (k >= 2 && v.words[k - 1] == "to" && (pos(v, k - 2) == "JJR" || pos(v, k - 2) == "RBR"))
      return;
    // The clause: back to the sentence start, a semicolon, a quotation mark (the quote is
    // another speaker's clause: 'X, speaking in Jordan, said they are "closer to a truce"')
    // or another event.
    std::size_t start = k - 1;
    while (start > 0) {
      const std::string_view w = v.words[start - 1];
      const std::string& p = pos(v, start - 1);
      if (w == ";" || w == ":" || p == "``" || p == "''" || table_.match(v.words, start - 1)) break;
      --start;
    }
    for (std::size_t j = start; j + 1 < k; ++j) {
      if (is_place_preposition(v.words[j]) && v.mention_at[j + 1] != kNone) {
        const Mention& m = actors_[v.mention_at[j + 1]];
        if (m.type == EntityType::location || m.kind == MentionKind::metonym ||
            m.type == EntityType::country)
          if (auto a = anchor_of(m, false, true)) offer_place(e, std::move(*a));
      }
      if (v.time_at[j] != kNone) {
        const auto& t = v.times[v.time_at[j]];
        if (t.value && t.token_end <= k) e.date = merge_dates(e.date, *t.value);
      }
    }
  }

  // ------------------------------------------------------------ resolution
  struct Cluster {
    std::size_t family = 0;
    std::optional<Anchor> place;
    std::optional<Anchor> topic;
    std::optional<DateRange> date;
    std::set<std::string> participants;
    std::vector<std::size_t> members;
    bool anchored = false;
    bool dead = false;    // merged into another cluster
    bool verbal = false;  // started by a verb ("the council met in Geneva"): joined by no noun
    std::string qualified;  // its first member's qualified trigger ("aid package"), if any
  };

  static bool same_place(const Anchor& a, const Anchor& b) {
    return a.id == b.id || (!a.country.empty() && a.country == b.id) ||
           (!b.country.empty() && b.country == a.id);
  }

  static bool dates_close(const DateRange& a, const DateRange& b) {
    const auto a0 = day_number(a.begin), a1 = day_number(a.end);
    const auto b0 = day_number(b.begin), b1 = day_number(b.end);
    if (!a0 || !a1 || !b0 || !b1) return false;
    // Overlapping, or within a week of each other (a multi-day gathering).
    return *b0 <= *a1 + 7 && *a0 <= *b1 + 7;
  }

  // An undated gathering in the news is the current one: "talks in Astana"
  // and "negotiations next month" are two events. Ceasefires and agreements
  // last, so an undated mention of one says nothing about its date.
  bool current(const DateRange& date) const {
    if (!day_number(doc_.date)) return true;
    const DateRange today{doc_.date, doc_.date};
    return dates_close(date, today) || date.begin.substr(0, 7) == doc_.date.substr(0, 7);
  }

  bool compatible(const Cluster& c, const EventMention& e) const {
    if (c.family != e.family) return false;
    if (!kinds_agree(c.qualified, e.qualified)) return false;  // an aid deal, a peace deal
    // A meeting a verb reports is known by its subject and place only: a noun
    // elsewhere ("an urgent meeting of X") may be another one.
    if (c.verbal || e.verbal) return false;
    if (c.place && e.place && !same_place(*c.place, *e.place)) return false;
    if (c.topic && e.topic && c.topic->id != e.topic->id) return false;
    // An agreement about one country and one placed in another are two agreements
    // ("the Iran deal", "the Paris accord"). A gathering's topic and place differ
    // by nature ("Syria talks in Geneva").
    if (!table_.kinds[c.family].gathering) {
      if (c.place && e.topic && !same_place(*c.place, *e.topic)) return false;
      if (c.topic && e.place && !same_place(*e.place, *c.topic)) return false;
    }
    if (c.date && e.date && !dates_close(*c.date, *e.date)) return false;
    // Two parties' deal and two others' deal, with no place to tie them, are two events
    // ("the trade deal between Chile and Peru", "the arms deal between Brazil and France").
    // Not for gatherings: a mention of talks names some of their many parties.
    if (!table_.kinds[c.family].gathering && !(c.place && e.place) && c.participants.size() >= 2 &&
        e.participants.size() >= 2 &&
        std::none_of(e.participants.begin(), e.participants.end(),
                     [&](const std::string& p) { return c.participants.count(p) > 0; }))
      return false;
    if (table_.kinds[c.family].gathering && c.date.has_value() != e.date.has_value()) {
      const DateRange& date = c.date ? *c.date : *e.date;
      if (!current(date)) return false;
    }
    return true;
  }

  void join(std::size_t c, std::size_t m) {
    Cluster& cl = clusters_[c];
    EventMention& e = found_[m];
    e.cluster = c;
    cl.members.push_back(m);
    if (e.place && (!cl.place || e.place->rank > cl.place->rank)) cl.place = e.place;
    if (e.topic && !cl.topic) cl.topic = e.topic;
    if (cl.qualified.empty()) cl.qualified = e.qualified;
    if (e.date) cl.date = merge_dates(cl.date, *e.date);
    cl.participants.insert(e.participants.begin(), e.participants.end());
    cl.anchored = cl.anchored || e.anchored();
  }

  // Two qualified triggers of one family name the same kind of deal: the same first word
  // ("aid package", "aid deal"), or one of them unqualified ("the deal").
  static bool kinds_agree(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty()) return true;
    return a.substr(0, a.find(' ')) == b.substr(0, b.find(' '));
  }

  // The largest anchored cluster of a family, the earliest on ties.
  std::size_t main_cluster(std::size_t family) const {
    std::size_t best = kNone;
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      if (clusters_[c].dead || clusters_[c].family != family || !clusters_[c].anchored ||
          clusters_[c].verbal)
        continue;
      if (best == kNone || clusters_[c].members.size() > clusters_[best].members.size()) best = c;
    }
    return best;
  }

  // Talks, a meeting and a summit at one place at one time are one gathering
  // under several names ("the talks in Astana" ... "the Astana summit"): the
  // smaller cluster joins the larger, whose kind wins.
  void merge_gatherings() {
    for (std::size_t a = 0; a < clusters_.size(); ++a) {
      for (std::size_t b = 0; b < clusters_.size(); ++b) {
        Cluster& big = clusters_[a];
        Cluster& small = clusters_[b];
        if (a == b || big.dead || small.dead || big.family == small.family) continue;
        if (!table_.kinds[big.family].gathering || !table_.kinds[small.family].gathering) continue;
        if (!big.place || !small.place || big.place->id != small.place->id) continue;
        if (small.members.size() > big.members.size() ||
            (small.members.size() == big.members.size() && b < a))
          continue;
        if (big.date && small.date && !dates_close(*big.date, *small.date)) continue;
        if (big.date.has_value() != small.date.has_value() &&
            !current(big.date ? *big.date : *small.date))
          continue;
        const auto members = small.members;
        small.dead = true;
        small.members.clear();
        for (const auto m : members) {
          found_[m].family = big.family;
          join(a, m);
        }
      }
    }
  }

  void cluster() {
    // Pass 1: anchored mentions join the largest compatible cluster, or start one.
    for (std::size_t m = 0; m < found_.size(); ++m) {
      if (!found_[m].anchored()) continue;
      std::size_t best = kNone;
      for (std::size_t c = 0; c < clusters_.size(); ++c) {
        if (clusters_[c].dead || !compatible(clusters_[c], found_[m])) continue;
        if (best == kNone || clusters_[c].members.size() > clusters_[best].members.size()) best = c;
      }
      if (best == kNone) {
        clusters_.push_back(Cluster{});
        clusters_.back().family = found_[m].family;
        clusters_.back().verbal = found_[m].verbal;
        best = clusters_.size() - 1;
      }
      join(best, m);
    }
    merge_gatherings();
    // Pass 2: "the talks" joins the document's main event of its kind; a
    // strong trigger with none starts one unanchored event per kind; a weak
    // one ("the round") with none is dropped.
    // Keyed by family and the qualifying word of the trigger: with nothing else to tell them
    // apart, an article's "aid package" and its "peace deal" are still two deals.
    std::map<std::pair<std::size_t, std::string>, std::size_t> orphan_of_family;
    for (std::size_t m = 0; m < found_.size(); ++m) {
      if (found_[m].anchored()) continue;
      const std::size_t family = found_[m].family;
      std::size_t c = main_cluster(family);
      // "the aid deal" ... "the temporary peace deal": two kinds of deal, not one.
      if (c != kNone && !kinds_agree(clusters_[c].qualified, found_[m].qualified)) c = kNone;
      // "A new ceasefire begins Sunday ... The leaders of X and Y helped broker the
      // deal": a ceasefire is an agreement, and with no agreement of its own the
      // article's bare "the deal" is its ceasefire ("the aid deal" is another).
      // It refers to the ceasefire and is no name of it.
      if (c == kNone && found_[m].one_word && table_.kinds[family].kind == "agreement")
        for (std::size_t f = 0; f < table_.kinds.size() && c == kNone; ++f)
          if (table_.kinds[f].kind == "ceasefire" && (c = main_cluster(f)) != kNone)
            found_[m].reference = true;
      // "The congress opened in Sochi. The summit has brought together ...": with no
      // gathering of its own kind, a bare "the summit" is the gathering just named (in
      // this sentence or the one before).
      if (c == kNone && found_[m].one_word && table_.kinds[family].gathering)
        for (std::size_t o = m; o-- > 0;) {
          if (found_[o].sentence + 1 < found_[m].sentence) break;
          const std::size_t oc = found_[o].cluster;
          if (oc == kNone || clusters_[oc].dead || clusters_[oc].verbal ||
              !table_.kinds[clusters_[oc].family].gathering)
            continue;
          c = oc;
          found_[m].reference = true;
          break;
        }
      if (c == kNone) {
        if (found_[m].weak && !object_of_weak_trigger_verb(found_[m])) continue;
        const std::string& q = found_[m].qualified;
        const std::string qualifier = q.substr(0, q.find(' '));
        auto it = orphan_of_family.find({family, qualifier});
        // A bare "the deal" joins the family's first orphan, as before.
        if (qualifier.empty() && it == orphan_of_family.end())
          for (auto o = orphan_of_family.begin(); o != orphan_of_family.end(); ++o)
            if (o->first.first == family) {
              it = o;
              break;
            }
        if (it != orphan_of_family.end()) {
          c = it->second;
        } else {
          clusters_.push_back(Cluster{});
          clusters_.back().family = family;
          clusters_.back().qualified = q;
          c = clusters_.size() - 1;
          orphan_of_family.emplace(std::make_pair(family, qualifier), c);
        }
      }
      join(c, m);
    }
    infer_topics();
  }

  // A ceasefire or an agreement the text does not place, in a document whose
  // main gathering is about one country ("Syria talks"), is about that
  // country: it takes it as its topic (never as its place, which needs words
  // in the text, and never as a located_in edge).
  void infer_topics() {
    std::size_t main = kNone;
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      const Cluster& cl = clusters_[c];
      if (cl.dead || !cl.topic || !table_.kinds[cl.family].gathering) continue;
      if (main == kNone || cl.members.size() > clusters_[main].members.size()) main = c;
    }
    if (main == kNone) return;
    for (auto& cl : clusters_) {
      if (cl.dead || cl.place || cl.topic || table_.kinds[cl.family].gathering) continue;
      cl.topic = clusters_[main].topic;
    }
  }

  // ------------------------------------------------------------ references
  // "this initiative", "that initiative", "the joint initiative by X and Y",
  // "Qatar's initiative": nouns that name no event kind of their own but, with
  // a definite determiner, refer to the gathering the article is about. They
  // resolve to the gathering mentioned last before them (else the first one
  // later in the same sentence); with no anchored gathering in the document
  // they refer to nothing. Indefinite or quantified uses ("any initiative",
  // "a new initiative") introduce something else and are left alone.
  static bool reference_noun(std::string_view w) {
    return w == "initiative" || w == "process" || w == "effort";
  }

  bool reference_at(const SentenceView& v, std::size_t k, std::size_t& first) const {
    const auto& tokens = v.sentence->tokens;
    if (!reference_noun(v.words[k]) || !is_noun(pos(v, k)) || v.mention_at[k] != kNone)
      return false;
    // The head of its group: "initiative talks" is not this noun's reference.
    if (k + 1 < tokens.size() && is_noun(pos(v, k + 1))) return false;
    // "the process of agreeing", "an effort to end": a description of an act.
    if (k + 1 < tokens.size() && (v.words[k + 1] == "to" || v.words[k + 1] == "of") &&
        k + 2 < tokens.size() && (pos(v, k + 2).starts_with("VB") || v.words[k + 1] == "to"))
      return false;
    std::size_t j = k;
    while (j > 0 && (pos(v, j - 1).starts_with("JJ") || pos(v, j - 1) == "HYPH" ||
                     (is_noun(pos(v, j - 1)) && v.mention_at[j - 1] == kNone &&
                      !table_.match(v.words, j - 1)))) {
      const std::string_view a = v.words[j - 1];
      if (a == "new" || a == "another" || a == "other" || a == "fresh" || a == "separate" ||
          a == "different" || a == "own" || a == "earlier" || a == "previous" || a == "similar")
        return false;
      --j;
    }
    if (j == 0) return false;
    const std::string_view d = v.words[j - 1];
    const bool definite = d == "this" || d == "that" || d == "the" || d == "these" ||
                          d == "those" || d == "its" || d == "their" || d == "his" || d == "her";
    const bool possessed = pos(v, j - 1) == "POS" && j >= 2 && v.mention_at[j - 2] != kNone;
    if (!definite && !possessed) return false;
    first = j;
    return true;
  }

  void references() {
    // Gathering mentions in document order, to find the one before a reference.
    std::vector<std::size_t> gatherings;
    for (std::size_t m = 0; m < found_.size(); ++m) {
      const auto c = found_[m].cluster;
      if (c == kNone || clusters_[c].dead || !clusters_[c].anchored) continue;
      if (!table_.kinds[clusters_[c].family].gathering) continue;
      gatherings.push_back(m);
    }
    if (gatherings.empty()) return;
    std::vector<EventMention> added;
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      if (sentences_[s].block == BlockKind::dateline) continue;
      const auto& tokens = sentences_[s].tokens;
      const SentenceView& v = view(s);
      if (std::none_of(v.words.begin(), v.words.end(), reference_noun)) continue;
      for (std::size_t k = 0; k < tokens.size(); ++k) {
        std::size_t first = k;
        if (!reference_at(v, k, first)) continue;
        // Inside an event's own noun group ("the peace process"): already a mention.
        if (std::any_of(found_.begin(), found_.end(), [&](const EventMention& f) {
              return f.sentence == s && f.token_begin <= k && k < f.token_end;
            }))
          continue;
        // The last gathering mention before the reference, else the first after it
        // in the same sentence.
        std::size_t target = kNone;
        for (const auto m : gatherings) {
          const auto& g = found_[m];
          if (g.sentence < s || (g.sentence == s && g.token_end <= first))
            target = m;
          else if (target == kNone && g.sentence == s)
            target = m;
        }
        if (target == kNone) continue;
        EventMention e;
        e.sentence = s;
        e.token_begin = first;
        e.token_end = k + 1;
        e.cluster = found_[target].cluster;
        e.family = found_[target].family;
        e.reference = true;
        added.push_back(std::move(e));
      }
    }
    for (auto& e : added) {
      clusters_[e.cluster].members.push_back(found_.size());
      found_.push_back(std::move(e));
    }
  }

  // Whether an actor (non-event) mention resolved to `id`. Asked only for the
  // few places that need a node of their own, so a scan beats building a set
  // of every id for every document.
  bool known_id(std::string_view id) const {
    return std::any_of(actors_.begin(), actors_.end(), [&](const Mention& m) {
      return m.type != EntityType::event && !m.entity.empty() && m.entity == id;
    });
  }

  std::string month_key(const Cluster& c) const {
    if (c.date) return c.date->begin.substr(0, 7);
    if (!table_.kinds[c.family].gathering) return {};
    if (doc_.date.size() >= 7 && day_number(doc_.date)) return doc_.date.substr(0, 7);
    return {};
  }

  std::string id_of(const Cluster& c) const {
    std::string id;
    if (c.place)
      id = c.place->id;
    else if (c.topic)
      id = c.topic->id;
    else if (c.participants.size() >= 2 && c.participants.size() <= 3)
      // No place or topic: its parties name it, so undated articles about one meeting agree
      // ("chile-peru-agreement") and a meeting of others stays apart. Sorted: order-free.
      // One participant may be a sponsor ("UN-backed talks"), not a party list.
      for (const auto& p : c.participants) id += (id.empty() ? "" : "-") + p;
    // Nothing else names it: its kind of deal does ("aid-package"), so that an article's aid
    // package and its peace deal stay two nodes.
    const std::string kind =
        slugify(id.empty() && !c.qualified.empty() ? c.qualified : table_.kinds[c.family].kind);
    id += (id.empty() ? "" : "-") + kind;
    if (const auto month = month_key(c); !month.empty()) id += "-" + month;
    return id;
  }

  std::string label_of(const Cluster& c) const {
    const std::string& noun = table_.kinds[c.family].label;
    if (c.place && c.place->rank >= 2) return c.place->name + " " + noun;
    if (c.topic) return c.topic->name + " " + noun;
    if (c.place) return c.place->name + " " + noun;
    if (c.date) return noun + " of " + c.date->to_string();
    // Nothing else names it: its own kind of deal does ("aid package"), not "agreement".
    if (!c.qualified.empty()) return c.qualified;
    return noun;
  }

  std::string sentence_text(std::size_t s) const {
    const auto& sentence = sentences_[s];
    if (sentence.end > doc_.text.size() || sentence.begin > sentence.end) return {};
    return doc_.text.substr(sentence.begin, sentence.end - sentence.begin);
  }

  // "X had refused to attend.", "states including X and Y refused to attend, as did Z":
  // a refusal to attend with no object names no event, so it is the gathering the
  // article has just named (in this sentence or the two before) that X rejects.
  void refusals(const std::vector<std::string>& ids,
                std::map<std::tuple<std::string, std::string, std::string>, Relation>& relations) {
    const RelationDef* attends = lexicon_.find_relation("attends");
    if (!attends) return;
    auto attend_verb = [&](std::string_view w) {
      return std::any_of(attends->verbs.begin(), attends->verbs.end(),
                         [&](const std::string& v) { return v == w; });
    };
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      const SentenceView& v = view(s);
      const auto& tokens = v.sentence->tokens;
      for (std::size_t k = 1; k + 2 < tokens.size(); ++k) {
        const auto& lemma = tokens[k].lemma;
        if ((lemma != "refuse" && lemma != "decline") || v.words[k + 1] != "to" ||
            !attend_verb(tokens[k + 2].lemma.empty() ? v.words[k + 2] : tokens[k + 2].lemma))
          continue;
        const std::size_t after = k + 3;
        if (after < tokens.size() && v.words[after] != "," && v.words[after] != "." &&
            v.words[after] != ";" && v.words[after] != "as")
          continue;  // an object or a place follows: the relation stage reads it
        // Not asserted: "would refuse", "threatened to refuse", "did not refuse".
        const std::string_view prev = v.words[k - 1];
        if (pos(v, k - 1) == "MD" || prev == "to" || prev == "not" || prev == "n't") continue;
        // Nor in a condition: "if X refused to attend, ...".
        const auto& marks = DependencyPatterns::builtin().modality().conditional_marks;
        bool conditional = false;
        for (std::size_t j = 0; j < k && !conditional; ++j)
          conditional = std::find(marks.begin(), marks.end(), v.words[j]) != marks.end();
        if (conditional) continue;
        // The gathering just named: of the nearest sentence that names one, its first
        // (the sentence's topic: "The summit has brought together ... the peace process").
        std::size_t cluster = kNone;
        for (std::size_t back = 0; back <= 2 && back <= s && cluster == kNone; ++back)
          for (const auto& f : found_) {
            if (f.sentence != s - back || (back == 0 && f.token_begin > k)) continue;
            if (f.cluster == kNone || clusters_[f.cluster].dead || clusters_[f.cluster].verbal ||
                !table_.kinds[clusters_[f.cluster].family].gathering)
              continue;
            cluster = f.cluster;
            break;
          }
        if (cluster == kNone || ids[cluster].empty()) continue;
        // Who refused: the actors of the clause before the verb, and after "as did".
        std::vector<const Mention*> who;
        for (const auto idx : by_sentence_[s]) {
          const Mention& m = actors_[idx];
          if (m.entity.empty() || m.type == EntityType::location || m.type == EntityType::event)
            continue;
          const bool before = m.token_end <= k;
          // "..., as did the Syrian Negotiation Commission (SNC) opposition group": the
          // names after "as did" (not the describing noun after them).
          const std::size_t a = after < tokens.size() && v.words[after] == "," ? after + 1 : after;
          const bool as_did = m.token_begin >= a + 2 && a + 1 < tokens.size() &&
                              v.words[a] == "as" && v.words[a + 1] == "did" &&
                              m.kind != MentionKind::nominal;
          if (before) {
            bool boundary = false;  // a semicolon or another finite verb ends the clause
            for (std::size_t j = m.token_end; j < k && !boundary; ++j) {
              const auto& l = tokens[j].lemma;
              boundary = v.words[j] == ";" ||
                         (pos(v, j).starts_with("VB") && pos(v, j) != "VBG" && pos(v, j) != "VBN" &&
                          l != "have" && l != "be" && l != "do");
            }
            if (!boundary) who.push_back(&m);
          } else if (as_did) {
            who.push_back(&m);
          }
        }
        // "the opposition High Negotiations Committee": a common noun right before a name
        // describes it; the name is who refused.
        std::erase_if(who, [&](const Mention* m) {
          return m->kind == MentionKind::nominal &&
                 std::any_of(who.begin(), who.end(), [&](const Mention* n) {
                   return n->kind == MentionKind::name && n->token_begin == m->token_end;
                 });
        });
        for (const Mention* m : who) {
          Relation& r = relations[{m->entity, ids[cluster], "rejects"}];
          r.source = m->entity;
          r.type = "rejects";
          r.target = ids[cluster];
          Evidence ev;
          ev.document = doc_.id;
          ev.sentence = s;
          ev.start = std::min(m->begin, tokens[k].begin);
          ev.end = std::max(m->end, tokens[k + 2].end);
          ev.text = sentence_text(s);
          ev.rule = "refused-to-attend";
          ev.date = doc_.date;
          ev.confidence = 0.7;
          r.evidence.insert(std::move(ev));
        }
      }
    }
  }

  DocumentEvents build() {
    DocumentEvents out;
    std::vector<std::string> ids(clusters_.size());
    std::map<std::string, Entity> entities;
    std::map<std::tuple<std::string, std::string, std::string>, Relation>
        relations;  // source, target, type
    std::map<std::string, Entity> places;
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      const Cluster& cl = clusters_[c];
      if (cl.dead) continue;
      ids[c] = id_of(cl);
      Entity entity;
      entity.id = ids[c];
      entity.label = label_of(cl);
      entity.type = EntityType::event;
      entity.first_date = entity.last_date = doc_.date;
      entity.attributes["event_kind"] = table_.kinds[cl.family].kind;
      if (cl.date) entity.attributes["date"] = cl.date->to_string();
      if (cl.place) entity.attributes["place"] = cl.place->id;
      if (cl.topic && (!cl.place || cl.place->id != cl.topic->id))
        entity.attributes["topic"] = cl.topic->id;
      // Unanchored, or of a kind that is a node only when a relation refers to it.
      const bool orphan = !cl.anchored || table_.kinds[cl.family].needs_relation;
      if (orphan) out.orphans.insert(entity.id);
      if (cl.place && cl.place->needs_node && !known_id(cl.place->id)) {
        Entity place;
        place.id = cl.place->id;
        place.label = cl.place->name;
        place.type = EntityType::location;
        place.aliases.insert(cl.place->name);
        place.first_date = place.last_date = doc_.date;
        if (!cl.place->country.empty()) place.attributes["country"] = cl.place->country;
        places.emplace(place.id, place);
      }
      auto [it, inserted] = entities.emplace(entity.id, entity);
      if (!inserted) {
        // Two events of one document with the same id (same place, kind and month).
        if (!orphan) out.orphans.erase(entity.id);
        it->second.merge(entity);
      }
    }
    // An id shared by an anchored and an unanchored cluster is anchored.
    for (std::size_t c = 0; c < clusters_.size(); ++c)
      if (!clusters_[c].dead && clusters_[c].anchored &&
          !table_.kinds[clusters_[c].family].needs_relation)
        out.orphans.erase(ids[c]);

    for (const auto& e : found_) {
      if (e.cluster == kNone) continue;
      const auto& tokens = sentences_[e.sentence].tokens;
      Mention m;
      m.sentence = e.sentence;
      m.token_begin = e.token_begin;
      m.token_end = e.token_end;
      m.begin = tokens[e.token_begin].begin;
      m.end = tokens[e.token_end - 1].end;
      m.text = doc_.text.substr(m.begin, m.end - m.begin);
      m.kind = MentionKind::nominal;
      m.type = EntityType::event;
      m.entity = ids[e.cluster];
      Entity& entity = entities[m.entity];
      m.name = m.label = entity.label;
      if (e.verbal) {
        if (!e.verbal_name.empty())
          entity.aliases.insert(e.verbal_name + " " + table_.kinds[e.family].label);
      } else if (!e.reference) {
        entity.aliases.insert(m.text);  // "this initiative" is no name
      }
      ++entity.mentions;
      const Cluster& cl = clusters_[e.cluster];
      // The cluster's place, and every other place this mention states that
      // agrees with it: the country of the city ("resumed in the republic of
      // Kazakhstan"), the venue in the city ("at Astana's Rixos hotel").
      if (cl.place && e.place && same_place(*cl.place, *e.place)) {
        for (const Anchor& a : e.places) {
          const bool main_place = a.id == cl.place->id;
          const bool venue = a.rank == 2 && !a.needs_node;
          if (!main_place && !(same_place(*cl.place, a) && !a.needs_node) && !venue) continue;
          // "the Paris accord": a place in an agreement's name names it; it was made
          // there once, it does not hold there (no located_in).
          const auto& kind = table_.kinds[cl.family];
          if (kind.kind == "agreement" && a.begin >= m.begin && a.end <= m.end) continue;
          Relation& r = relations[{m.entity, a.id, "located_in"}];
          r.source = m.entity;
          r.type = "located_in";
          r.target = a.id;
          Evidence ev;
          ev.document = doc_.id;
          ev.sentence = e.sentence;
          ev.start = std::min(m.begin, a.begin);
          ev.end = std::max(m.end, a.end);
          ev.text = sentence_text(e.sentence);
          ev.rule = "event-place";
          ev.date = doc_.date;
          ev.confidence = a.begin < m.begin ? 0.8 : 0.9;
          r.evidence.insert(std::move(ev));
        }
      }
      // The parties a gathering's own noun group names attend it: "the
      // Chile-Peru summit", "talks between X and Y", "talks with the rebels",
      // "a meeting of the foreign ministers of X and Y". A meeting named by its
      // parties alone ("her meeting with Zarif") is their meets edge already, and
      // no node a reader would name: only placed or topical gatherings.
      // Weak nouns ("meetings", "round") are left out: they often name a proposed
      // part of the gathering ("rejected face-to-face meetings with X").
      if (table_.kinds[cl.family].gathering && !e.reference && !e.weak && (cl.place || cl.topic)) {
        for (const auto& [who, span] : e.participant_spans) {
          if (who == m.entity) continue;
          Relation& r = relations[{who, m.entity, "attends"}];
          r.source = who;
          r.type = "attends";
          r.target = m.entity;
          Evidence ev;
          ev.document = doc_.id;
          ev.sentence = e.sentence;
          ev.start = std::min(m.begin, span.first);
          ev.end = std::max(m.end, span.second);
          ev.text = sentence_text(e.sentence);
          ev.rule = "event-participant";
          ev.date = doc_.date;
          ev.confidence = 0.75;
          // A party in whose country the gathering is held hosts it: "the Chile-Peru
          // summit in Lima", "talks between Chile and Peru in Chile".
          // Only a party named as itself: "the three countries" may have met at
          // another's invitation.
          const bool at_home =
              e.place && e.named_participants.count(who) &&
              (e.place->id == who || (e.place->country == who && e.place->rank >= 3));
          if (at_home) {
            Relation& h = relations[{who, m.entity, "hosts"}];
            h.source = who;
            h.type = "hosts";
            h.target = m.entity;
            Evidence hev = ev;
            hev.start = std::min(hev.start, e.place->begin);
            hev.end = std::max(hev.end, e.place->end);
            hev.rule = "event-home-party";
            hev.confidence = 0.6;
            h.evidence.insert(std::move(hev));
          }
          r.evidence.insert(std::move(ev));
        }
      }
      if (!e.verbal) out.mentions.push_back(std::move(m));
    }
    refusals(ids, relations);
    for (auto& [id, entity] : entities) out.entities.push_back(std::move(entity));
    for (auto& [id, place] : places)
      if (!entities.count(id)) out.entities.push_back(std::move(place));
    for (auto& [id, relation] : relations) out.relations.push_back(std::move(relation));
    std::sort(out.entities.begin(), out.entities.end(),
              [](const Entity& a, const Entity& b) { return a.id < b.id; });
    std::sort(out.mentions.begin(), out.mentions.end(), [](const Mention& a, const Mention& b) {
      return std::tie(a.sentence, a.token_begin, a.token_end) <
             std::tie(b.sentence, b.token_begin, b.token_end);
    });
    return out;
  }

  const Document& doc_;
  std::span<const Sentence> sentences_;
  std::span<const Mention> actors_;
  const Lexicon& lexicon_;
  const TriggerTable& table_;
  std::vector<std::vector<std::size_t>> by_sentence_;  // non-event actor mentions by sentence
  std::vector<EventMention> found_;
  std::vector<std::unique_ptr<SentenceView>> views_;  // by sentence, made on demand
  std::vector<Cluster> clusters_;
};

}  // namespace

DocumentEvents recognize_events(const Document& document, std::span<const Sentence> sentences,
                                std::span<const Mention> actor_mentions, const Lexicon& lexicon) {
  DocumentEvents out = Recognizer(document, sentences, actor_mentions, lexicon).run();
  // Places inside places ("the Kenyan capital of Nairobi") are located_in edges too.
  for (auto& r : detail::read_place_containment(document, sentences, actor_mentions))
    out.relations.push_back(std::move(r));
  return out;
}

}  // namespace actorgraph
