// Mention recognition: lexicon matches, names by shape, pronouns and descriptions.
//
// One pass per sentence over a small per-token feature array; lexicon lookups
// are hash/tree lookups of a reused string buffer, never regexes.
#include "mentions/mention_recognizer.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <utf8proc.h>

#include "lang/language_data.hpp"
#include "mentions/mention_words.hpp"
#include "mentions/recognizer_support.hpp"
#include "resolve/entity_resolver.hpp"

namespace actorgraph {

namespace detail {

// The <cctype> calls below are replaced by ASCII arithmetic: the library runs in the "C"
// locale, where they classify exactly the ASCII letters, and they cost a call per byte.
static bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

bool is_upper_start(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return ascii_upper(c);
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                  static_cast<utf8proc_ssize_t>(s.size()), &cp);
  if (n <= 0) return false;
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

bool is_alpha_start(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  return c >= 0x80 || ascii_upper(c) || ascii_lower(c);
}

// ASCII arithmetic, as std::tolower in the "C" locale the library runs in, without a
// library call per character.
static char to_lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = to_lower_ascii(c);
  return out;
}

bool contains_lower(std::string_view s, std::string_view lower_needle) {
  if (lower_needle.empty()) return true;
  for (std::size_t i = 0; i + lower_needle.size() <= s.size(); ++i) {
    std::size_t k = 0;
    while (k < lower_needle.size() && to_lower_ascii(s[i + k]) == lower_needle[k]) ++k;
    if (k == lower_needle.size()) return true;
  }
  return false;
}

/// Letters all upper case (at least two letters): "UN", "HNC", "U.S.", "RFE/RL".
bool all_caps(std::string_view s) {
  int letters = 0;
  for (unsigned char c : s) {
    if (ascii_lower(c)) return false;
    if (ascii_upper(c)) ++letters;
  }
  return letters >= 2;
}

/// Bytes of a possessive ending inside a token ("Russia's", "Russia’s"), 0 if none.
std::size_t possessive_suffix(std::string_view s) {
  if (s.size() > 2 && s.ends_with("'s")) return 2;
  if (s.size() > 4 && s.ends_with("\xE2\x80\x99s")) return 4;
  if (s.size() > 1 && (s.back() == '\'') && s[s.size() - 2] == 's') return 1;  // "rebels'"
  return 0;
}

bool is_possessive_token(std::string_view norm) {
  return norm == "'s" || norm == "\xE2\x80\x99s" || norm == "'" || norm == "s'";
}

void make_features(std::span<const Token> tokens, std::vector<TokenFeatures>& out,
                   std::string& lower_store) {
  const std::size_t first = out.size();
  std::size_t total = 0;
  for (const auto& token : tokens) {
    TokenFeatures& f = out.emplace_back();
    f.token = &token;
    f.norm = token.norm.empty() ? std::string_view(token.text) : std::string_view(token.norm);
    const auto suffix = possessive_suffix(token.text);
    const auto norm_suffix = possessive_suffix(f.norm);
    f.core = f.norm.substr(0, f.norm.size() - norm_suffix);
    f.begin = token.begin;
    f.end = token.end - std::min(suffix, token.end - token.begin);
    f.possessive = suffix > 0;
    total += f.core.size();
    f.word = is_alpha_start(f.core);
    f.cap = f.word && is_upper_start(f.core);
    f.allcaps = all_caps(f.core);
    f.pos = token.pos;
  }
  // Sized once, so the views below stay put (growing would move the bytes).
  lower_store.resize(total);
  char* next = lower_store.data();
  for (std::size_t k = first; k < out.size(); ++k) {
    auto& f = out[k];
    for (std::size_t j = 0; j < f.core.size(); ++j) next[j] = to_lower_ascii(f.core[j]);
    f.lower = std::string_view(next, f.core.size());
    next += f.core.size();
    f.cls = word_class(f.lower);
  }
}

}  // namespace detail

namespace {

using detail::TokenFeatures;
using detail::has_class;
using detail::lower_ascii;
using detail::is_upper_start;
using detail::all_caps;
using detail::is_possessive_token;
namespace W = detail;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

/// Number words for plural descriptions ("the three countries").
int number_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"", "one", "two", "three", "four", "five",
                                                "six", "seven", "eight", "nine", "ten"};
  for (int i = 1; i <= 10; ++i)
    if (w == kWords[i]) return i;
  if (w.size() == 1 && w[0] >= '2' && w[0] <= '9') return w[0] - '0';
  return 0;
}

struct Candidate {
  std::size_t a = 0, b = 0;  // token range of the name
};

/// Per-document state: acronyms defined so far, governments of the lexicon.
struct DocumentState {
  struct Acronym {
    std::string expansion;
    EntityType type = EntityType::organization;
    std::string entity;
    std::string label;
  };
  std::unordered_map<std::string, Acronym> acronyms;
  std::unordered_map<std::string, const LexiconActor*> government_of;  // country id -> actor
  std::unordered_map<const LexiconActor*, bool> outlet_actor;  // memo of is_outlet_actor()
  /// Lower-case words of the people named so far: "Petro" opening a sentence is a
  /// name once "Gustavo Petro" has been named, though any word is capitalised there.
  struct StringHash {  // lookups by string_view
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, StringHash, std::equal_to<>> person_words;
};

class SentenceRecognizer {
 public:
  SentenceRecognizer(const Sentence& sentence, std::size_t index, std::string_view text,
                     const Lexicon& lexicon, DocumentState& state, std::vector<Mention>& out)
      : s_(sentence), index_(index), text_(text), lex_(lexicon), state_(state), out_(out) {
    t_.reserve(s_.tokens.size());
    W::make_features(s_.tokens, t_, lower_store_);
    owner_.assign(t_.size(), kNone);
    title_.assign(t_.size(), -1);
    used_.assign(t_.size(), false);
    first_word_ = 0;
    while (first_word_ < t_.size() && !t_[first_word_].word) ++first_word_;
    headline_ = s_.block == BlockKind::headline || looks_like_title_case();
  }

  void run() {
    if (s_.block == BlockKind::dateline || t_.empty()) return;
    mark_credits();
    quoted_group_names();
    lower_case_official_names();
    names_before_hyphen();
    backed_collectives();
    lower_case_tails();
    std::vector<Candidate> unknown;
    for (std::size_t i = 0; i < t_.size();) {
      if (used_[i] || !is_name_word(i)) {
        if (!used_[i]) hyphen_parts(i);
        ++i;
        continue;
      }
      const std::size_t b = run_end(i);
      segment_run(i, b, unknown);
      i = b;
    }
    for (const auto& c : unknown) classify_unknown(c.a, c.b);
    coordinate_people();
    for (std::size_t m = first_mention_; m < out_.size(); ++m) attach_titles(m);
    define_acronyms_and_aliases();
    descriptions();
    erase_absorbed();
    remember_people();
  }

  void remember_people() {
    for (std::size_t m = first_mention_; m < out_.size(); ++m) {
      const Mention& x = out_[m];
      if (x.type != EntityType::person || x.kind != MentionKind::name) continue;
      for (std::size_t k = x.token_begin; k < x.token_end; ++k)
        if (t_[k].cap && t_[k].word) state_.person_words.emplace(t_[k].lower);
    }
  }

  void set_first_mention(std::size_t n) { first_mention_ = n; }

 private:
  // ---- token shapes -------------------------------------------------------

  bool is_month(std::size_t i) const {
    if (month_name_word(i)) return false;
    if (!(t_[i].cls & W::kMonth)) {
      if (t_[i].lower != "may") return false;
      // "May" is a month before a day number or after in/on/since/last/next.
      if (i + 1 < t_.size() && !t_[i + 1].core.empty() && std::isdigit(static_cast<unsigned char>(t_[i + 1].core[0])))
        return true;
      return i > 0 && (t_[i - 1].lower == "in" || t_[i - 1].lower == "since" || t_[i - 1].lower == "last" ||
                       t_[i - 1].lower == "next" || t_[i - 1].lower == "early" || t_[i - 1].lower == "late");
    }
    return true;
  }

  /// A capitalised word just before a name word: the given name or surname next to it.
  bool name_neighbour(std::size_t k) const {
    return k < t_.size() && t_[k].cap && t_[k].word &&
           !(t_[k].cls & (W::kFunction | W::kMonth | W::kWeekday)) && !t_[k].allcaps &&
           !is_title_word(k) && !is_title_modifier(k);
  }

  /// Month words and "May" are given names and surnames too: "April Ryan", "June
  /// Carter", "Theresa May". A month word is a name before a capitalised name word
  /// unless a preposition of time stands before it ("in April Russia said"); "May"
  /// is a surname after a given name that is no actor of the lexicon ("Britain May").
  bool month_name_word(std::size_t i) const {
    const auto& f = t_[i];
    if (!f.cap || f.allcaps) return false;
    if (f.lower == "may" && i > 0 && name_neighbour(i - 1) && !t_[i - 1].possessive &&
        lex_.lookup(t_[i - 1].core).empty())
      return !(i + 1 < t_.size() && !t_[i + 1].core.empty() &&
               std::isdigit(static_cast<unsigned char>(t_[i + 1].core[0])));
    if (!(f.cls & W::kMonth) || f.lower.ends_with(".")) return false;
    if (!name_neighbour(i + 1) || !lex_.lookup(t_[i + 1].core).empty()) return false;
    if (i > 0) {
      static constexpr std::string_view kTime[] = {
          "in",     "on",    "since", "by",   "until",   "till", "last",    "next",
          "early",  "late",  "mid",   "from", "through", "of",   "between", "during",
          "before", "after", "this",  "that", "to",      "and"};
      for (auto w : kTime)
        if (t_[i - 1].lower == w) return false;
    }
    return true;
  }

  /// A hyphenated given name of Korean style: "Moon Jae-in", "Kim Jong-un", "Lee
  /// Do-hoon": a short capitalised syllable, a hyphen, a short lower-case syllable,
  /// after a capitalised name word. The lower-case part of a modifier is an English
  /// participle or word ("Syrian-held", "Gaza-based", "US-led", "Putin-style").
  bool hyphenated_given_name(std::size_t i) const {
    const auto core = t_[i].core;
    const auto h = core.find('-');
    if (h == std::string_view::npos || h < 2 || h > 5 || core.rfind('-') != h) return false;
    const auto first = core.substr(0, h), second = core.substr(h + 1);
    if (second.size() < 2 || second.size() > 5 || !is_upper_start(first)) return false;
    for (std::size_t k = 1; k < first.size(); ++k)
      if (first[k] < 'a' || first[k] > 'z') return false;
    for (char c : second)
      if (c < 'a' || c > 'z') return false;
    if (second.ends_with("ed") || second.ends_with("ing")) return false;
    static constexpr std::string_view kModifierWords[] = {
        "led",   "run",   "held",  "born", "made", "style", "era",  "wide", "like", "free",
        "bound", "owned", "built", "sent", "torn", "hit",   "rich", "poor", "only", "type"};
    for (auto w : kModifierWords)
      if (second == w) return false;
    return i > 0 && name_neighbour(i - 1) && lex_.lookup(t_[i - 1].core).empty();
  }

  /// "G-7", "G-20", "P-5": letters and a number, written with a hyphen; no modifier.
  static bool letters_number(std::string_view core) {
    const auto h = core.find('-');
    if (h == std::string_view::npos || h == 0 || h + 1 >= core.size()) return false;
    for (std::size_t k = 0; k < h; ++k)
      if (core[k] < 'A' || core[k] > 'Z') return false;
    for (std::size_t k = h + 1; k < core.size(); ++k)
      if (core[k] < '0' || core[k] > '9') return false;
    return true;
  }

  /// A hyphen compound used as a modifier: "Turkish-backed", "US-led", "war-torn".
  bool is_hyphen_modifier(std::size_t i) const {
    const auto core = t_[i].core;
    if (letters_number(core) || hyphenated_given_name(i)) return false;
    const auto h = core.rfind('-');
    if (h == std::string_view::npos || h == 0 || h + 1 >= core.size()) return false;
    const auto first = core.substr(0, core.find('-'));
    if (has_class(lower_ascii(first), W::kParticle)) return false;  // "al-Assad"
    const auto last = core.substr(h + 1);
    return !is_upper_start(last) || !is_upper_start(core);
  }

  /// Can this token be (part of) a proper name?
  bool is_name_word(std::size_t i) const {
    const auto& f = t_[i];
    if (!f.word) return false;
    if (is_hyphen_modifier(i)) return false;
    if (f.cap) {
      if (month_name_word(i)) return true;                     // "Theresa May", "April Ryan"
      if ((f.cls & W::kFunction) && !f.allcaps) return false;  // "The", "In", "He"
      if (f.cls & W::kWeekday) return false;
      if (is_month(i)) return false;
      return true;
    }
    // "d'Ivoire", "l'Aquila": an elided French or Italian article before a capital.
    if (f.core.size() > 3 && (f.core[0] == 'd' || f.core[0] == 'l') && f.core[1] == '\'' &&
        is_upper_start(f.core.substr(2)))
      return true;
    // "al-Assad", "bin Laden" style lower-case particle prefixes.
    const auto dash = f.core.find('-');
    if (dash != std::string_view::npos && dash + 1 < f.core.size() &&
        has_class(f.lower.substr(0, dash), W::kParticle) && is_upper_start(f.core.substr(dash + 1)))
      return true;
    return false;
  }

