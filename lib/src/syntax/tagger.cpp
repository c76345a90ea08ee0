#include "syntax/tagger.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <utf8proc.h>

#include "syntax/lemmatizer.hpp"
#include "lang/language_data.hpp"

namespace actorgraph {
namespace {

using detail::LanguageData;

// Candidate tag of one token: festival tag index and ln P(tag|token) - ln P(tag), which is
// ln P(token|tag) up to a constant per token (the constant does not change the best path).
struct Candidate {
  std::uint8_t tag;
  float score;
};

// Festival's tag set as indices, looked up once.
struct TagIds {
  int nn, punc, nnp, nnps, dt, in, jj, nns, cd, rb, vbd, vb, prp, cc, of, to, vbz, vbn, vbg, vbp,
      md, pos, wp, fw, sym, ls, uh, one, two;
  explicit TagIds(const LanguageData& d) {
    auto get = [&](std::string_view n) { return d.tag_index(n); };
    nn = get("nn"), punc = get("punc"), nnp = get("nnp"), nnps = get("nnps"), dt = get("dt");
    in = get("in"), jj = get("jj"), nns = get("nns"), cd = get("cd"), rb = get("rb");
    vbd = get("vbd"), vb = get("vb"), prp = get("prp"), cc = get("cc"), of = get("of");
    to = get("to"), vbz = get("vbz"), vbn = get("vbn"), vbg = get("vbg"), vbp = get("vbp");
    md = get("md"), pos = get("pos"), wp = get("wp"), fw = get("fw"), sym = get("sym");
    ls = get("ls"), uh = get("uh"), one = get("1"), two = get("2");
  }
};

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Whether the token has a letter or digit (any script): otherwise it is punctuation/symbols.
bool has_letter_or_digit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (is_ascii_upper(s[i]) || is_ascii_lower(s[i]) || is_ascii_digit(s[i])) return true;
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) return true;  // undecodable bytes: treat as a word, never as punctuation
    auto cat = utf8proc_category(cp);
    if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) return true;
    if (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) return true;
    i += static_cast<std::size_t>(n);
  }
  return false;
}

// First character is an upper-case letter, in any script ("Çavuşoğlu", "Ådalen").
bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  if (static_cast<unsigned char>(s[0]) < 0x80) return is_ascii_upper(s[0]);
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                            static_cast<utf8proc_ssize_t>(s.size()), &cp);
  if (n <= 0) return false;
  auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool all_caps(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (is_ascii_lower(c)) return false;
    if (is_ascii_upper(c)) ++letters;
  }
  return letters >= 2;
}

class Model {
 public:
  Model() : d_(LanguageData::instance()), id_(d_) {
    const std::size_t v = d_.tag_count();
    log_prior_.resize(v);
    for (std::size_t t = 0; t < v; ++t)
      log_prior_[t] = std::log(std::max(d_.tag_count_of(t), 1.0) / d_.total_count());
    // Successive abstraction weight (Brants 2000): the standard deviation of the tag priors.
    double mean = 1.0 / static_cast<double>(v), var = 0;
    for (std::size_t t = 0; t < v; ++t) {
      double p = d_.tag_count_of(t) / d_.total_count();
      var += (p - mean) * (p - mean);
    }
    theta_ = std::sqrt(var / static_cast<double>(v - 1));
    penn_names_.reserve(v);
    for (std::size_t t = 0; t < v; ++t) {
      std::string name(d_.tag_name(t));
      for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      penn_names_.push_back(std::move(name));
    }
  }

  /// The festival tag's name in upper case ("NN", "VBD"): its Penn tag in most cases.
  std::string_view penn_name(std::size_t t) const { return penn_names_[t]; }

  const LanguageData& data() const { return d_; }
  const TagIds& ids() const { return id_; }