  bool is_initial(std::size_t i) const {
    const auto c = t_[i].core;
    return (c.size() == 2 && std::isupper(static_cast<unsigned char>(c[0])) && c[1] == '.') ||
           (c.size() == 1 && std::isupper(static_cast<unsigned char>(c[0])) && i + 1 < t_.size() &&
            t_[i + 1].norm == ".");
  }

  bool adjacent(std::size_t i) const {  // token i starts right where i-1 ends
    return i > 0 && s_.tokens[i].begin == s_.tokens[i - 1].end;
  }

  /// End of the run of name words starting at i: name words, lower-case
  /// particles and initials inside a name, and "of/for/the" after an
  /// organisation head noun ("Army of Islam", "Institute for Strategic Studies").
  std::size_t run_end(std::size_t i) const {
    std::size_t j = i + 1;
    if (t_[i].possessive) return j;
    while (j < t_.size()) {
      if (used_[j]) break;
      if (is_name_word(j)) {
        if (t_[j].possessive) return j + 1;
        ++j;
        continue;
      }
      if (t_[j].norm == "." && is_initial(j - 1)) { ++j; continue; }  // "A" "."
      const bool particle = !t_[j].cap && ((t_[j].cls & (W::kParticle)) != 0);
      if (particle && j + 1 < t_.size() && is_name_word(j + 1)) { ++j; continue; }
      // Two particles: "Ursula von der Leyen", "Juan de la Cruz".
      if (particle && j + 2 < t_.size() && !t_[j + 1].cap && (t_[j + 1].cls & W::kParticle) &&
          is_name_word(j + 2)) {
        j += 2;
        continue;
      }
      const bool head_before = ((t_[j - 1].cls & (W::kOrgHead | W::kPlaceHead)) != 0);
      if (head_before && (t_[j].lower == "of" || t_[j].lower == "for" || t_[j].lower == "on")) {
        std::size_t k = j + 1;
        if (k < t_.size() && t_[k].lower == "the") ++k;
        if (k < t_.size() && is_name_word(k)) { j = k; continue; }
      }
      // "Department of Inland Fisheries and Wildlife", "Ministry of Foreign Affairs and
      // Trade": after a body's "of", one last common English word joined by "and" that
      // names nothing of its own ("the Ministry of Defence and Google" are two).
      if (t_[j].lower == "and" && j + 1 < t_.size() && is_name_word(j + 1) && !t_[j + 1].allcaps &&
          english_word(j + 1) && (j + 2 >= t_.size() || !is_name_word(j + 2)) &&
          lex_.lookup(t_[j + 1].core).empty()) {
        bool of_body = false;
        for (std::size_t k = i + 1; k + 1 < j && !of_body; ++k)
          of_body = t_[k].lower == "of" && (t_[k - 1].cls & W::kOrgHead);
        if (of_body) {
          j += 2;
          continue;
        }
      }
      break;
    }
    return j;
  }

  /// A headline in title case: no final punctuation, most content words capitalised.
  /// Every word of the sentence in capitals, two words at least: a subheading.
  bool capitals_line() const {
    int words = 0;
    for (const auto& f : t_) {
      if (!f.word) continue;
      if (!f.allcaps) return false;
      ++words;
    }
    return words >= 2;
  }

  bool looks_like_title_case() const {
    if (!t_.empty() && (t_.back().norm == "." || t_.back().norm == "?" || t_.back().norm == "!" ||
                        t_.back().norm == "\"" || t_.back().norm == ":"))
      return false;
    int content = 0, capital = 0;
    for (const auto& f : t_) {
      if (!f.word || (f.cls & W::kFunction)) continue;
      ++content;
      if (f.cap) ++capital;
    }
    return content >= 3 && capital * 10 >= content * 8;
  }

  // ---- output -------------------------------------------------------------

  std::size_t add(std::size_t a, std::size_t b, MentionKind kind, EntityType type) {
    Mention& m = out_.emplace_back();  // built in place: a Mention is a dozen strings
    m.sentence = index_;
    m.token_begin = a;
    m.token_end = b;
    m.begin = t_[a].begin;
    m.end = b - 1 == a ? t_[a].end : (t_[b - 1].possessive ? t_[b - 1].end : s_.tokens[b - 1].end);
    if (b - 1 != a && t_[b - 1].possessive) m.end = t_[b - 1].end;
    m.text = std::string(text_.substr(m.begin, m.end - m.begin));
    m.kind = kind;
    m.type = type;
    for (std::size_t k = a; k < b; ++k) {
      owner_[k] = out_.size() - 1;
      used_[k] = true;
    }
    return out_.size() - 1;
  }

  /// The surface of tokens [a,b) for lexicon lookup: tokens joined by one
  /// space where the text has white space, directly otherwise.
  const std::string& surface(std::size_t a, std::size_t b) {
    buffer_.clear();
    for (std::size_t k = a; k < b; ++k) {
      if (k > a && !adjacent(k)) buffer_.push_back(' ');
      buffer_.append(k + 1 == b ? t_[k].core : t_[k].norm);
    }
    return buffer_;
  }

  std::string name_text(std::size_t a, std::size_t b) { return surface(a, b); }

  void add_lexicon(std::size_t a, std::size_t b, const LexiconMatch& match) {
    const LexiconActor& actor = *match.actor;
    switch (match.kind) {
      case LexiconMatch::Kind::demonym: {
        const auto m = add(a, b, MentionKind::demonym, actor.type);
        out_[m].entity = actor.id;
        out_[m].label = actor.name;
        out_[m].country = actor.type == EntityType::country ? actor.id : actor.country;
        return;
      }
      case LexiconMatch::Kind::capital: {
        const bool metonym = capital_is_metonym(a, b);
        const auto country = actor.type == EntityType::country ? actor.id : actor.country;
        if (metonym) {
          const auto m = add(a, b, MentionKind::metonym, actor.type);
          out_[m].entity = actor.id;
          out_[m].label = actor.name;
          out_[m].country = country;
        } else {
          std::string name = name_text(a, b);
          if (all_caps(name)) name = title_case(name);  // "ASTANA (TCA) --" dateline
          const auto m = add(a, b, MentionKind::name, EntityType::location);
          out_[m].name = name;
          out_[m].entity = slugify(name);
          out_[m].country = country;
        }
        return;
      }
      case LexiconMatch::Kind::name:
      case LexiconMatch::Kind::alias: {
        if (is_outlet_actor(actor) || (actor.type == EntityType::organization && outlet_context(a, b, true)))
          { mark_used(a, b); return; }
        const auto surface_name = name_text(a, b);
        const bool acronym = all_caps(surface_name) && surface_name.size() <= 8;
        const auto m = add(a, b, acronym ? MentionKind::acronym : MentionKind::name, actor.type);
        out_[m].entity = actor.id;
        out_[m].label = actor.name;
        out_[m].name = surface_name;
        out_[m].country = actor.type == EntityType::country ? actor.id : actor.country;
        return;
      }
    }
  }

  static std::string title_case(std::string_view s) {
    std::string out(s);
    bool start = true;
    for (auto& c : out) {
      const auto u = static_cast<unsigned char>(c);
      c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
      start = !std::isalpha(u);
    }
    return out;
  }

  void mark_used(std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) used_[k] = true;
  }

  /// A news agency as named by the lexicon: its names say "news", "agency" with "news", "press".
  /// Whether the lexicon's actor is an outlet: remembered per document, as the answer reads
  /// every name, alias and title of the actor.
  bool is_outlet_actor(const LexiconActor& actor) {
    if (actor.outlet) return true;
    if (actor.type != EntityType::organization) return false;
    const auto [it, inserted] = state_.outlet_actor.try_emplace(&actor, false);
    if (inserted) it->second = outlet_names(actor);
    return it->second;
  }

  static bool outlet_names(const LexiconActor& actor) {
    auto outletish = [](std::string_view n) {
      return W::contains_lower(n, "news") || W::contains_lower(n, "press agency") ||
             W::contains_lower(n, "broadcast") || W::contains_lower(n, "television");
    };
    if (outletish(actor.name)) return true;
    for (const auto& a : actor.aliases)
      if (outletish(a)) return true;
    for (const auto& t : actor.titles)
      if (outletish(t)) return true;
    return false;
  }

  /// Names shaped like a news outlet: "... News Agency", "Associated Press", "The ... Times".
  bool outlet_name(std::size_t a, std::size_t b) const {
    static constexpr std::string_view kLast[] = {"times", "post", "tribune", "herald", "gazette", "journal",
                                                 "chronicle", "telegraph", "daily", "news", "press", "tv"};
    for (std::size_t k = a; k < b; ++k)
      if (t_[k].lower == "news" || t_[k].lower == "press") return true;
    for (auto w : kLast)
      if (t_[b - 1].lower == w) return true;
    return false;
  }

  /// A newspaper as the employer of a journalist of the story: "wrote columnist X in the
  /// Lagos Daily Times", "X, an editor at the Harbour Post", "Harbour Post correspondent X".
  /// There it is an organisation (the journalist's), not the article's source. Only an
  /// outlet-shaped name of two words or more: a bare agency name stays a source.
  bool employer_paper(std::size_t a, std::size_t b) const {
    if (b - a < 2 || !outlet_name(a, b)) return false;
    auto journalist = [&](std::size_t k) { return (t_[k].cls & W::kJournalistNoun) != 0; };
    if (b < t_.size() && journalist(b)) return true;
    // Before it, in the same clause: "columnist X in the Y", "an editor at the Y".
    std::size_t p = a;
    if (p > 0 && t_[p - 1].lower == "the") --p;
    if (p == 0 || (t_[p - 1].lower != "in" && t_[p - 1].lower != "at" && t_[p - 1].lower != "for" &&
                   t_[p - 1].lower != "of"))
      return false;
    for (std::size_t k = p - 1; k-- > 0 && k + 8 >= p;) {
      if (t_[k].norm == ";" || t_[k].norm == ".") break;
      if (journalist(k)) return true;
    }
    return false;
  }

  /// Is the name at [a,b) cited as a source? "told Xinhua", "reports
  /// Bloomberg", "Kazinform reported", "carried by TASS", "news agency X".
  bool outlet_context(std::size_t a, std::size_t b, bool org_like) const {
    std::size_t p = a;
    const bool the = p > 0 && t_[p - 1].lower == "the";
    if (the) --p;
    if (p > 0) {
      const auto& prev = t_[p - 1].lower;
      if (has_class(prev, W::kOutletNoun)) return true;
      if (!the && (prev == "told" || prev == "tells" || prev == "reports" || prev == "reported")) return org_like;
      if (prev == "by" && p >= 2) {
        const auto& pp = t_[p - 2].lower;
        if (pp == "carried" || pp == "quoted" || pp == "cited" || pp == "published" || pp == "reported" ||
            pp == "released" || pp == "broadcast" || pp == "aired")
          return org_like;
      }
      if (prev == "to" && p >= 2 && t_[p - 2].lower == "according" && !the) return org_like;
      if (prev == "with" && p >= 3 && t_[p - 2].lower == "interview") return org_like;
    }
    if (b < t_.size()) {
      const auto& next = t_[b].lower;
      if ((next == "reported" || next == "reports") && !the) return org_like;
    }
    return false;
  }

  // ---- capitals -----------------------------------------------------------

  /// A capital acts for its country when it is the subject of a verb ("Moscow
  /// supports", "with Moscow supporting") or owns a stance ("Moscow's
  /// support"); after a locative preposition, "capital", or before a place
  /// noun it stays the city.
  bool capital_is_metonym(std::size_t a, std::size_t b) const {
    if (a > 0) {
      const auto& prev = t_[a - 1].lower;
      // The object of a verb aimed at a state ("accused Moscow of", "urged Beijing to"), or
      // of sanctions or pressure ("sanctions on Tehran", "pressure against Pyongyang"): a
      // city is never accused or sanctioned.
      static constexpr std::string_view kAimedAt[] = {
          "accused",    "accuses",   "accusing",  "urged",      "urges",      "urging",
          "blamed",     "blames",    "blaming",   "criticised", "criticized", "criticises",
          "criticizes", "condemned", "condemns",  "warned",     "warns",      "sanctioned",
          "sanctions",  "pressed",   "pressured", "threatened", "threatens"};
      for (auto w : kAimedAt)
        if (prev == w && !(prev == "sanctions" && t_[a - 1].pos.starts_with("NN"))) return true;
      if ((prev == "on" || prev == "against") && a > 1 &&
          (t_[a - 2].lower == "sanctions" || t_[a - 2].lower == "pressure" ||
           t_[a - 2].lower == "embargo"))
        return true;
      if (has_class(prev, W::kLocative) || prev == "capital" || prev == "city" || prev == "of") return false;
    }
    if (t_[a].allcaps && b < t_.size() && t_[b].norm == "(") return false;  // dateline
    if (t_[b - 1].possessive || (b < t_.size() && is_possessive_token(t_[b].norm))) {
      std::size_t k = t_[b - 1].possessive ? b : b + 1;
      if (k < t_.size()) {
        static constexpr std::string_view kStance[] = {
            "support", "backing", "position", "decision", "policy", "role", "ally", "allies", "stance",
            "response", "proposal", "plan", "initiative", "offer", "demand", "demands", "approach",
            "intervention", "involvement", "efforts", "effort", "strategy", "interests", "military"};
        for (auto w : kStance)
          if (t_[k].lower == w) return true;
      }
      return false;
    }
    // "Kremlin spokesman", "Tehran envoy": a role held for the state; not "Moscow
    // mayor", which the city has of its own.
    if (b < t_.size() && !t_[b].cap) {
      static constexpr std::string_view kStateRoles[] = {
          "spokesman", "spokeswoman", "spokesperson", "envoy", "envoys", "ambassador", "negotiator",
          "negotiators", "official", "officials", "diplomat", "diplomats", "representative"};
      for (auto w : kStateRoles)
        if (t_[b].lower == w) return true;
    }
    std::size_t k = b;
    // "Moscow and Ankara have agreed": look past a coordinated capital.
    if (k + 1 < t_.size() && t_[k].lower == "and" && t_[k + 1].cap) k += 2;
    if (k >= t_.size()) return false;
    const auto& pos = t_[k].pos;
    if (pos.starts_with("VB") || pos == "MD") return !t_[k].cap;
    const auto& next = t_[k].lower;
    return has_class(next, W::kSpeech) || next == "has" || next == "have" || next == "is" || next == "was" ||
           next == "will" || next == "would" || next == "backs" || next == "supports";
  }

  // ---- runs ---------------------------------------------------------------

  /// Longest lexicon match starting at a within [a,b); returns its end or a.
  std::size_t longest_match(std::size_t a, std::size_t b, LexiconMatch& match) {
    const std::size_t limit = std::min(b, a + std::max<std::size_t>(lex_.max_name_words(), 1));
    for (std::size_t e = limit; e > a; --e) {
      if (e - 1 > a && t_[e - 1].lower == "the") continue;
      const auto matches = lex_.lookup(surface(a, e));  // also matches "ASTANA" for "Astana"
      if (!matches.empty()) {
        match = pick(matches);
        return e;
      }
    }
    return a;
  }

  /// Several actors may share a name: prefer a name over an alias over a
  /// demonym, then a country, then the first by id (the lexicon's order).
  static LexiconMatch pick(const std::vector<LexiconMatch>& matches) {
    auto rank = [](const LexiconMatch& m) {
      int r = static_cast<int>(m.kind) * 10;
      if (m.actor->type != EntityType::country) r += 1;
      return r;
    };
    return *std::min_element(matches.begin(), matches.end(),
                             [&](const auto& x, const auto& y) { return rank(x) < rank(y); });
  }

  void segment_run(std::size_t a, std::size_t b, std::vector<Candidate>& unknown) {
    // Whole run in the lexicon, or an organisation / place by its head noun.
    LexiconMatch match;
    const std::size_t e = longest_match(a, b, match);
    if (e == b) {
      add_lexicon(a, b, match);
      return;
    }
    if (!headline_ && organisation_run(a, b)) return;
    std::size_t start = a;  // start of the current unknown stretch
    for (std::size_t i = a; i < b;) {
      LexiconMatch m = match;
      std::size_t end = i == a ? e : longest_match(i, b, m);
      // "Sochi Congress", "Kiev Parliament" in a title-case headline: a one-word head
      // noun after an unknown name is that name's head, not the lexicon's "Congress".
      if (end == i + 1 && i > start && (t_[i].cls & W::kOrgHead) &&
          m.actor->type != EntityType::country)
        end = i;
      if (end > i) {
        if (i > start) unknown.push_back({start, i});
        add_lexicon(i, end, m);
        i = end;
        start = i;
        continue;
      }
      // Acronyms defined earlier in the document ("HNC").
      if (t_[i].allcaps) {
        auto it = state_.acronyms.find(std::string(t_[i].core));
        if (it != state_.acronyms.end()) {
          if (i > start) unknown.push_back({start, i});
          const auto mi = add(i, i + 1, MentionKind::acronym, it->second.type);
          out_[mi].name = std::string(t_[i].core);
          out_[mi].alias_of = it->second.expansion;
          out_[mi].entity = it->second.entity;
          out_[mi].label = it->second.label;
          start = ++i;
          continue;
        }
      }
      // Hyphenated pairs of capitalised parts ("Russian-Turkish").
      if (t_[i].core.find('-') != std::string_view::npos && !has_class(t_[i].lower.substr(0, t_[i].lower.find('-')), W::kParticle)) {
        if (hyphen_parts(i)) {
          if (i > start) unknown.push_back({start, i});
          start = ++i;
          continue;
        }
      }
      ++i;
    }
    if (b > start) unknown.push_back({start, b});
  }