  // Candidates of one token. `mid_capital` says whether a capital letter here is informative
  // (not sentence-initial, not a title-case headline).
  // Memoised: the candidates are a pure function of (norm, mid_capital, opening_single),
  // and news text repeats its words (Zipf), so most tokens are a hash lookup (speed:
  // the tagger was half of the pipeline's time). The model is thread_local, so is the cache.
  // The list is the cache's own, viewed rather than copied: it stays valid until
  // trim_cache(), which tag() calls only before a sentence (nodes of an unordered_map do
  // not move when it grows).
  // The entry also keeps the word's lemmas by Penn tag (a pure function of word and tag),
  // so tag() finds a lemma with no second hash lookup.
  struct Entry {
    std::vector<Candidate> candidates;
    std::vector<std::pair<std::string_view, std::string>> lemmas;  // Penn tag (a literal or
                                                                   // penn_name()) -> lemma
  };
  Entry& candidates(std::string_view norm, bool mid_capital, bool opening_single) const {
    auto& cache = cache_[(mid_capital ? 2 : 0) + (opening_single ? 1 : 0)];
    if (auto it = cache.find(norm); it != cache.end()) return it->second;
    Entry entry;
    compute_candidates(norm, mid_capital, opening_single, entry.candidates);
    return cache.emplace(std::string(norm), std::move(entry)).first->second;
  }

  // Bounded memory on endless vocabularies: a full cache starts again.
  void trim_cache() const {
    for (auto& cache : cache_)
      if (cache.size() >= kMaxCachedWords) cache.clear();
  }

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  static constexpr std::size_t kMaxCachedWords = 200000;
  mutable std::unordered_map<std::string, Entry, StringHash, std::equal_to<>> cache_[4];

  void compute_candidates(std::string_view norm, bool mid_capital, bool opening_single,
                          std::vector<Candidate>& out) const {
    out.clear();
    std::vector<double>& p = scratch_;
    p.assign(d_.tag_count(), 0.0);

    if (!has_letter_or_digit(norm)) {
      punctuation(norm, opening_single, p);
    } else {
      std::string lower = lower_ascii(norm);
      auto lex = d_.lexicon(lower);
      if (!lex.empty()) {
        double seen = known(lex, p);
        // A word seen once or twice in training has an unreliable tag list ("pummeling" was
        // seen once, as a noun): blend in what its suffix says, as for unknown words.
        if (seen < 3.0 && lower.size() > 3) {
          std::vector<double> guess(d_.tag_count(), 0.0);
          suffix_distribution(lower, guess);
          double gs = 0;
          for (double x : guess) gs += x;
          double w = 1.0 / (seen + 1.0);
          if (gs > 0)
            for (std::size_t t = 0; t < p.size(); ++t) p[t] = (1 - w) * p[t] + w * guess[t] / gs;
        }
        if (starts_upper(norm) && mid_capital && lower != "i") capitalised_known(p, lower);
        if (all_caps(norm) && !mid_capital && lower.size() <= 4) capitalised_known(p, lower);
        // The lexicon is lower-cased, so its proper-noun readings come from capitalised uses:
        // a word written in lower case is hardly ever a proper noun.
        if (is_ascii_lower(norm[0])) {
          p[static_cast<std::size_t>(id_.nnp)] *= 0.02;
          p[static_cast<std::size_t>(id_.nnps)] *= 0.02;
        }
      } else {
        unknown(norm, lower, mid_capital, p);
      }
    }
    // Never emit festival's placeholder tags.
    if (id_.one >= 0) p[static_cast<std::size_t>(id_.one)] = 0;
    if (id_.two >= 0) p[static_cast<std::size_t>(id_.two)] = 0;
    double sum = 0;
    for (double x : p) sum += x;
    if (sum <= 0) {
      p[static_cast<std::size_t>(id_.nn)] = 1;
      sum = 1;
    }
    for (std::size_t t = 0; t < p.size(); ++t) {
      double q = p[t] / sum;
      if (q < 1e-4) continue;  // prune: keeps the trellis small without losing real readings
      out.push_back(
          Candidate{static_cast<std::uint8_t>(t), static_cast<float>(std::log(q) - log_prior_[t])});
    }
  }