  /// A name of several words whose last word carries a modifier: "Al Qaeda-linked",
  /// "Saudi Arabia-backed", "North Korea-based" -> the lexicon's actor, spanning the
  /// name only. Runs before the name runs, which stop at the hyphen compound.
  void names_before_hyphen() {
    for (std::size_t i = 1; i < t_.size(); ++i) {
      const auto core = t_[i].core;
      const auto dash = core.find('-');
      if (dash == std::string_view::npos || dash == 0 || !t_[i].word || !is_hyphen_modifier(i))
        continue;
      const auto first = core.substr(0, dash);
      if (!is_upper_start(first)) continue;
      for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
        bool names = true;
        for (std::size_t j = k; j < i && names; ++j)
          names = !used_[j] && is_name_word(j) && !t_[j].possessive;
        if (!names) continue;
        const std::string key = surface(k, i) + " " + std::string(first);
        const auto matches = lex_.lookup(key);
        if (matches.empty()) continue;
        const auto match = pick(matches);
        if (match.kind != LexiconMatch::Kind::name && match.kind != LexiconMatch::Kind::alias)
          continue;
        const LexiconActor& actor = *match.actor;
        Mention& m = out_.emplace_back();
        m.sentence = index_;
        m.token_begin = k;
        m.token_end = i + 1;
        m.begin = t_[k].begin;
        m.end = t_[i].begin + first.size();
        m.text = std::string(text_.substr(m.begin, m.end - m.begin));
        m.kind = MentionKind::name;
        m.type = actor.type;
        m.entity = actor.id;
        m.label = actor.name;
        m.name = m.text;
        m.country = actor.type == EntityType::country ? actor.id : actor.country;
        for (std::size_t j = k; j <= i; ++j) {
          used_[j] = true;
          owner_[j] = out_.size() - 1;
        }
        break;
      }
    }
  }

  /// Collectives named by who backs them: "Iran-backed militias", "pro-Moscow
  /// separatists", "Turkish-backed Syrian rebels", "pro-regime forces": an armed
  /// group named by the phrase. The backer inside the compound stays a mention of
  /// its own ("Iran"), which relation patterns read.
  void backed_collectives() {
    for (std::size_t i = 1; i < t_.size(); ++i) {
      if (used_[i] || t_[i].cap || !(t_[i].cls & W::kCollectiveHead)) continue;
      std::size_t j = i - 1;
      // One adjective between: "Iranian-backed Shia militia", "pro-government armed groups".
      if (!backer_compound(j) && j > 0 && t_[j].word &&
          t_[j].core.find('-') == std::string_view::npos &&
          !(t_[j].cls & (W::kFunction | W::kSpeech | W::kGovernmentNoun | W::kMilitaryNoun)) &&
          backer_compound(j - 1))
        --j;
      if (!backer_compound(j) || used_[j]) continue;
      // "Iran-backed Houthi rebels": the words after the backer are a lexicon name of
      // their own, which names the group ("Iran-backed" stays a backer, as before "Houthis").
      if (j + 1 < i && t_[j + 1].cap &&
          !lex_.lookup(text_.substr(t_[j + 1].begin, t_[i].end - t_[j + 1].begin)).empty())
        continue;
      const std::size_t before = out_.size();
      hyphen_parts(j);  // the backer: "Iran" of "Iran-backed"
      // One country backs by many names: "pro-Moscow separatists" and "pro-Russian
      // separatists" are one group, declared equal to the name after the country's
      // demonym ("pro-Russian ..."), which is also how the group is labelled.
      std::string canonical;
      if (t_[j].lower.starts_with("pro-") && out_.size() == before + 1 &&
          !out_.back().country.empty()) {
        const LexiconActor* country = lex_.find_actor(out_.back().country);
        if (country && country->type == EntityType::country && !country->demonyms.empty())
          canonical = "pro-" + country->demonyms.front() +
                      std::string(text_.substr(t_[j].end, t_[i].end - t_[j].end));
      }
      Mention m;
      m.sentence = index_;
      m.token_begin = j;
      m.token_end = i + 1;
      m.begin = t_[j].begin;
      m.end = t_[i].end;
      m.text = std::string(text_.substr(m.begin, m.end - m.begin));
      m.kind = MentionKind::name;
      m.type = EntityType::armed_group;
      m.name = m.text;
      m.alias_of = std::move(canonical);
      out_.push_back(std::move(m));
      for (std::size_t k = j; k <= i; ++k) {
        used_[k] = true;
        if (k > j || owner_[k] == kNone) owner_[k] = out_.size() - 1;
      }
    }
  }

  /// "pro-Moscow", "pro-regime", "Iran-backed", "Russian-sponsored", "US-allied": the
  /// backer is a name (capitalised) or a government ("pro-government"); "extremist-linked"
  /// or "locally-funded" name no backer.
  bool backer_compound(std::size_t j) const {
    const auto lower = t_[j].lower;
    auto backer = [&](std::string_view part) {
      return !part.empty() &&
             (is_upper_start(part) || has_class(lower_ascii(part), W::kGovernmentNoun) ||
              part == "governmental");
    };
    const auto core = t_[j].core;
    if (lower.starts_with("pro-") && lower.size() > 5) return backer(core.substr(4));
    const auto dash = lower.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || !backer(core.substr(0, core.find('-'))))
      return false;
    const auto tail = lower.substr(dash + 1);
    static constexpr std::string_view kBacked[] = {"backed",  "sponsored", "supported", "allied",
                                                   "aligned", "funded",    "armed",     "trained"};
    for (auto w : kBacked)
      if (tail == w) return true;
    return false;
  }

  /// A group named in quotes after "the", a capitalised word or two and a group noun:
  /// the "Cairo platform", the "Lima group" of the opposition. The quotes make the
  /// words a name; the place inside is part of it, not a place of the story.
  void quoted_group_names() {
    for (std::size_t i = 1; i + 3 < t_.size(); ++i) {
      if (t_[i].norm != "\"" || t_[i - 1].lower != "the" || !t_[i + 1].word || !t_[i + 1].cap)
        continue;
      std::size_t close = i + 2;
      while (close < t_.size() && close < i + 5 && t_[close].word &&
             !(t_[close].cls & W::kFunction))
        ++close;
      if (close >= t_.size() || t_[close].norm != "\"" || close < i + 3) continue;
      if (t_[close - 1].cap || !(t_[close - 1].cls & W::kQuotedGroupHead)) continue;
      bool free = true;
      for (std::size_t k = i + 1; k < close; ++k) free = free && !used_[k];
      if (!free) continue;
      const auto m = add(i + 1, close, MentionKind::name, EntityType::organization);
      out_[m].name = out_[m].text;
      i = close;
    }
  }

  /// Official names written in lower case after "the": "the joint chiefs of staff", "the
  /// security council". Only multi-word names of bodies (organisations, governments) the
  /// lexicon spells with capitals; not when "of" follows, which names another body ("the
  /// general assembly of the club").
  void lower_case_official_names() {
    for (std::size_t i = 1; i + 1 < t_.size(); ++i) {
      if (t_[i - 1].lower != "the" || used_[i] || !t_[i].word || t_[i].cap ||
          (t_[i].cls & W::kFunction))
        continue;
      for (std::size_t e = std::min(t_.size(), i + 5); e >= i + 2; --e) {
        bool ok = !(t_[e - 1].cls & W::kFunction);
        std::size_t content = 0;
        std::string name;
        for (std::size_t k = i; k < e && ok; ++k) {
          ok = !used_[k] && t_[k].word && !t_[k].cap && t_[k].lower == t_[k].norm;
          const bool function = (t_[k].cls & W::kFunction) != 0;
          if (function && t_[k].lower != "of" && t_[k].lower != "and" && t_[k].lower != "for")
            ok = false;
          if (!ok) break;
          if (!name.empty()) name.push_back(' ');
          std::string word(t_[k].lower);
          if (!function) {
            ++content;
            if (word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
          }
          name += word;
        }
        if (!ok || content < 2 || (e < t_.size() && t_[e].lower == "of")) continue;
        const auto matches = lex_.lookup(name);
        const LexiconMatch* body = nullptr;
        for (const auto& match : matches)
          if ((match.kind == LexiconMatch::Kind::name || match.kind == LexiconMatch::Kind::alias) &&
              (match.actor->type == EntityType::organization ||
               match.actor->type == EntityType::government) &&
              !match.actor->outlet)
            body = &match;
        if (!body) continue;
        add_lexicon(i, e, *body);
        i = e - 1;
        break;
      }
    }
  }

  /// Lexicon names that go on in lower case ("Western governments", "world powers",
  /// "major powers") and the lexicon's names written with "the" ("the West"): the
  /// name runs stop at a lower-case word and never hold "the".
  void lower_case_tails() {
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (used_[i] || !t_[i].word || (t_[i].cls & W::kFunction) || t_[i].possessive) continue;
      // "the West" (not "the West Bank"): a one-word name after "the".
      if (t_[i].cap && i > 0 && t_[i - 1].lower == "the" && !(i + 1 < t_.size() && t_[i + 1].cap)) {
        const auto matches = lex_.lookup("the " + std::string(t_[i].core));
        if (!matches.empty()) {
          add_lexicon(i, i + 1, pick(matches));
          continue;
        }
      }
      // The capitalised part may be several words: "Security Council permanent members".
      std::size_t c = i + 1;
      while (c < t_.size() && c < i + 4 && !used_[c] && t_[c].word && t_[c].cap &&
             !t_[c].possessive)
        ++c;
      bool found = false;
      for (std::size_t e = std::min(t_.size(), c + 2); e >= c + 1 && !found; --e) {
        bool tail = true;
        for (std::size_t k = c; k < e && tail; ++k)
          tail = !used_[k] && t_[k].word && !t_[k].cap && !(t_[k].cls & W::kFunction);
        if (!tail || !t_[e - 1].lower.ends_with("s")) continue;
        const auto matches = lex_.lookup(surface(i, e));
        if (matches.empty()) continue;
        add_lexicon(i, e, pick(matches));
        found = true;
      }
      if (found) continue;
    }
  }

  /// Lexicon names inside a hyphen compound: "Turkish-backed" -> "Turkish",
  /// "US-led", "pro-Russian". The mention spans the part only.
  bool hyphen_parts(std::size_t i) {
    const auto core = t_[i].core;
    if (core.find('-') == std::string_view::npos || !t_[i].word) return false;
    bool found = false;
    std::size_t pos = 0;
    while (pos < core.size()) {
      auto dash = core.find('-', pos);
      if (dash == std::string_view::npos) dash = core.size();
      const auto part = core.substr(pos, dash - pos);
      if (!part.empty() && is_upper_start(part)) {
        const auto matches = lex_.lookup(part);
        if (!matches.empty()) {
          const auto match = pick(matches);
          const std::size_t begin = t_[i].begin + pos;
          Mention mention;
          mention.sentence = index_;
          mention.token_begin = i;
          mention.token_end = i + 1;
          mention.begin = begin;
          mention.end = begin + part.size();
          mention.text = std::string(text_.substr(mention.begin, part.size()));
          const LexiconActor& actor = *match.actor;
          mention.kind = match.kind == LexiconMatch::Kind::demonym ? MentionKind::demonym
                         : all_caps(part)                          ? MentionKind::acronym
                                                                   : MentionKind::name;
          if (match.kind == LexiconMatch::Kind::capital) mention.kind = MentionKind::metonym;
          mention.type = actor.type;
          mention.entity = actor.id;
          mention.label = actor.name;
          if (mention.kind != MentionKind::demonym && mention.kind != MentionKind::metonym)
            mention.name = std::string(part);
          mention.country = actor.type == EntityType::country ? actor.id : actor.country;
          out_.push_back(std::move(mention));
          owner_[i] = out_.size() - 1;
          found = true;
        }
      }
      pos = dash + 1;
    }
    if (found) used_[i] = true;
    return found;
  }

  /// Country named by tokens [a,e) (name, alias or demonym), or nullptr.
  const LexiconActor* country_at(std::size_t a, std::size_t& e) {
    LexiconMatch m;
    e = longest_match(a, e, m);
    if (e > a && m.actor->type == EntityType::country) return m.actor;
    e = a;
    return nullptr;
  }

  /// "ministry of foreign affairs" -> "foreign ministry"; "department of state" -> "state department".
  static std::string canonical_body(std::string lower) {
    auto strip = [&](std::string_view head) -> bool {
      const std::string prefix = std::string(head) + " of ";
      if (!lower.starts_with(prefix)) return false;
      std::string rest = lower.substr(prefix.size());
      if (rest.ends_with(" affairs")) rest.resize(rest.size() - 8);
      lower = rest + " " + std::string(head);
      return true;
    };
    strip("ministry") || strip("department");
    return lower;
  }

  /// Runs whose head noun makes them an organisation, armed group or place.
  bool organisation_run(std::size_t a, std::size_t b) {
    // Head: the last token, or the last token before an "of/for" continuation.
    std::size_t head = kNone;
    for (std::size_t k = b; k-- > a;) {
      if (((t_[k].cls & (W::kOrgHead | W::kPlaceHead)) != 0) && t_[k].cap) { head = k; break; }
      if (!t_[k].cap) continue;
    }
    const bool arabic = ((t_[a].cls & (W::kArabicGroup)) != 0) && b > a + 1;
    if (head == kNone && !arabic) return false;
    if (head != kNone && head + 1 < b && t_[head + 1].lower != "of" && t_[head + 1].lower != "for" &&
        t_[head + 1].lower != "on" && !arabic)
      return false;  // "Rixos President Hotel" ok; "President Hotel X"? not a head-final name
    if (head == a && b == a + 1) {
      // A head noun alone is generic ("Government", "Army"): governments are descriptions.
      return false;
    }
    const std::string lower = lower_ascii(name_text(a, b));
    // Government qualified by a country: "the Syrian Government", "Government of Kazakhstan".
    std::size_t e = b;
    const LexiconActor* country = country_at(a, e);
    const LexiconActor* of_country = nullptr;
    std::size_t of_at = kNone;
    for (std::size_t k = a + 1; k + 1 < b; ++k)
      if (t_[k].lower == "of") {
        std::size_t c = k + 1;
        if (t_[c].lower == "the") ++c;
        std::size_t ce = b;
        if (const auto* found = country_at(c, ce); found && ce == b) { of_country = found; of_at = k; }
      }
    auto generic = [&](std::size_t x, std::size_t y) {
      if (x >= y) return false;
      for (std::size_t k = x; k < y; ++k)
        if (!((t_[k].cls & (W::kGenericBody)) != 0)) return false;
      return true;
    };
    const LexiconActor* qualifier = nullptr;
    std::size_t rest_a = a, rest_b = b;
    if (country && generic(e, b)) { qualifier = country; rest_a = e; }
    else if (of_country && generic(a, of_at)) { qualifier = of_country; rest_b = of_at; }
    if (qualifier) {
      const std::string rest = canonical_body(lower_ascii(name_text(rest_a, rest_b)));
      if (rest == "government" || rest == "administration" || rest == "cabinet") {
        const auto m = add(a, b, MentionKind::name, EntityType::government);
        set_government(out_[m], *qualifier);
        out_[m].name = name_text(a, b);
        return true;
      }
      const auto m = add(a, b, MentionKind::name, EntityType::government);
      out_[m].name = name_text(a, b);
      out_[m].entity = qualifier->id + "-" + slugify(rest);
      out_[m].label = title_case(rest) + " of " + qualifier->name;
      out_[m].country = qualifier->id;
      return true;
    }
    if (generic(a, b) && (t_[head].lower == "government" || t_[head].lower == "administration")) return false;
    EntityType type = EntityType::organization;
    if (arabic || (head != kNone && ((t_[head].cls & (W::kArmedHead)) != 0))) type = EntityType::armed_group;
    if (head != kNone && ((t_[head].cls & (W::kPlaceHead)) != 0) && !((t_[head].cls & (W::kOrgHead)) != 0))
      type = EntityType::location;
    if (employer_paper(a, b)) {
      const auto m = add(a, b, MentionKind::name, EntityType::organization);
      out_[m].name = name_text(a, b);
      return true;
    }
    if (outlet_name(a, b) || outlet_context(a, b, type == EntityType::organization)) { mark_used(a, b); return true; }
    // An ordinal opens a body's name: "the 2nd U.S. Circuit Court of Appeals", "the
    // 101st Airborne Division".
    if (a > 0 && type != EntityType::location && owner_[a - 1] == kNone && !used_[a - 1]) {
      const auto w = t_[a - 1].lower;
      const bool ordinal =
          w.size() >= 3 && std::isdigit(static_cast<unsigned char>(w[0])) &&
          (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th")) &&
          std::all_of(w.begin(), w.end() - 2,
                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      if (ordinal) --a;
    }
    const auto m = add(a, b, MentionKind::name, type);
    out_[m].name = name_text(a, b);
    if (country) out_[m].country = country->id;
    return true;
  }

  void set_government(Mention& m, const LexiconActor& country) {
    auto it = state_.government_of.find(country.id);
    if (it != state_.government_of.end()) {
      m.entity = it->second->id;
      m.label = it->second->name;
    } else {
      m.entity = country.id + "-government";
      m.label = "Government of " + country.name;
    }
    m.country = country.id;
    m.type = EntityType::government;
  }

  // ---- unknown names ------------------------------------------------------

  bool is_common_word(std::size_t i) const {
    const auto& f = t_[i];
    if (f.cls & (W::kFunction | W::kNotName)) return true;
    // The tagger's verdict: a proper noun keeps its capital anywhere.
    return !f.pos.empty() && !f.pos.starts_with("NNP");
  }

  bool is_title_word(std::size_t i) const {
    if (title_[i] < 0) {
      bool title = (t_[i].cls & (W::kTitle | W::kHonorific)) != 0;
      // A role naming a place ("city", "province") titles no one: "City University
      // Chancellor X".
      if (!title && t_[i].word && !(t_[i].cls & W::kFunction))
        if (const RoleNoun* role = lex_.find_role(t_[i].lower))
          title = role->refers_to != EntityType::location;
      title_[i] = title ? 1 : 0;
    }
    return title_[i] == 1;
  }

  /// A common English noun or adjective (WordNet) that no person of the document bears.
  bool english_word(std::size_t i) const {
    const auto& f = t_[i];
    if (!f.word || state_.person_words.contains(f.lower)) return false;
    const auto& data = W::LanguageData::instance();
    return data.wordnet_has(0, f.lower) || data.wordnet_has(2, f.lower);
  }

  bool is_title_modifier(std::size_t i) const {
    return (t_[i].cls & W::kTitleModifier) != 0;
  }

  /// Follows a verb of speech whose subject it is: "X said", "X, 45, told".
  bool speech_after(std::size_t b) const {
    std::size_t k = b;
    if (k < t_.size() && t_[k].norm == ",") return false;
    if (k < t_.size() && (t_[k].lower == "also" || t_[k].lower == "has" || t_[k].lower == "had")) ++k;
    return k < t_.size() && ((t_[k].cls & (W::kSpeech)) != 0) && t_[k].lower != "reports" &&
           t_[k].lower != "reported";
  }

  bool said_before(std::size_t a) const {
    // Inverted speech: "..., says X", "asks X", "explains X".
    return a > 0 &&
           (t_[a - 1].lower == "said" || t_[a - 1].lower == "says" || t_[a - 1].lower == "added" ||
            t_[a - 1].lower == "explained" || t_[a - 1].lower == "stressed" ||
            t_[a - 1].lower == "asks" || t_[a - 1].lower == "explains" ||
            t_[a - 1].lower == "adds" || t_[a - 1].lower == "notes");
  }

  /// Apposition after a name: ", a spokesman for the Y", ", the Russian envoy
  /// to Syria", ", Russia's main negotiator", ", deputy director of Z".
  struct Apposition {
    std::string role;
    std::string country;
    std::string member_of;
    std::size_t end = 0;
  };

  std::optional<Apposition> apposition_after(std::size_t b) {
    if (b >= t_.size() || t_[b].norm != ",") return std::nullopt;
    std::size_t k = b + 1;
    Apposition ap;
    if (k < t_.size() && (t_[k].lower == "a" || t_[k].lower == "an" || t_[k].lower == "the")) ++k;
    std::size_t role_start = k;
    // Possessive country or demonym first: "Russia's main negotiator", "the Russian envoy".
    if (k < t_.size() && owner_[k] != kNone) {
      const auto& m = out_[owner_[k]];
      if (m.type == EntityType::country && (m.kind == MentionKind::demonym || t_[m.token_end - 1].possessive ||
                                            (m.token_end < t_.size() && is_possessive_token(t_[m.token_end].norm)))) {
        ap.country = m.entity;
        k = m.token_end;
        if (k < t_.size() && is_possessive_token(t_[k].norm)) ++k;
        role_start = k;
      }
    }
    std::size_t head = kNone;
    for (std::size_t j = k, words = 0; j < t_.size() && words < 5; ++j, ++words) {
      // A body's name before the role: "a University of Texas law professor".
      if (owner_[j] != kNone && out_[owner_[j]].token_begin == j && head == kNone &&
          out_[owner_[j]].type == EntityType::organization) {
        j = out_[owner_[j]].token_end - 1;
        continue;
      }
      if (t_[j].norm == "," || t_[j].norm == "(" || (t_[j].cls & W::kFunction)) break;
      if (is_title_word(j)) head = j;
      else if (head != kNone) break;
    }
    if (head == kNone) return std::nullopt;
    ap.role = std::string(text_.substr(t_[role_start].begin, t_[head].end - t_[role_start].begin));
    ap.end = head + 1;
    // "for/of/from/with/at/to (the) Y"
    std::size_t j = head + 1;
    if (j < t_.size() && (t_[j].lower == "for" || t_[j].lower == "of" || t_[j].lower == "from" ||
                          t_[j].lower == "with" || t_[j].lower == "at" || t_[j].lower == "to")) {
      const bool to = t_[j].lower == "to";
      ++j;
      if (j < t_.size() && t_[j].lower == "the") ++j;
      std::size_t e = j;
      while (e < t_.size() && (is_name_word(e) || (e > j && (t_[e].lower == "of" || t_[e].lower == "for") &&
                                                  e + 1 < t_.size() && is_name_word(e + 1))))
        ++e;
      if (e > j) {
        const auto target = name_text(j, e);
        if (to) ap.role += " to " + target;
        else ap.member_of = target;
        ap.end = e;
      }
    }
    // "truce in Gaza, Qatar's foreign ministry said": the subject of the next
    // clause, not a description of the name before the comma.
    if (ap.end < t_.size() && (t_[ap.end].cls & W::kSpeech)) return std::nullopt;
    return ap;
  }

  /// "the U.S. ambassador to Kazakhstan, NAME": a role phrase ending in a comma before the name.
  std::optional<Apposition> apposition_before(std::size_t a) {
    if (a < 3 || t_[a - 1].norm != ",") return std::nullopt;
    std::size_t head = kNone;
    std::size_t k = a - 1;
    for (std::size_t steps = 0; k-- > 0 && steps < 8; ++steps) {
      if (t_[k].norm == "," || t_[k].norm == "." || ((t_[k].cls & (W::kSpeech)) != 0)) break;
      if (is_title_word(k) && !t_[k].cap) { head = k; break; }
    }
    if (head == kNone) return std::nullopt;
    std::size_t det = head;
    while (det > 0 && !(t_[det - 1].cls & W::kFunction) && head - det < 4) --det;
    if (det == 0 || t_[det - 1].lower != "the") return std::nullopt;
    Apposition ap;
    for (std::size_t j = det; j < head; ++j)
      if (owner_[j] != kNone && out_[owner_[j]].type == EntityType::country) ap.country = out_[owner_[j]].entity;
    ap.role = std::string(text_.substr(t_[head].begin, t_[a - 2].end - t_[head].begin));
    return ap;
  }

  void classify_unknown(std::size_t a, std::size_t b) {
    // Peel leading title words: "Foreign Minister Kairat Abdrakhmanov", "Minister Abdrakhmanov".
    std::size_t p = a;
    bool titled = false;
    // A plural title ("Diplomats Arrive") does not make the next word a person.
    auto singular_title = [&](std::size_t k) {
      return is_title_word(k) && !(t_[k].lower.ends_with("s") && !t_[k].lower.ends_with("ss"));
    };
    while (p < b && (singular_title(p) || (is_title_modifier(p) && p + 1 < b && (singular_title(p + 1) || is_title_modifier(p + 1))))) {
      if (singular_title(p)) titled = true;
      ++p;
    }
    if (p == b) return;  // a bare title: attach_titles() reads it for the next name
    // "the Council of Great City Schools": a body's head noun and its own "of" open an
    // organisation's name, not a title.
    if (p == a + 1 && (t_[a].cls & W::kOrgHead) && !(t_[a].cls & W::kTitle) && a > 0 &&
        t_[a - 1].lower == "the" && t_[p].lower == "of") {
      const auto m = add(a, b, MentionKind::name, EntityType::organization);
      out_[m].name = name_text(a, b);
      return;
    }
    // "CIA Director William Burns", "Commission President Omar Touray": an
    // organisation's acronym or head noun, its title, then the person.
    if (!titled) {
      for (std::size_t k = p + 1; k + 1 < b; ++k) {
        if (!singular_title(k)) continue;
        const bool acronym_org = k == p + 1 && t_[p].allcaps && t_[p].core.size() >= 2;
        const bool org_head = (t_[k - 1].cls & W::kOrgHead) != 0;
        // "Pemex Director Francisco Rojas": up to three words no dictionary has and no
        // person of the document bears, a title, then a full name.
        bool unknown_name = k - p <= 3;
        for (std::size_t w = p; w < k && unknown_name; ++w)
          unknown_name = t_[w].cap && !english_word(w) && !is_common_word(w) &&
                         !state_.person_words.contains(t_[w].lower);
        std::size_t q = k;
        while (q < b && (singular_title(q) || is_title_modifier(q))) ++q;
        if (!acronym_org && !org_head && !(unknown_name && b - q >= 2)) break;
        if (q >= b) break;
        if (acronym_org || k - p > 1 || unknown_name) {
          const auto m = add(p, k, MentionKind::name, EntityType::organization);
          out_[m].name = name_text(p, k);
        } else {
          mark_used(p, k);  // a lone head noun ("Commission") names nobody by itself
        }
        classify_unknown(k, b);
        return;
      }
    }
    if (!titled) p = a;
    const bool peeled = titled && p > a;
    // "Special Representative for Policy Joseph Yun", "Envoy for Human Rights Ana
    // Costa": the title goes on after "for/of" with common English words before the
    // name; they are the title's, and the last two words at least are the name.
    // A name the lexicon knows may stand between "for" and the common words: "Special
    // Representative for North Korea Policy Joseph Yun".
    std::string continued_title;
    std::size_t for_at = p;
    if (p > 0 && owner_[p - 1] != kNone && out_[owner_[p - 1]].type != EntityType::person)
      for_at = out_[owner_[p - 1]].token_begin;
    if (!titled && for_at >= 2 && (t_[for_at - 1].lower == "for" || t_[for_at - 1].lower == "of") &&
        is_title_word(for_at - 2)) {
      std::size_t q = p;
      while (b - q > 2 && english_word(q)) ++q;
      if (q > p) {
        std::size_t start = for_at - 2;
        while (start > 0 && (is_title_word(start - 1) || is_title_modifier(start - 1)) &&
               t_[start - 1].cap)
          --start;
        continued_title =
            std::string(text_.substr(t_[start].begin, t_[q - 1].end - t_[start].begin));
        mark_used(p, q);
        p = q;
        titled = true;
      }
    }
    // "Fresno, Calif., on Monday", a dateline "FRESNO, Calif. (AP)": an unknown name
    // followed by a comma and the region or country it lies in is a place.
    if (!titled && region_after_comma(p, b)) {
      std::string name = name_text(p, b);
      if (all_caps(name)) name = title_case(name);
      const auto m = add(p, b, MentionKind::name, EntityType::location);
      out_[m].name = name;
      return;
    }
    // Sentence-initial common words are not names ("Even", "Peace", "Rebels").
    if (p == first_word_ && is_common_word(p) && !titled && !state_.person_words.contains(t_[p].lower)) {
      if (b - p == 1 && !speech_after(b)) return;
      if (b - p > 1) ++p;
    }
    // Places named in Arabic ("Deir ez-Zor", "Tell Abyad", "Wadi Barada") and a compass
    // adjective that begins a place's name ("Eastern Ghouta", "Northern Rakhine").
    if (!titled && b - p >= 2 && b - p <= 3 && !speech_after(b) &&
        ((t_[p].cls & W::kPlaceFirst) || ((t_[p].cls & W::kCompass) && t_[p].cap))) {
      const auto m = add(p, b, MentionKind::name, EntityType::location);
      out_[m].name = name_text(p, b);
      return;
    }
    while (p < b && (t_[p].cls & (W::kNotName | W::kFunction)) && !titled) ++p;
    if (p >= b) return;
    const std::size_t n = b - p;
    bool has_particle = false;
    for (std::size_t k = p; k < b; ++k)
      if (!t_[k].cap || ((t_[k].cls & (W::kParticle)) != 0)) has_particle = true;
    if (!titled) titled = title_before(p);
    if (headline_ && !((titled && n >= 2) || (has_particle && n >= 2)) &&
        !(place_context(p, b) && !looks_like_title_case()))
      return;
    // Credits and outlets.
    const bool acronym = n == 1 && t_[p].allcaps;
    if (!titled && employer_paper(p, b)) {
      const auto m = add(p, b, MentionKind::name, EntityType::organization);
      out_[m].name = name_text(p, b);
      return;
    }
    if (!titled && (outlet_name(p, b) || (outlet_context(p, b, true) && (n == 1 || acronym)))) {
      mark_used(p, b);
      return;
    }
    // "James K. Batten, Knight-Ridder president and chief executive", "X, ICE minister
    // of state,": a name or acronym in apposition to a person, before a lower-case
    // singular title that closes the description, is the body the title belongs to.
    if (!titled && n <= 3 && p >= 2 && t_[p - 1].norm == "," && owner_[p - 2] != kNone &&
        out_[owner_[p - 2]].type == EntityType::person && out_[owner_[p - 2]].token_end == p - 1 &&
        b < t_.size() && !t_[b].cap && t_[b].word && is_title_word(b) &&
        !(t_[b].lower.ends_with("s") && !t_[b].lower.ends_with("ss")) &&
        (b + 1 == t_.size() || t_[b + 1].norm == "," || t_[b + 1].norm == "." ||
         t_[b + 1].lower == "and" || t_[b + 1].lower == "of")) {
      bool person_word = false;
      for (std::size_t k = p; k < b; ++k)
        person_word = person_word || state_.person_words.contains(t_[k].lower);
      if (!person_word) {
        const auto m = add(p, b, MentionKind::name, EntityType::organization);
        out_[m].name = name_text(p, b);
        return;
      }
    }
    const auto after = apposition_after(b);
    const auto before = after ? std::nullopt : apposition_before(p);
    const bool speaker = speech_after(b) || said_before(p);
    bool person = titled || after.has_value() || before.has_value() || speaker ||
                  (n == 1 && state_.person_words.contains(t_[p].lower));
    // "NUB spokesman Kim Hyong-ki": an acronym before a lower-case title and a name
    // is the body the title belongs to.
    // Likewise after a lower-case title and "of" ("head of CNM's design department").
    const bool of_title = p >= 2 && t_[p - 1].lower == "of" && !t_[p - 2].cap && t_[p - 2].word &&
                          is_title_word(p - 2);
    if (acronym && !titled && !before && t_[p].core.size() >= 2 &&
        (of_title ||
         (b + 1 < t_.size() && !t_[b].cap && t_[b].word && is_title_word(b) &&
          !(t_[b].lower.ends_with("s") && !t_[b].lower.ends_with("ss")) && is_name_word(b + 1)))) {
      // A name, not an acronym: no expansion defines it, and it names the node.
      const auto m = add(p, b, MentionKind::name, EntityType::organization);
      out_[m].name = name_text(p, b);
      return;
    }
    if (acronym && !titled) {
      // Undefined acronyms are left to the lexicon; "X (ABC)" defines them below.
      pending_acronyms_.push_back(p);
      return;
    }
    // Group context: "the Y rebel group", "Y militants".
    std::size_t g = b;
    if (g < t_.size() && t_[g].norm == "(") {
      while (g < t_.size() && t_[g].norm != ")") ++g;
      ++g;
    }
    bool group = false, armed = false;
    for (std::size_t k = g; k < t_.size() && k < g + 3; ++k) {
      if (t_[k].lower == "rebel" || t_[k].lower == "militant" || t_[k].lower == "armed" || t_[k].lower == "jihadist" ||
          t_[k].lower == "insurgent" || t_[k].lower == "militia")
        armed = true;
      if (((t_[k].cls & (W::kGroupNoun)) != 0)) { group = true; break; }
      if (t_[k].cap || t_[k].norm == "," || (t_[k].cls & W::kFunction)) break;
    }
    const bool the_before = p > 0 && t_[p - 1].lower == "the";
    if (!titled && company_list_before(p)) {
      const auto m = add(p, b, MentionKind::name, EntityType::organization);
      out_[m].name = name_text(p, b);
      return;
    }
    if (group && !titled) {
      const auto m = add(p, b, MentionKind::name, armed ? EntityType::armed_group : EntityType::organization);
      out_[m].name = name_text(p, b);
      return;
    }
    // "the Mossad chief David Barnea", "International Paper spokeswoman Ann Silvernail",
    // "Khmer Rouge leader X": an unknown name of up to four words before a lower-case
    // title and a name is the body the title belongs to, not a person (unless a word of
    // it already names a person of the document: "Obama adviser X").
    const auto person_word_in = [&] {
      for (std::size_t k = p; k < b; ++k)
        if (state_.person_words.contains(t_[k].lower)) return true;
      return false;
    };
    if (!titled && n <= 4 && !before && b + 1 < t_.size() && !t_[b].cap && singular_title(b) &&
        is_name_word(b + 1) && !person_word_in()) {
      const auto m = add(p, b, MentionKind::name, EntityType::organization);
      out_[m].name = name_text(p, b);
      return;
    }
    if (!titled && place_context(p, b)) {
      const auto m = add(p, b, MentionKind::name, EntityType::location);
      out_[m].name = name_text(p, b);
      return;
    }
    if (!person) {
      if (the_before) return;
      // Modifier of a common noun: "Central Asian republic", "Syria peace talks".
      if (b < t_.size() && !t_[b].cap && t_[b].word && t_[b].pos.starts_with("NN") &&
          !((t_[b].cls & (W::kSpeech | W::kFunction)) != 0))
        return;
      const bool locative = p > 0 && ((t_[p - 1].cls & (W::kLocative)) != 0) && t_[p - 1].lower != "to";
      if (locative || (p > 0 && t_[p - 1].lower == "to" && n == 1)) {
        if (n > 3) return;
        const auto m = add(p, b, MentionKind::name, EntityType::location);
        out_[m].name = name_text(p, b);
        return;
      }
      if (n == 1) {
        single_.push_back(p);  // decided by coordination with a person
        return;
      }
      if (n > 4) return;
      for (std::size_t k = p; k < b; ++k)
        if (t_[k].cap && is_common_word(k) && k == p) return;
    }
    // A subheading in capitals ("REGION DESERVES BETTER", "SYMBOL OF RESISTANCE") is
    // no one's name: capitals there say nothing about names.
    if (!speaker && capitals_line()) return;
    const auto m = add(p, b, MentionKind::name, EntityType::person);
    out_[m].name = name_text(p, b);
    if (after) {
      out_[m].role = after->role;
      out_[m].country = after->country;
      out_[m].member_of = after->member_of;
      for (std::size_t k = b; k < after->end && k < t_.size(); ++k)
        if (owner_[k] == kNone) used_[k] = true;
    } else if (before) {
      out_[m].role = before->role;
      out_[m].country = before->country;
    }
    if (!continued_title.empty()) out_[m].role = continued_title;
    if (peeled) {  // peeled title inside the run
      out_[m].role = std::string(text_.substr(t_[a].begin, t_[p - 1].end - t_[a].begin));
      mark_used(a, p);
    }
  }

  /// A name in a list the prose calls companies: "oil companies Shell and Eni",
  /// "two firms, Vela and Norsk,", "carriers such as Aerolink": walks back over the
  /// list (names, commas, "and") to a lower-case company noun.
  bool company_list_before(std::size_t p) const {
    std::size_t k = p;
    for (int steps = 0; k > 0 && steps < 12; ++steps) {
      const auto& prev = t_[k - 1];
      if (prev.norm == "," || prev.lower == "and" || prev.lower == "or" ||
          prev.lower == "including" || prev.lower == "like" ||
          (prev.cap && prev.word && !(prev.cls & W::kFunction))) {
        --k;
        continue;
      }
      if (prev.lower == "as" && k >= 2 && t_[k - 2].lower == "such") {
        k -= 2;
        continue;
      }
      return prev.word && !prev.cap && (prev.cls & W::kCompanyNoun) && k < p;
    }
    return false;
  }

  /// An unknown name the prose itself calls a place: "the city of Kherson", "the
  /// province of Idlib", "the Jenin camp", "Kherson region", or "in Jeddah" (a
  /// lower-case locative preposition before a short name).
  bool place_context(std::size_t p, std::size_t b) const {
    if (b - p > 3) return false;
    if (p >= 3 && t_[p - 1].lower == "of" &&
        ((t_[p - 2].cls & W::kPlaceHead) || t_[p - 2].lower == "capital") && !t_[p - 2].cap) {
      // "the city of", "the southern port city of", "the besieged town of", and with
      // a known name or demonym before the noun: "the Russian resort city of", "the
      // Islamic State capital of".
      for (std::size_t k = p - 3, seen = 0; seen < 4; --k, ++seen) {
        if (t_[k].lower == "the") return true;
        if ((t_[k].cap && owner_[k] == kNone) || !t_[k].word || (t_[k].cls & W::kFunction) ||
            k == 0)
          break;
      }
    }
    if (p >= 3 && t_[p - 1].lower == "of" && t_[p - 2].lower == "capital" && t_[p - 3].lower == "the") return true;
    // "the Kivu region of eastern Congo": an area noun may go on with "of" and its country.
    const auto area = [&](std::size_t k) { return (t_[k].cls & W::kAreaNoun) != 0; };
    if (b < t_.size() && !t_[b].cap && (t_[b].cls & W::kPlaceHead) && !(t_[b].cls & W::kOrgHead) &&
        (!(b + 1 < t_.size() && t_[b + 1].lower == "of") || area(b)))
      return true;
    return p > 0 && !t_[p - 1].cap && (t_[p - 1].lower == "in" || t_[p - 1].lower == "near") && b - p <= 2;
  }

  /// A dateline line "FRESNO, Calif. (AP)", "GIESSEN, West Germany": the place the story
  /// is filed from and the region or country it lies in.
 public:
  void dateline_place() {
    if (t_.empty()) return;
    const std::size_t p = first_word_;
    std::size_t b = p;
    while (b < t_.size() && b < p + 3 && t_[b].word && t_[b].cap && !t_[b].possessive) ++b;
    if (b == p || !region_after_comma(p, b)) return;
    LexiconMatch match;
    const std::size_t e = longest_match(b + 1, t_.size(), match);
    std::string name = name_text(p, b);
    if (all_caps(name)) name = title_case(name);
    const auto m = add(p, b, MentionKind::name, EntityType::location);
    out_[m].name = name;
    add_lexicon(b + 1, e, match);
  }

 private:
  /// "Fresno, Calif.,", "FRESNO, Calif. (AP)", "Aguadilla, Puerto Rico;": the name
  /// [p, b) of up to three words, a comma, then a country or a region the lexicon
  /// places in a country, closing the phrase. Not a list ("Cairo, Jordan and Iraq",
  /// "X, Y, Ohio"), nor common words ("However, Iran."), save a dateline's capitals.
  bool region_after_comma(std::size_t p, std::size_t b) {
    const std::size_t n = t_.size();
    // A place's head noun ends the name: "Hot Springs National Park, Ark.".
    const bool place_head =
        b > p && (t_[b - 1].cls & W::kPlaceHead) && !(t_[b - 1].cls & W::kOrgHead);
    if (b - p > (place_head ? 4u : 3u) || b + 1 >= n || t_[b].norm != ",") return false;
    if (p > 0 && t_[p - 1].norm == ",") return false;
    // After "and", only a place joined to a place: "Ellington Air Force Base and
    // Galveston, Texas".
    if (p > 1 && (t_[p - 1].lower == "and" || t_[p - 1].lower == "or") &&
        !(owner_[p - 2] != kNone && out_[owner_[p - 2]].type == EntityType::location))
      return false;
    const bool dateline_caps = p == first_word_ && t_[p].allcaps;
    // "the envoy Lanny Brisk, Kenya,": a titled name or a person's is a person.
    if (title_before(p) || (p > 0 && lex_.find_role(t_[p - 1].lower))) return false;
    for (std::size_t k = p; k < b; ++k)
      if (state_.person_words.contains(t_[k].lower)) return false;
    for (std::size_t k = p; k < b; ++k)
      if (!t_[k].cap || (!dateline_caps && !place_head && is_common_word(k)) ||
          (t_[k].cls & (W::kFunction | W::kTitle | W::kHonorific)))
        return false;
    LexiconMatch m;
    const std::size_t e = longest_match(b + 1, n, m);
    if (e == b + 1) return false;
    if (m.kind != LexiconMatch::Kind::name && m.kind != LexiconMatch::Kind::alias) return false;
    const LexiconActor& outer = *m.actor;
    if (outer.type != EntityType::country &&
        !(outer.type == EntityType::location && !outer.country.empty()))
      return false;
    if (e == n) return true;
    const auto w = t_[e].norm;
    if (w == "(" || w == ")" || w == ";" || w == "." || w == ":" || w == "--" || w == "\u2014" ||
        w == "\u2013")
      return true;
    if (w != ",") return false;
    // ", Texas, and Florida", ", Iran, Iraq": another place after the comma is a list.
    std::size_t next = e + 1;
    if (next < n && (t_[next].lower == "and" || t_[next].lower == "or")) ++next;
    if (next < n && t_[next].cap) {
      LexiconMatch x;
      if (longest_match(next, n, x) > next &&
          (x.actor->type == EntityType::country || x.actor->type == EntityType::location))
        return false;
    }
    return true;
  }

  /// Does a title stand right before position p (possibly closed by ")")?
  bool title_before(std::size_t p) const {
    std::size_t k = p;
    if (k > 0 && t_[k - 1].norm == ")") --k;
    return k > 0 && (is_title_word(k - 1) || ((t_[k - 1].cls & (W::kHonorific)) != 0));
  }

  /// "Putin and Erdogan": single capitalised words coordinated with a person, or after a plural title.
  void coordinate_people() {
    for (auto p : single_) {
      if (used_[p]) continue;
      bool person = false;
      auto person_at = [&](std::size_t k) {
        return k < t_.size() && owner_[k] != kNone && out_[owner_[k]].type == EntityType::person;
      };
      if (p >= 2 && t_[p - 1].lower == "and" && person_at(p - 2)) person = true;
      if (p + 2 < t_.size() && t_[p + 1].lower == "and" && (person_at(p + 2) || title_before(p))) person = true;
      if (title_before(p)) person = true;
      if (p + 2 < t_.size() && t_[p + 1].lower == "and" && t_[p + 2].cap) {
        const auto sp = p + 3;
        if (speech_after(sp)) person = true;
      }
      if (!person) continue;
      const auto m = add(p, p + 1, MentionKind::name, EntityType::person);
      out_[m].name = std::string(t_[p].core);
    }
    // Second pass: "(Russian and Turkish presidents) Putin and Erdogan".
    for (auto p : single_) {
      if (used_[p]) continue;
      if (p >= 2 && t_[p - 1].lower == "and" && owner_[p - 2] != kNone &&
          out_[owner_[p - 2]].type == EntityType::person) {
        const auto m = add(p, p + 1, MentionKind::name, EntityType::person);
        out_[m].name = std::string(t_[p].core);
      }
    }
    // Third pass: a list of places goes on with unknown towns: "near Ostrov, Belin and
    // Kolno in Slovakia". A member after a comma must be followed by the list's next
    // separator (not "in Paris, Smith said"); the last, after "and"/"or", by the end of
    // the phrase or a preposition of place.
    for (auto p : single_) {
      if (used_[p] || p < 2 || owner_[p - 2] == kNone ||
          out_[owner_[p - 2]].type != EntityType::location)
        continue;
      const auto& sep = t_[p - 1].lower;
      const bool has_next = p + 1 < t_.size();
      const auto next = has_next ? t_[p + 1].lower : std::string_view{};
      bool place = false;
      if (sep == ",")
        place = has_next && (next == "," || next == "and" || next == "or");
      else if (sep == "and" || sep == "or")
        place = !has_next || (!t_[p + 1].word && next != "(") || next == "in" || next == "near";
      if (!place || speech_after(p + 1)) continue;
      const auto m = add(p, p + 1, MentionKind::name, EntityType::location);
      out_[m].name = std::string(t_[p].core);
    }
  }

  /// Titles before a person's name: "Russian Foreign Minister", "UN Special
  /// Envoy for Syria", "Kazakhstan's Foreign Minister", "the President of
  /// Kazakhstan", "Chief opposition negotiator", "(Kazakh President)".
  void attach_titles(std::size_t mi) {
    Mention& m = out_[mi];
    if (m.type != EntityType::person || m.kind != MentionKind::name || m.sentence != index_) return;
    std::size_t k = m.token_begin;
    if (k > 0 && t_[k - 1].norm == ")") --k;
    std::size_t title_end = k, title_start = k;
    std::string complement;
    bool any = false;
    while (k > 0) {
      const std::size_t j = k - 1;
      if (owner_[j] != kNone && owner_[j] != mi) {
        // "for Syria" / "of Kazakhstan" inside the title.
        const auto& other = out_[owner_[j]];
        const std::size_t ob = other.token_begin;
        if (ob > 0 && (t_[ob - 1].lower == "for" || t_[ob - 1].lower == "of" || t_[ob - 1].lower == "to") &&
            ob >= 2 && (is_title_word(ob - 2) || t_[ob - 2].lower == "the")) {
          if (t_[ob - 1].lower == "of" && other.type == EntityType::country && m.country.empty())
            m.country = other.entity;
          k = ob - 1;
          any = any || false;
          continue;
        }
        break;
      }
      if (used_[j] && owner_[j] == kNone && !is_title_word(j) && !is_title_modifier(j)) break;
      if (is_title_word(j) || (is_title_modifier(j) && t_[j].lower != "the" && t_[j].lower != "of" &&
                               t_[j].lower != "for" && t_[j].lower != "to")) {
        if (is_title_word(j)) any = true;
        k = j;
        title_start = j;
        continue;
      }
      if ((t_[j].lower == "of" || t_[j].lower == "for" || t_[j].lower == "to") && any) { k = j; continue; }
      // "Secretary of State", "Minister of Foreign Affairs", "Chief of Staff".
      if (t_[j].lower == "of" && j > 0 && is_title_word(j - 1) && t_[j - 1].cap) { k = j; continue; }
      break;
    }
    if (!any) return;
    (void)title_end;
    (void)complement;
    std::size_t role_end = m.token_begin;
    if (role_end > 0 && t_[role_end - 1].norm == ")") --role_end;
    // Qualifier before the title: demonym, possessive country, organisation.
    if (title_start > 0 && owner_[title_start - 1] != kNone) {
      const auto& q = out_[owner_[title_start - 1]];
      const bool possessive = t_[q.token_end - 1].possessive;
      // "Syrian President", "Syria's President", "U.S. Secretary of State"; not "UN
      // Syria envoy", whose country is the subject of the role.
      if (q.type == EntityType::country &&
          (q.kind == MentionKind::demonym || q.kind == MentionKind::acronym || possessive)) {
        if (m.country.empty()) m.country = q.entity;
      } else if (q.type == EntityType::country && title_start >= 2 && t_[title_start - 1].norm == "'s") {
        if (m.country.empty()) m.country = q.entity;
      } else if (q.type == EntityType::organization || q.type == EntityType::government) {
        if (m.member_of.empty()) m.member_of = q.name.empty() ? q.label : q.name;
        title_start = q.token_begin;
      }
    } else if (title_start > 1 && is_possessive_token(t_[title_start - 1].norm) && owner_[title_start - 2] != kNone) {
      const auto& q = out_[owner_[title_start - 2]];
      if (q.type == EntityType::country && m.country.empty()) m.country = q.entity;
    }
    if (m.role.empty() && role_end > title_start)
      m.role = std::string(text_.substr(t_[title_start].begin, t_[role_end - 1].end - t_[title_start].begin));
    for (std::size_t j = title_start; j < role_end; ++j)
      if (owner_[j] == kNone) used_[j] = true;
    if (m.role.empty()) {
      if (auto ap = apposition_after(m.token_end)) {
        m.role = ap->role;
        if (m.country.empty()) m.country = ap->country;
        if (m.member_of.empty()) m.member_of = ap->member_of;
      }
    }
  }

  // ---- acronyms and paired names -----------------------------------------

  static bool acronym_fits(std::string_view acronym, std::string_view name) {
    // Letters of the acronym appear, in order, among the initials of the name's words.
    std::string initials;
    bool start = true;
    for (char c : name) {
      const auto u = static_cast<unsigned char>(c);
      if (std::isalnum(u)) {
        if (start) initials.push_back(static_cast<char>(std::toupper(u)));
        start = false;
      } else {
        start = true;
      }
    }
    std::size_t i = 0;
    for (char c : acronym) {
      if (!std::isalpha(static_cast<unsigned char>(c))) continue;
      i = initials.find(static_cast<char>(std::toupper(static_cast<unsigned char>(c))), i);
      if (i == std::string::npos) return false;
      ++i;
    }
    return !acronym.empty() && !initials.empty() &&
           std::toupper(static_cast<unsigned char>(acronym[0])) == initials[0];
  }

  /// A group named in English often keeps the acronym of its own language: the
  /// National Liberation Army (ELN), Revolutionary Armed Forces of Colombia
  /// (FARC). "Name (ABC)" right after an organisation's name is that convention,
  /// unless ABC is already someone else (a news agency's credit, a known actor).
  bool foreign_acronym(const Mention& first, std::string_view acronym, std::size_t at) const {
    if (first.kind != MentionKind::name) return false;
    if (first.type != EntityType::organization && first.type != EntityType::armed_group) return false;
    if (acronym.size() < 2 || acronym.size() > 6) return false;
    if (owner_[at] != kNone || used_[at]) return false;  // a lexicon actor or an outlet of its own
    return lex_.lookup(acronym).empty();
  }

  void define_acronyms_and_aliases() {
    for (std::size_t i = 1; i + 2 < t_.size(); ++i) {
      if (t_[i].norm != "(") continue;
      std::size_t close = i + 1;
      while (close < t_.size() && t_[close].norm != ")" && close < i + 8) ++close;
      if (close >= t_.size() || t_[close].norm != ")") continue;
      if (owner_[i - 1] == kNone) continue;
      Mention& first = out_[owner_[i - 1]];
      if (first.type == EntityType::person || first.type == EntityType::country) continue;
      const std::string first_name = first.name.empty() ? first.label : first.name;
      if (first_name.empty()) continue;
      if (close == i + 2 && t_[i + 1].allcaps) {
        const std::string acronym(t_[i + 1].core);
        if (!acronym_fits(acronym, first_name) && !acronym_fits(acronym, first.label) &&
            !foreign_acronym(first, acronym, i + 1))
          continue;
        auto& entry = state_.acronyms[acronym];
        entry.expansion = first_name;
        entry.type = first.type;
        entry.entity = first.entity;
        entry.label = first.label;
        if (owner_[i + 1] == kNone) {
          const auto m = add(i + 1, i + 2, MentionKind::acronym, first.type);
          out_[m].name = acronym;
          out_[m].alias_of = first_name;
          out_[m].entity = out_[owner_[i - 1]].entity;
          out_[m].label = out_[owner_[i - 1]].label;
        }
        continue;
      }
      // "Jaish al-Islam (Army of Islam)": a second name for the same group.
      const auto second_owner = owner_[i + 1];
      if (second_owner == kNone || out_[second_owner].token_end != close) continue;
      Mention& second = out_[second_owner];
      if (second.type == EntityType::person || second.type == EntityType::country ||
          second.type == EntityType::location)
        continue;
      if (second.alias_of.empty()) second.alias_of = first_name;
      if (second.type == EntityType::armed_group || first.type == EntityType::armed_group)
        first.type = second.type = EntityType::armed_group;
      if (!first.entity.empty() && second.entity.empty()) {
        second.entity = first.entity;
        second.label = first.label;
      }
    }
    // Undefined acronyms before a definition in the same sentence stay unknown.
    pending_acronyms_.clear();
  }

  // ---- pronouns and descriptions -----------------------------------------

  /// The country qualifying a noun at position k: demonym or possessive right before it.
  const Mention* qualifier_before(std::size_t k) const {
    static constexpr std::string_view kAdjectives[] = {
        "ruling", "armed", "main", "moderate", "central", "interim", "new", "current", "former",
        "transitional", "military", "federal", "national", "local", "whole", "entire", "mainstream"};
    std::size_t j = k;
    bool possessive = false;
    for (int skip = 0; j > 0 && skip < 3; ++skip) {
      --j;
      if (owner_[j] != kNone) {
        const auto& q = out_[owner_[j]];
        if (q.type != EntityType::country) return nullptr;
        // "Iran-backed regime", "pro-Moscow government", "Saudi-led forces": the
        // country backs or leads it; it is not that country's own.
        if (backer_compound(j) || t_[j].lower.ends_with("-led")) return nullptr;
        // "Syrian government", "Syria's regime", "US government"; not "Turkey backing rebels".
        const bool adjacent_name = j + 1 == k;
        if (q.kind == MentionKind::demonym || possessive || t_[q.token_end - 1].possessive || adjacent_name)
          return &q;
        return nullptr;
      }
      if (is_possessive_token(t_[j].norm)) { possessive = true; continue; }
      if (t_[j].cap || (t_[j].cls & W::kFunction) || !t_[j].word) return nullptr;
      bool adjective = t_[j].pos.starts_with("JJ");
      for (auto a : kAdjectives) adjective = adjective || t_[j].lower == a;
      if (!adjective) return nullptr;
    }
    return nullptr;
  }

  void descriptions() {
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (used_[i] || !t_[i].word) continue;
      const unsigned cls = t_[i].cls;
      if (i > 0 && t_[i - 1].lower == "the" && !used_[i - 1] && !t_[i].allcaps) {
        const bool next_name = i + 1 < t_.size() && t_[i + 1].word && t_[i + 1].cap;
        // "the North", "the South": one of the two halves of a divided country, which the
        // resolver finds among the document's countries ("North Korea"), or abstains.
        if (t_[i].cap && (t_[i].lower == "north" || t_[i].lower == "south") && !next_name) {
          add_nominal(i - 1, i + 1, EntityType::country);
          continue;
        }
        // "the kingdom", "the Islamic Republic": a country by the form of state its
        // official name gives ("Kingdom of Morocco", "Islamic Republic of Iran").
        const bool islamic_republic = t_[i].lower == "islamic" && t_[i].cap && i + 1 < t_.size() &&
                                      t_[i + 1].lower == "republic" && t_[i + 1].cap;
        const std::size_t state_end = islamic_republic ? i + 2 : i + 1;
        if ((islamic_republic || t_[i].lower == "kingdom") &&
            !(state_end < t_.size() &&
              (t_[state_end].lower == "of" || (t_[state_end].word && t_[state_end].cap)))) {
          add_nominal(i - 1, state_end, EntityType::country);
          if (islamic_republic) ++i;
          continue;
        }
        // "the group", "the militia", "the alliance": an organisation named just before.
        if (!t_[i].cap && is_group_description(t_[i].lower) && !next_name &&
            !(i + 1 < t_.size() && (t_[i + 1].lower == "of" || t_[i + 1].pos.starts_with("NN")))) {
          add_nominal(i - 1, i + 1, EntityType::organization);
          continue;
        }
      }
      if (!(cls & (W::kFunction | W::kGovernmentNoun | W::kOppositionNoun | W::kCountryNoun |
                   W::kMilitaryNoun | W::kGroupNoun)) &&
          t_[i].lower != "parliament" && t_[i].lower != "legislature" &&
          !(i > 0 && t_[i].word && !t_[i].cap && is_title_word(i)))
        continue;  // the common case: nothing to describe here
      const auto& w = t_[i].lower;
      if (W::pronoun_number(w) != 0) {
        // "it" is mostly no actor ("it is clear", "it was the first attack"): only a
        // reported "X said (that) it ..." is taken, where "it" is the speaker.
        // "X denied it." is what was said: "it" must start the reported clause.
        if (w == "it" &&
            ((!(i > 0 && (t_[i - 1].cls & W::kSpeech)) &&
              !(i > 1 && t_[i - 1].lower == "that" && (t_[i - 2].cls & W::kSpeech))) ||
             i + 1 >= t_.size() || !(t_[i + 1].pos.starts_with("VB") || t_[i + 1].pos == "MD")))
          continue;
        const auto m = add(i, i + 1, MentionKind::pronoun,
                           W::pronoun_number(w) == 1 ? EntityType::person : EntityType::organization);
        (void)m;
        continue;
      }
      if (cls & W::kGovernmentNoun) {
        if (w == "administration" && !qualifier_before(i)) continue;
        describe_collective(i, EntityType::government);
        continue;
      }
      if ((cls & W::kOppositionNoun) && (w != "rebel" || (i + 1 < t_.size() &&
           (((t_[i + 1].cls & (W::kGroupNoun)) != 0) || t_[i + 1].lower == "fighters" ||
            t_[i + 1].lower == "forces" || t_[i + 1].lower == "organizations" || t_[i + 1].lower == "organisations")))) {
        describe_collective(i, EntityType::armed_group);
        continue;
      }
      if ((cls & W::kMilitaryNoun) && military_head(i)) {
        describe_collective(i, EntityType::government);
        continue;
      }
      // "a military coalition led by Saudi Arabia": the coalition is named after its
      // leader as news names it ("Saudi-led coalition"); the leader stays a mention.
      if ((w == "coalition" || w == "alliance") && i + 3 < t_.size() && t_[i + 1].lower == "led" &&
          t_[i + 2].lower == "by" && owner_[i + 3] != kNone &&
          out_[owner_[i + 3]].type == EntityType::country) {
        if (const LexiconActor* leader = lex_.find_actor(out_[owner_[i + 3]].entity)) {
          std::size_t a = i;
          while (a > 0 && i - a < 2 && t_[a - 1].word && !t_[a - 1].cap &&
                 !(t_[a - 1].cls & W::kFunction) && !used_[a - 1])
            --a;
          const std::string lead =
              leader->demonyms.empty() ? leader->name : leader->demonyms.front();
          const auto m = add(a, i + 1, MentionKind::name, EntityType::armed_group);
          out_[m].name = lead + "-led " + std::string(t_[i].core);
          continue;
        }
      }
      // "Iran's parliament", "the Kenyan legislature": the country's legislature.
      if ((w == "parliament" || w == "legislature") && !t_[i].cap) {
        if (const Mention* q = qualifier_before(i)) {
          if (const LexiconActor* country = lex_.find_actor(q->entity)) {
            const std::string demonym =
                country->demonyms.empty() ? country->name : country->demonyms.front();
            Mention m;
            m.sentence = index_;
            m.token_begin = q->token_begin;
            m.token_end = i + 1;
            m.begin = t_[q->token_begin].begin;
            m.end = t_[i].end;
            m.text = std::string(text_.substr(m.begin, m.end - m.begin));
            m.kind = MentionKind::name;
            m.type = EntityType::organization;
            m.name = m.text;
            m.entity = country->id + "-" + std::string(w);
            m.label = demonym + " " + std::string(w);
            m.country = country->id;
            absorbed_.push_back(owner_[q->token_begin]);
            out_.push_back(std::move(m));
            used_[i] = true;
            owner_[i] = out_.size() - 1;
            continue;
          }
        }
      }
      // "US-led coalition": a coalition named after its leader.
      if (i > 0 && (w == "coalition" || w == "alliance") && t_[i - 1].lower.ends_with("-led")) {
        const auto m = add(i - 1, i + 1, MentionKind::name, EntityType::armed_group);
        out_[m].name = std::string(text_.substr(t_[i - 1].begin, t_[i].end - t_[i - 1].begin));
        // The leader inside stays a mention of its own ("US").
        continue;
      }
      if ((cls & W::kCountryNoun) || (!(cls & W::kFunction) && is_title_word(i))) describe_definite(i);
    }
  }

  /// A state's armed forces act for its government in news prose, as our gold
  /// and the event coders' country-level codes treat them: "Russian forces",
  /// "Sudan's army", "the Israeli military", "the army" (a country named or
  /// dominant in the document). Unqualified "troops" or "forces" stay vague, and
  /// "military" or "army" before a noun is a modifier ("military aid", "army chief").
  bool military_head(std::size_t i) const {
    const auto& w = t_[i].lower;
    if (i + 1 < t_.size() && t_[i + 1].word && !t_[i + 1].cap && t_[i + 1].pos.starts_with("NN") &&
        !(t_[i + 1].cls & W::kFunction))
      return false;
    // "an army of volunteers"; not "accused the army of attacking".
    if (i + 2 < t_.size() && t_[i + 1].lower == "of" && !t_[i + 2].lower.ends_with("ing")) return false;
    if (qualifier_before(i)) return true;
    const bool the = i > 0 && t_[i - 1].lower == "the";
    return the && (w == "army" || w == "military");
  }

  /// "the Syrian government", "Syria's ruling regime", "government forces",
  /// "the opposition", "rebel groups": a collective actor of a country.
  void describe_collective(std::size_t i, EntityType type) {
    const Mention* q = qualifier_before(i);
    std::size_t a = i;
    if (q) a = q->token_begin;
    else if (i > 0 && (t_[i - 1].lower == "armed" || t_[i - 1].lower == "syrian")) a = i - 1;
    std::size_t b = i + 1;
    if (type == EntityType::armed_group && b < t_.size() &&
        (((t_[b].cls & (W::kGroupNoun)) != 0) || t_[b].lower == "forces" || t_[b].lower == "fighters" ||
         t_[b].lower == "organizations" || t_[b].lower == "organisations"))
      ++b;
    Mention m;
    m.sentence = index_;
    m.token_begin = a;
    m.token_end = b;
    m.begin = t_[a].begin;
    m.end = t_[b - 1].end;
    m.text = std::string(text_.substr(m.begin, m.end - m.begin));
    m.kind = q ? MentionKind::name : MentionKind::nominal;
    m.type = type;
    m.name = std::string(text_.substr(t_[q ? a : i].begin, t_[b - 1].end - t_[q ? a : i].begin));
    if (q) {
      const LexiconActor* country = lex_.find_actor(q->entity);
      if (country) {
        if (type == EntityType::government) {
          set_government(m, *country);
        } else {
          const std::string demonym = country->demonyms.empty() ? country->name : country->demonyms.front();
          m.entity = slugify(demonym + " opposition");
          m.label = demonym + " opposition";
          m.country = country->id;
        }
      }
      absorbed_.push_back(owner_[q->token_begin]);
    }
    out_.push_back(std::move(m));
    for (std::size_t k = i; k < b; ++k) { used_[k] = true; owner_[k] = out_.size() - 1; }
  }

  /// "the diplomat", "the war-torn country", "the trio", "the three countries".
  void describe_definite(std::size_t i) {
    const auto& w = t_[i].lower;
    const bool det = i > 0 && (t_[i - 1].lower == "the" || t_[i - 1].lower == "both" || t_[i - 1].lower == "this");
    std::size_t a = i;
    // Determiner possibly followed by adjectives / a number.
    std::size_t d = i;
    while (d > 0 && d + 3 > i && t_[d - 1].word && !t_[d - 1].cap && t_[d - 1].lower != "the" &&
           !(t_[d - 1].cls & W::kFunction) && owner_[d - 1] == kNone && !used_[d - 1])
      --d;
    const bool has_det = d > 0 && (t_[d - 1].lower == "the" || t_[d - 1].lower == "both");
    int count = 0;
    for (std::size_t k = d; k < i; ++k)
      if (int n = number_word(t_[k].lower)) count = n;
    if (has_det) a = d - 1;
    if (w == "trio" || w == "duo" || w == "pair") {
      if (!det && !has_det) return;
      add_nominal(a, i + 1, EntityType::country);
      return;
    }
    if (w == "countries" || w == "nations" || w == "states" || w == "powers" || w == "guarantors" ||
        w == "sponsors") {
      if (!has_det || (count == 0 && t_[a].lower != "both")) return;
      add_nominal(a, i + 1, EntityType::country);
      return;
    }
    if (w == "country" || w == "nation") {
      if (!has_det || t_[a].lower != "the") return;
      if (i + 1 < t_.size() && is_possessive_token(t_[i + 1].norm)) { /* "the country's" still refers */ }
      add_nominal(a, i + 1, EntityType::country);
      return;
    }
    const bool person_noun = (t_[i].cls & W::kTitle) != 0 || [&] {
      if (!is_title_word(i)) return false;
      const auto* role = lex_.find_role(w);
      return role && role->refers_to == EntityType::person;
    }();
    if (person_noun && has_det && t_[a].lower == "both" && !t_[i].cap && w.ends_with("s") &&
        !w.ends_with("ss") && !(i + 1 < t_.size() && t_[i + 1].lower == "of")) {
      add_nominal(a, i + 1, EntityType::person);  // "both leaders": two people
      return;
    }
    if (person_noun && has_det && t_[a].lower == "the" && !t_[i].cap) {
      if (w.ends_with("s") && !w.ends_with("ss")) {
        // Plural people are resolved by their members only when counted: "the two leaders"
        // (the resolver finds the two people, or abstains); bare "the leaders" stays out.
        if (count >= 2 && !(i + 1 < t_.size() && t_[i + 1].lower == "of"))
          add_nominal(a, i + 1, EntityType::person);
        return;
      }
      // "the envoy to Syria" ok; "the envoy Staffan de Mistura" is a title, not a description.
      if (i + 1 < t_.size() && is_name_word(i + 1)) return;
      if (i + 1 < t_.size() && t_[i + 1].lower == "of") return;  // "the head of X": a role, not a referent
      add_nominal(a, i + 1, EntityType::person);
    }
  }

  static bool is_group_description(std::string_view w) {
    return w == "group" || w == "militia" || w == "alliance" || w == "bloc" || w == "movement" ||
           w == "organisation" || w == "organization" || w == "faction";
  }

  void add_nominal(std::size_t a, std::size_t b, EntityType type) {
    for (std::size_t k = a; k < b; ++k)
      if (used_[k]) return;
    add(a, b, MentionKind::nominal, type);
  }

  void erase_absorbed() {
    if (absorbed_.empty()) return;
    std::sort(absorbed_.begin(), absorbed_.end());
    absorbed_.erase(std::unique(absorbed_.begin(), absorbed_.end()), absorbed_.end());
    for (auto it = absorbed_.rbegin(); it != absorbed_.rend(); ++it)
      if (*it >= first_mention_ && *it < out_.size() && out_[*it].kind == MentionKind::demonym)
        out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(*it));
  }

  /// Photo labels and credits outside parentheses: "FILE PHOTO:", "Photo:" opening a
  /// caption, "REUTERS/Jane Roe/Pool/File Photo", "AFP/Getty Images" closing it. They name
  /// the picture and its photographer, never an actor of the story.
  void mark_photo_labels() {
    std::size_t k = first_word_;
    if (k < t_.size() && t_[k].lower == "file") ++k;
    if (k < t_.size() && (t_[k].lower == "photo" || t_[k].lower == "photos" ||
                          t_[k].lower == "image" || t_[k].lower == "picture")) {
      ++k;
      if (k < t_.size() && (t_[k].norm == ":" || t_[k].norm == "-")) mark_used(0, k + 1);
    }
    for (std::size_t i = 0; i < t_.size(); ++i) {
      // The agency: an all-capital word before a slash ("REUTERS/", "AFP/"), one token or two.
      const auto norm = t_[i].norm;
      const auto slash = norm.find('/');
      const bool joined =
          slash != std::string_view::npos && slash >= 2 && all_caps(norm.substr(0, slash));
      const bool split = t_[i].allcaps && t_[i].core.size() >= 2 && i + 1 < t_.size() &&
                         (t_[i + 1].norm == "/" || t_[i + 1].norm.starts_with("/")) &&
                         adjacent(i + 1);
      if (!joined && !split) continue;
      // The credit runs to the end of the sentence: names, slashes, "Pool", "File Photo".
      std::size_t e = i + 1;
      while (e < t_.size() && (t_[e].cap || t_[e].norm.starts_with("/") || t_[e].norm == "." ||
                               t_[e].lower == "via"))
        ++e;
      if (e < t_.size()) continue;  // words of the story follow: no credit
      mark_used(i, e);
      break;
    }
  }

  /// Photo credits "(AFP/Kiril Kudryatsev)" and web addresses "AKIPRESS.COM".
  /// Credits written name first, "Jane Roe/EPA/Landov" (as NPR and the Guardian print them):
  /// a capitalised name whose last word is glued by a slash to an agency in capitals, the
  /// credit running to the end of the sentence (names, slashes, a repeat of the credit).
  void mark_name_first_credits() {
    for (std::size_t k = 0; k < t_.size(); ++k) {
      // One token "Roe/EPA/Landov", or the name and "/EPA/Landov" (or "/", "EPA") apart.
      const auto norm = t_[k].norm;
      const auto slash = norm.find('/');
      std::string_view agency;
      if (slash != std::string_view::npos) {
        if (slash == 0 || all_caps(norm.substr(0, slash))) continue;
        agency = norm.substr(slash + 1);
      } else if (k + 1 < t_.size() && t_[k + 1].norm.starts_with("/") && adjacent(k + 1)) {
        agency = t_[k + 1].norm.substr(1);
        if (agency.empty() && k + 2 < t_.size()) agency = t_[k + 2].norm;
      }
      if (!t_[k].cap || !t_[k].word || all_caps(t_[k].norm)) continue;
      agency = agency.substr(0, agency.find('/'));
      if (agency.size() < 2 || agency.size() > 8 || !all_caps(agency)) continue;
      std::size_t e = k + 1;
      while (e < t_.size() && (t_[e].cap || t_[e].norm.starts_with("/") || t_[e].norm == ".")) ++e;
      std::size_t a = k;
      while (a > 0 && k - a < 3 && t_[a - 1].cap && t_[a - 1].word &&
             !(t_[a - 1].cls & W::kFunction))
        --a;
      if (e < t_.size()) {
        // Words of the story follow: no credit, unless the credit opens the line and the
        // caption follows it ("Kirill Kudryavtsev/AP Iranian President ..."); then only
        // the credit itself is taken.
        if (a != first_word_) continue;
        e = slash != std::string_view::npos ? k + 1 : (t_[k + 1].norm == "/" ? k + 3 : k + 2);
        e = std::min(e, t_.size());
      }
      mark_used(a, e);
      return;
    }
  }

  /// Share buttons printed into the text ("Facebook Twitter Pinterest" before a caption):
  /// two or more social network names in a row are page furniture, not an actor.
  void mark_share_buttons() {
    auto social = [&](std::size_t k) { return t_[k].cap && (t_[k].cls & W::kSocialNetwork); };
    for (std::size_t k = 0; k + 1 < t_.size(); ++k) {
      if (!social(k) || !social(k + 1)) continue;
      std::size_t e = k;
      while (e < t_.size() && social(e)) ++e;
      mark_used(k, e);
      k = e;
    }
  }

  void mark_credits() {
    mark_photo_labels();
    mark_name_first_credits();
    mark_share_buttons();
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (t_[i].lower.ends_with(".com") || t_[i].lower.ends_with(".org") || t_[i].lower.ends_with(".net"))
        used_[i] = true;
      if (t_[i].norm != "(") continue;
      std::size_t close = i + 1;
      bool slash = false;
      while (close < t_.size() && t_[close].norm != ")" && close < i + 10) {
        if (t_[close].norm.find('/') != std::string_view::npos &&
            !(t_[close].allcaps && t_[close].norm.size() <= 8 && close == i + 1 && t_[close + 1].norm == ")"))
          slash = true;
        if (t_[close].norm == "/") slash = true;
        ++close;
      }
      const bool dateline = i > 0 && t_[i - 1].allcaps && i - 1 == first_word_;
      if (close < t_.size() && t_[close].norm == ")" && (slash || dateline))
        for (std::size_t k = i; k <= close; ++k) used_[k] = true;
    }
  }

  const Sentence& s_;
  std::size_t index_;
  std::string_view text_;
  const Lexicon& lex_;
  DocumentState& state_;
  std::vector<Mention>& out_;
  std::vector<TokenFeatures> t_;
  std::vector<std::size_t> owner_;
  std::vector<bool> used_;
  mutable std::vector<signed char> title_;  // is_title_word() cache: -1 unknown
  std::vector<std::size_t> single_;
  std::vector<std::size_t> pending_acronyms_;
  std::vector<std::size_t> absorbed_;
  std::size_t first_word_ = 0;
  std::size_t first_mention_ = 0;
  bool headline_ = false;
  std::string buffer_;
  std::string lower_store_;  // the bytes t_[k].lower views
};

/// Lines at the end of an article that are only a name ("Sergey Kwan") are
/// bylines; a trailing acronym line ("TCA") is the outlet.
bool byline_sentence(const Sentence& s, std::size_t index) {
  if (index == 0 || s.tokens.empty() || s.tokens.size() > 5) return false;
  std::size_t words = 0;
  std::vector<TokenFeatures> features;
  std::string lower_store;
  detail::make_features(s.tokens, features, lower_store);
  for (std::size_t k = 0; k < s.tokens.size(); ++k) {
    const auto& f = features[k];
    if (k == 0 && f.lower == "by") continue;
    if (f.norm == "." || f.norm == ",") continue;
    if (!f.cap || (!f.pos.empty() && f.pos.starts_with("VB"))) return false;
    if (f.cls & W::kFunction) return false;
    ++words;
  }
  return words >= 2 && words <= 4;
}

}  // namespace

std::vector<Mention> recognize_mentions(std::span<const Sentence> sentences, std::string_view text,
                                        const Lexicon& lexicon) {
  std::vector<Mention> out;
  DocumentState state;
  // Compared in place: building "<country>-government" and a lower-case name for every
  // government of the lexicon was a cost paid again for every document.
  auto government_id = [](std::string_view id, std::string_view country) {
    constexpr std::string_view kSuffix = "-government";
    return id.size() == country.size() + kSuffix.size() && id.starts_with(country) && id.ends_with(kSuffix);
  };
  auto named_government = [](std::string_view name) {
    constexpr std::string_view kWord = "government";
    if (name.size() < kWord.size()) return false;
    for (std::size_t k = 0; k < kWord.size(); ++k)
      if (detail::to_lower_ascii(name[k]) != kWord[k]) return false;
    return true;
  };
  for (const auto& actor : lexicon.actors())
    if (actor.type == EntityType::government && !actor.country.empty() &&
        (government_id(actor.id, actor.country) || named_government(actor.name)))
      state.government_of.emplace(actor.country, &actor);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    SentenceRecognizer recognizer(s, i, text, lexicon, state, out);
    recognizer.set_first_mention(out.size());
    // Datelines and bylines name no actors; "FRESNO, Calif." (a byline's shape) names
    // the place a story was filed from.
    if (s.block == BlockKind::dateline || (s.block != BlockKind::headline && byline_sentence(s, i)))
      recognizer.dateline_place();
    else
      recognizer.run();
  }
  // Sort indices, then move each mention once: Mentions are heavy to swap.
  std::vector<std::size_t> order(out.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(out[a].sentence, out[a].begin, out[a].end) < std::tie(out[b].sentence, out[b].begin, out[b].end);
  });
  std::vector<Mention> sorted;
  sorted.reserve(out.size());
  for (auto i : order) sorted.push_back(std::move(out[i]));
  return sorted;
}

}  // namespace actorgraph