 private:
  void add(std::vector<double>& p, int tag, double x) const {
    if (tag >= 0) p[static_cast<std::size_t>(tag)] += x;
  }

  void punctuation(std::string_view s, bool opening_single, std::vector<double>& p) const {
    // Straight and typographic quotes are looked up as the Treebank's `` and ''.
    std::string key(s);
    if (s == "\"") key = "''";
    if (opening_single) key = "`";
    auto lex = d_.lexicon(key);
    if (!lex.empty()) {
      known(lex, p);
    } else {
      add(p, id_.punc, 1.0);
    }
  }

  // Fills p with P(tag | word) from the lexicon; returns how often the word was seen.
  double known(std::span<const detail::TagScore> lex, std::vector<double>& p) const {
    for (auto ts : lex)
      p[ts.tag] += std::exp(static_cast<double>(ts.value)) * d_.tag_count_of(ts.tag);
    double total = 0;
    for (double x : p) total += x;
    if (total <= 0) return 0;
    for (auto& x : p) x /= total;
    // The lexicon saw each word only with some tags; a past-tense form is also a participle
    // and a base form also a present-tense plural, so give the sibling reading some mass.
    auto sibling = [&](int a, int b) {
      auto ia = static_cast<std::size_t>(a), ib = static_cast<std::size_t>(b);
      if (p[ia] > 0 && p[ib] == 0)
        p[ib] = 0.1 * p[ia];
      else if (p[ib] > 0 && p[ia] == 0)
        p[ia] = 0.1 * p[ib];
    };
    sibling(id_.vbd, id_.vbn);
    sibling(id_.vb, id_.vbp);
    return total;
  }

  // A capitalised common word in mid-sentence is most likely part of a name ("Security
  // Council", "Special Envoy", "Turkey"), unless it is an adjective of nationality ("Russian",
  // "Turkish", "Chinese"), which keeps its adjective reading.
  void capitalised_known(std::vector<double>& p, std::string_view lower) const {
    auto nnp = static_cast<std::size_t>(id_.nnp), nnps = static_cast<std::size_t>(id_.nnps);
    auto jj = static_cast<std::size_t>(id_.jj);
    double proper = p[nnp] + p[nnps];
    auto ends = [&](std::string_view suf) { return lower.ends_with(suf); };
    bool nationality = ends("an") || ends("ese") || ends("ish") || ends("i") || ends("ic");
    double moved = 0;
    for (std::size_t t = 0; t < p.size(); ++t) {
      if (t == nnp || t == nnps || (t == jj && nationality)) continue;
      moved += 0.95 * p[t];
      p[t] *= 0.05;
    }
    double plural_share = proper > 0 ? p[nnps] / proper : 0.0;
    p[nnp] += moved * (1 - plural_share);
    p[nnps] += moved * plural_share;
  }

  // TnT suffix model over rare training words, then word shape.
  void unknown(std::string_view norm, const std::string& lower, bool mid_capital,
               std::vector<double>& p) const {
    const std::size_t v = d_.tag_count();
    bool has_digit = std::any_of(norm.begin(), norm.end(), is_ascii_digit);
    bool has_alpha = std::any_of(norm.begin(), norm.end(), [](char c) {
      return is_ascii_upper(c) || is_ascii_lower(c) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (has_digit && !has_alpha) {  // 2.5, 1,000, 00:27, 2001-2024, 24/7
      add(p, id_.cd, 1.0);
      return;
    }
    if (has_digit) {
      std::string_view tail = norm.substr(norm.size() >= 2 ? norm.size() - 2 : 0);
      if (tail == "th" || tail == "st" || tail == "nd" || tail == "rd") {  // 24th
        add(p, id_.jj, 0.7);
        add(p, id_.nn, 0.2);
        add(p, id_.cd, 0.1);
      } else if (norm.back() == 's' && is_ascii_digit(norm[0])) {  // 1990s
        add(p, id_.nns, 0.5);
        add(p, id_.cd, 0.5);
      } else if (starts_upper(norm)) {  // COVID-19, F-16, G20
        add(p, id_.nnp, 0.7);
        add(p, id_.nn, 0.15);
        add(p, id_.cd, 0.1);
        add(p, id_.jj, 0.05);
      } else {
        add(p, id_.nn, 0.4);
        add(p, id_.jj, 0.3);
        add(p, id_.cd, 0.3);
      }
      return;
    }

    // Dotted abbreviations in lower case ("e.g.", "i.e.", "a.k.a."): adverbial glue.
    if (norm.find('.') != std::string_view::npos && !starts_upper(norm)) {
      add(p, id_.rb, 0.5);
      add(p, id_.in, 0.3);
      add(p, id_.nn, 0.2);
      return;
    }

    // Hyphenated compounds: the last part carries the word class ("Turkish-backed",
    // "six-year", "al-Assad"); compounds are mostly adjectives before nouns.
    auto hyphen = lower.rfind('-');
    bool hyphenated = hyphen != std::string::npos && hyphen > 0 && hyphen + 1 < lower.size();
    std::string_view head = hyphenated ? std::string_view(lower).substr(hyphen + 1) : lower;
    std::string_view head_surface = hyphenated ? norm.substr(hyphen + 1) : norm;

    std::vector<double> s(v, 0.0);
    suffix_distribution(head, s);
    bool capital = starts_upper(norm) || starts_upper(head_surface);
    if (!capital) {  // a lower-case word is not a proper noun
      s[static_cast<std::size_t>(id_.nnp)] = 0;
      s[static_cast<std::size_t>(id_.nnps)] = 0;
    }
    double sum = 0;
    for (double x : s) sum += x;
    if (sum > 0)
      for (auto& x : s) x /= sum;

    if (hyphenated && !starts_upper(head_surface)) {
      bool head_verb_ed = head.size() > 2 && head.substr(head.size() - 2) == "ed";
      if (head_verb_ed) {  // "Turkish-backed", "US-led", "UN-mediated", "war-torn"-like
        add(p, id_.jj, 0.7);
        add(p, id_.vbn, 0.3);
        return;
      }
      if (head.size() > 3 && head.substr(head.size() - 3) == "ing") {
        add(p, id_.jj, 0.6);
        add(p, id_.vbg, 0.2);
        add(p, id_.nn, 0.2);
        return;
      }
      for (std::size_t t = 0; t < v; ++t) p[t] += 0.4 * s[t];
      add(p, id_.jj, 0.5);
      add(p, id_.nn, 0.1);
      return;
    }
    if (capital) {
      // Capitalised unknown words are names wherever they occur (an unknown word at the start
      // of a sentence is more often a name than a rare common word).
      double name = mid_capital ? 0.9 : 0.75;
      // Unknown adjectives of nationality or region ("Tigrayan", "Kenyan", "Sudanese",
      // "Kurdish"): give the adjective reading a real share and let the context decide.
      // Country names in -stan are names.
      if (!all_caps(norm) &&
          (lower.ends_with("an") || lower.ends_with("ese") || lower.ends_with("ish")) &&
          !lower.ends_with("stan")) {
        add(p, id_.jj, 0.35);
        name -= 0.35;
      }
      bool plural = lower.size() > 3 && lower.back() == 's' && lower[lower.size() - 2] != 's' &&
                    all_caps(norm) == false;
      add(p, id_.nnp, name * (plural ? 0.8 : 1.0));
      if (plural) add(p, id_.nnps, name * 0.2);
      for (std::size_t t = 0; t < v; ++t) p[t] += (1 - name) * s[t];
      return;
    }
    for (std::size_t t = 0; t < v; ++t) p[t] += s[t];
  }

  // P(tag | suffix) by successive abstraction over suffix lengths 0..5.
  void suffix_distribution(std::string_view word, std::vector<double>& out) const {
    const std::size_t v = d_.tag_count();
    std::vector<double> prob(v, 0.0);
    auto load = [&](std::string_view suffix, std::vector<double>& dist) {
      auto counts = d_.suffix_counts(suffix);
      if (counts.empty()) return false;
      double total = 0;
      for (auto c : counts) total += c.value;
      std::fill(dist.begin(), dist.end(), 0.0);
      for (auto c : counts) dist[c.tag] = c.value / total;
      return true;
    };
    load("", prob);
    std::vector<double> ml(v, 0.0);
    for (std::size_t len = 1; len <= 5 && len < word.size(); ++len) {
      if (!load(word.substr(word.size() - len), ml)) break;
      for (std::size_t t = 0; t < v; ++t) prob[t] = (ml[t] + theta_ * prob[t]) / (1 + theta_);
    }
    out = prob;
  }

  const LanguageData& d_;
  TagIds id_;
  std::vector<double> log_prior_;
  std::vector<std::string> penn_names_;
  double theta_ = 0.1;
  mutable std::vector<double> scratch_;  // only used under the caller's thread (see tag())
};

// Penn tag of a punctuation token that the model tagged "punc".
std::string_view punctuation_tag(const Sentence& s, std::size_t i) {
  const std::string_view n = s.tokens[i].norm;
  if (n == ",") return ",";
  if (n == "." || n == "?" || n == "!" ||
      std::all_of(n.begin(), n.end(), [](char c) { return c == '?' || c == '!'; }))
    return ".";
  if (n == "(" || n == "[" || n == "{") return "-LRB-";
  if (n == ")" || n == "]" || n == "}") return "-RRB-";
  if (n == "``" || n == "`") return "``";
  if (n == "''") return "''";
  if (n == "\"" || n == "'") {
    // Opening if it starts the sentence or follows a space; closing if glued to a word.
    bool glued_before = i > 0 && s.tokens[i - 1].end == s.tokens[i].begin;
    bool glued_after = i + 1 < s.tokens.size() && s.tokens[i + 1].begin == s.tokens[i].end;
    if (!glued_before && glued_after) return "``";
    if (glued_before) return "''";
    return i + 1 == s.tokens.size() ? "''" : "``";
  }
  const std::string_view t = s.tokens[i].text;
  if (t == "\xE2\x80\x9C" || t == "\xE2\x80\x98" || t == "\xC2\xAB") return "``";
  if (t == "\xE2\x80\x9D" || t == "\xE2\x80\x99" || t == "\xC2\xBB") return "''";
  if (n == "$" || t == "\xE2\x82\xAC" || t == "\xC2\xA3" || t == "\xC2\xA5" || n.ends_with("$"))
    return "$";
  if (n == "#") return "#";
  if (n == ":" || n == ";" || n == "-" || n.starts_with("--") || n.starts_with("..") ||
      t == "\xE2\x80\xA6")
    return ":";
  return "SYM";
}

// Views a literal or the model's names: nothing to allocate per token.
std::string_view penn_tag(const Model& m, std::size_t festival_tag, const Sentence& s,
                          std::size_t i) {
  const auto& id = m.ids();
  const int t = static_cast<int>(festival_tag);
  if (t == id.punc) return punctuation_tag(s, i);
  if (t == id.of) return "IN";
  if (t == id.to) return "TO";
  if (t != id.prp && t != id.wp) return m.penn_name(festival_tag);
  std::string lower = lower_ascii(s.tokens[i].norm);
  if (t == id.prp) {
    if (lower == "his" || lower == "its" || lower == "their" || lower == "our" || lower == "my" ||
        lower == "your")
      return "PRP$";
    if (lower == "her") {
      // Possessive before a noun phrase, object otherwise.
      if (i + 1 < s.tokens.size()) {
        std::string nl = lower_ascii(s.tokens[i + 1].norm);
        auto lex = m.data().lexicon(nl);
        // The next word's commonest reading decides: a noun or adjective follows a possessive.
        bool nominal = lex.empty() && has_letter_or_digit(nl);
        double best = 0;
        for (auto ts : lex) {
          double c = std::exp(static_cast<double>(ts.value)) * m.data().tag_count_of(ts.tag);
          if (c <= best) continue;
          best = c;
          auto name = m.data().tag_name(ts.tag);
          nominal = name == "nn" || name == "nns" || name.starts_with("jj") || name == "cd" ||
                    name == "vbg";
        }
        if (nominal) return "PRP$";
      }
      return "PRP";
    }
  }
  if (t == id.wp && lower == "whose") return "WP$";
  return m.penn_name(festival_tag);
}

// Whether the sentence is in title case (headlines): then capitals say nothing about names.
bool title_case(const Sentence& s) {
  int words = 0, capitalised = 0;
  for (const auto& tok : s.tokens) {
    const std::string_view n = tok.norm;
    if (n.size() < 4 || !(is_ascii_upper(n[0]) || is_ascii_lower(n[0]))) continue;
    ++words;
    if (is_ascii_upper(n[0])) ++capitalised;
  }
  return words >= 3 && capitalised * 10 >= words * 8;
}

// Coordinated verbs share their form: in "X met Y and held talks" the trigram window cannot
// see "met", and the commoner participle reading of "held" wins. A VBN right after a
// coordinating conjunction becomes VBD when the nearest verb before the conjunction is a VBD
// and the word can be a past tense; "was brokered by X and backed by Y" (VBN before) stays.
void coordinate_tense(const Sentence& s, const std::vector<std::span<const Candidate>>& cands,
                      const TagIds& id, std::vector<std::string_view>& tags) {
  for (std::size_t i = 1; i < tags.size(); ++i) {
    if (tags[i] != "VBN" || tags[i - 1] != "CC") continue;
    bool can_be_past = std::any_of(cands[i].begin(), cands[i].end(), [&](const Candidate& c) {
      return c.tag == static_cast<std::uint8_t>(id.vbd);
    });
    if (!can_be_past) continue;
    for (std::size_t j = i - 1; j-- > 0;) {
      const auto& t = tags[j];
      if (t == "." || t == ":" || std::string_view(s.tokens[j].norm) == ";") break;
      if (t.starts_with("VB") || t == "MD") {
        if (t == "VBD") {
          // "had attacked and ..." is a perfect: the VBD there is an auxiliary.
          bool aux_before = false;
          static constexpr std::string_view kAux[] = {"have", "has", "had",  "was", "were",
                                                      "is",   "are", "been", "be"};
          std::string lower = lower_ascii(s.tokens[j].norm);
          for (auto a : kAux) aux_before = aux_before || lower == a;
          if (!aux_before) tags[i] = "VBD";
        }
        break;
      }
    }
  }
}

}  // namespace

const Tagger& Tagger::builtin() {
  static const Tagger tagger;
  (void)LanguageData::instance();
  return tagger;
}

void Tagger::tag(Sentence& sentence) const {
  // The model is immutable; each thread gets its own scratch space.
  thread_local Model model;
  const auto& d = model.data();
  const auto& id = model.ids();
  const std::size_t n = sentence.tokens.size();
  if (n == 0) return;

  const bool titled = title_case(sentence);
  // Scratch space reused from sentence to sentence (per thread): allocating the
  // candidate lists and the trellis rows for every token was most of the
  // allocator's work in the pipeline. A very long sentence gives its memory back.
  thread_local std::vector<std::span<const Candidate>> cands;  // the model's cached lists
  thread_local std::vector<std::vector<Candidate>> edited;      // lists this sentence changed
  thread_local std::vector<float> delta;          // trellis scores, row i at offset[i]
  thread_local std::vector<std::uint16_t> back;   // back pointers, same layout
  thread_local std::vector<std::size_t> offset;
  thread_local std::vector<char> wordlike;        // has_letter_or_digit of each token's norm
  thread_local std::vector<Model::Entry*> entry_of;  // each token's cache entry
  struct Release {  // bounded scratch: a 100 MB one-line document must not pin its trellis
    std::size_t n;
    ~Release() {
      if (n > 10000) {
        cands = {};
        edited = {};
        delta = {};
        back = {};
        offset = {};
        wordlike = {};
        entry_of = {};
      }
    }
  } release{n};
  model.trim_cache();  // before any list of this sentence is viewed
  cands.resize(n);
  if (edited.size() < n) edited.resize(n);
  wordlike.assign(n, 0);
  entry_of.assign(n, nullptr);
  bool after_opening = true;  // sentence start, or after an opening quote/bracket/colon
  for (std::size_t i = 0; i < n; ++i) {
    // string_view: comparisons with the literals below check the length first.
    const std::string_view norm = sentence.tokens[i].norm;
    bool mid_capital = !after_opening && !titled;
    // An opening single quote (‘, or ' before a glued word after a space) is not a possessive.
    const auto& tok = sentence.tokens[i];
    bool opening_single = std::string_view(tok.text) == "\xE2\x80\x98" ||
                          (norm == "'" && (i == 0 || sentence.tokens[i - 1].end < tok.begin) &&
                           i + 1 < n && sentence.tokens[i + 1].begin == tok.end);
    entry_of[i] = &model.candidates(norm, mid_capital, opening_single);
    cands[i] = entry_of[i]->candidates;
    // A lone apostrophe is a possessive only after a word ending in s ("rebels'").
    if (norm == "'" && cands[i].size() > 1 &&
        (i == 0 || !(sentence.tokens[i - 1].norm.ends_with('s') ||
                     sentence.tokens[i - 1].norm.ends_with('S')))) {
      auto pos_tag = static_cast<std::uint8_t>(id.pos);
      edited[i].assign(cands[i].begin(), cands[i].end());
      std::erase_if(edited[i], [&](const Candidate& c) { return c.tag == pos_tag; });
      cands[i] = edited[i];
    }
    // A capital after an opening quote or bracket is as uninformative as at the start.
    bool opener = norm == "\"" || norm == "``" || norm == "'" || norm == "(" || norm == "[" ||
                  norm == ":" || norm == "--";
    wordlike[i] = has_letter_or_digit(norm);
    after_opening = !wordlike[i] && (opener || after_opening);
  }

  // Trigram Viterbi over (previous tag, current tag) states. Each position has few candidates,
  // so the work is linear in the sentence length.
  const float neg_inf = -std::numeric_limits<float>::infinity();
  const auto start2 = static_cast<std::size_t>(id.nn);    // festival's pos_pp_start_tag
  const auto start1 = static_cast<std::size_t>(id.punc);  // festival's pos_p_start_tag
  // Row i of the trellis, at offset[i] in `delta` and `back`:
  // [a * |C_i| + b] is the best score with tag cands[i-1][a] at i-1 and cands[i][b] at i.
  offset.resize(n + 1);
  offset[0] = 0;
  offset[1] = cands[0].size();
  for (std::size_t i = 1; i < n; ++i) offset[i + 1] = offset[i] + cands[i - 1].size() * cands[i].size();
  delta.assign(offset[n], neg_inf);
  back.assign(offset[n], 0);
  auto row = [&](std::size_t i) { return delta.data() + offset[i]; };
  auto tag_at = [&](std::size_t pos, std::size_t k) -> std::size_t { return cands[pos][k].tag; };
  {
    const auto& c0 = cands[0];
    float* d0 = row(0);
    for (std::size_t b = 0; b < c0.size(); ++b)
      d0[b] = d.transition(start2, start1, c0[b].tag) + c0[b].score;
  }
  if (n >= 2) {
    const auto& c0 = cands[0];
    const auto& c1 = cands[1];
    const float* d0 = row(0);
    float* d1 = row(1);
    for (std::size_t a = 0; a < c0.size(); ++a)
      for (std::size_t b = 0; b < c1.size(); ++b)
        d1[a * c1.size() + b] = d0[a] + d.transition(start1, c0[a].tag, c1[b].tag) + c1[b].score;
  }
  for (std::size_t i = 2; i < n; ++i) {
    const auto& cp = cands[i - 2];
    const auto& ca = cands[i - 1];
    const auto& cb = cands[i];
    const float* prev = row(i - 1);
    float* cur = row(i);
    std::uint16_t* bk = back.data() + offset[i];
    for (std::size_t a = 0; a < ca.size(); ++a)
      for (std::size_t b = 0; b < cb.size(); ++b) {
        float best = neg_inf;
        std::uint16_t arg = 0;
        for (std::size_t z = 0; z < cp.size(); ++z) {
          float v = prev[z * ca.size() + a] + d.transition(cp[z].tag, ca[a].tag, cb[b].tag);
          if (v > best) {
            best = v;
            arg = static_cast<std::uint16_t>(z);
          }
        }
        cur[a * cb.size() + b] = best + cb[b].score;
        bk[a * cb.size() + b] = arg;
      }
  }

  // Close the sentence: a sentence is followed by punctuation (festival's model has no end tag).
  std::vector<std::size_t> best_k(n, 0);
  if (n == 1) {
    float best = neg_inf;
    for (std::size_t b = 0; b < cands[0].size(); ++b) {
      float v = row(0)[b] + d.transition(start1, tag_at(0, b), start1);
      if (v > best) {
        best = v;
        best_k[0] = b;
      }
    }
  } else {
    const auto& ca = cands[n - 2];
    const auto& cb = cands[n - 1];
    float best = neg_inf;
    for (std::size_t a = 0; a < ca.size(); ++a)
      for (std::size_t b = 0; b < cb.size(); ++b) {
        float v = row(n - 1)[a * cb.size() + b] + d.transition(ca[a].tag, cb[b].tag, start1);
        if (v > best) {
          best = v;
          best_k[n - 2] = a;
          best_k[n - 1] = b;
        }
      }
    for (std::size_t i = n - 1; i >= 2; --i)
      best_k[i - 2] = back[offset[i] + best_k[i - 1] * cands[i].size() + best_k[i]];
  }

  thread_local std::vector<std::string_view> tags;  // literals and the model's names
  tags.clear();
  const auto& lemmatizer = Lemmatizer::builtin();
  for (std::size_t i = 0; i < n; ++i) {
    auto t = tag_at(i, best_k[i]);
    tags.push_back(penn_tag(model, t, sentence, i));
  }
  coordinate_tense(sentence, cands, id, tags);
  // Lemmas are a pure function of (word, tag): memoised in the word's cache entry.
  for (std::size_t i = 0; i < n; ++i) {
    auto& tok = sentence.tokens[i];
    tok.pos.assign(tags[i]);
    if (!wordlike[i]) {
      tok.lemma = lower_ascii(tok.norm);
      continue;
    }
    auto& lemmas = entry_of[i]->lemmas;
    const auto known = std::find_if(lemmas.begin(), lemmas.end(),
                                    [&](const auto& entry) { return entry.first == tags[i]; });
    if (known != lemmas.end()) {
      tok.lemma = known->second;
      continue;
    }
    tok.lemma = lemmatizer.lemma(tok.norm, tok.pos);
    lemmas.emplace_back(tags[i], tok.lemma);
  }
}

}  // namespace actorgraph
