#include "syntax/lemmatizer.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <utf8proc.h>

#include "lang/language_data.hpp"

namespace actorgraph {
namespace {

using detail::LanguageData;

// Lower case in any script ("Çavuşoğlu" -> "çavuşoğlu"); a right single quotation mark used
// as an apostrophe becomes '. Invalid UTF-8 bytes are copied unchanged.
std::string lower_case(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      out += (b >= 'A' && b <= 'Z') ? static_cast<char>(b - 'A' + 'a') : static_cast<char>(b);
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(word.data() + i),
                              static_cast<utf8proc_ssize_t>(word.size() - i), &cp);
    if (n <= 0) {
      out += word[i];
      ++i;
      continue;
    }
    if (cp == 0x2019) {
      out += '\'';
    } else {
      utf8proc_uint8_t buf[4];
      auto m = utf8proc_encode_char(utf8proc_tolower(cp), buf);
      out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(m));
    }
    i += static_cast<std::size_t>(n);
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

struct Rule {
  std::string_view suffix;
  std::string_view ending;
};
// WordNet's morphy detachment rules (morph.c), in WordNet's order.
constexpr std::array<Rule, 8> kNounRules{{{"s", ""},
                                          {"ses", "s"},
                                          {"xes", "x"},
                                          {"zes", "z"},
                                          {"ches", "ch"},
                                          {"shes", "sh"},
                                          {"men", "man"},
                                          {"ies", "y"}}};
constexpr std::array<Rule, 8> kVerbRules{{{"s", ""},
                                          {"ies", "y"},
                                          {"es", "e"},
                                          {"es", ""},
                                          {"ed", "e"},
                                          {"ed", ""},
                                          {"ing", "e"},
                                          {"ing", ""}}};
constexpr std::array<Rule, 4> kAdjRules{{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};

std::span<const Rule> rules_for(int pos) {
  switch (pos) {
    case 0:
      return kNounRules;
    case 1:
      return kVerbRules;
    case 2:
      return kAdjRules;
    default:
      return {};
  }
}

// How often a lemma candidate occurs in the tagger's training data with a tag of this part of
// speech: used to choose between several valid WordNet readings ("singing": sing, not singe;
// "hoping": hope, not hop).
double corpus_frequency(const LanguageData& d, std::string_view word, int pos) {
  double f = 0;
  for (auto ts : d.lexicon(word)) {
    auto name = d.tag_name(ts.tag);
    bool match = (pos == 0 && name.starts_with("nn") && name != "nnp" && name != "nnps") ||
                 (pos == 1 && name.starts_with("vb")) || (pos == 2 && name.starts_with("jj")) ||
                 (pos == 3 && name.starts_with("rb"));
    if (match) f += std::exp(static_cast<double>(ts.value)) * d.tag_count_of(ts.tag);
  }
  return f;
}

// Penn tag -> WordNet part-of-speech index, or -1 for closed classes and proper nouns.
int wordnet_pos_of(std::string_view tag) {
  if (tag == "NN" || tag == "NNS") return 0;
  if (tag.starts_with("VB")) return 1;
  if (tag.starts_with("JJ")) return 2;
  if (tag.starts_with("RB")) return 3;
  return -1;
}

bool is_inflected(std::string_view tag) {
  return tag == "NNS" || tag == "VBD" || tag == "VBN" || tag == "VBG" || tag == "VBZ" ||
         tag == "JJR" || tag == "JJS" || tag == "RBR" || tag == "RBS";
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular inflection stripping for words WordNet does not know (new coinages, names used as
// verbs): only clear cases, otherwise the word is returned unchanged.
std::string strip_unknown(std::string w, std::string_view tag) {
  auto n = w.size();
  if (tag == "NNS" || tag == "VBZ") {
    if (n > 4 && ends_with(w, "ies")) return w.substr(0, n - 3) + "y";
    if (n > 4 && (ends_with(w, "sses") || ends_with(w, "xes") || ends_with(w, "zes") ||
                  ends_with(w, "ches") || ends_with(w, "shes")))
      return w.substr(0, n - 2);
    if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i')
      return w.substr(0, n - 1);
    return w;
  }
  auto undouble = [](std::string stem) {
    auto m = stem.size();
    if (m > 3 && stem[m - 1] == stem[m - 2] && !is_vowel(stem[m - 1]) && stem[m - 1] != 'l' &&
        stem[m - 1] != 's' && stem[m - 1] != 'z')
      stem.pop_back();
    return stem;
  };
  if (tag == "VBD" || tag == "VBN") {
    if (n > 4 && ends_with(w, "ied")) return w.substr(0, n - 3) + "y";
    if (n > 4 && ends_with(w, "ed")) return undouble(w.substr(0, n - 2));
    return w;
  }
  if (tag == "VBG") {
    if (n > 5 && ends_with(w, "ing")) return undouble(w.substr(0, n - 3));
    return w;
  }
  return w;
}

}  // namespace

const Lemmatizer& Lemmatizer::builtin() {
  static const Lemmatizer lemmatizer;
  (void)LanguageData::instance();  // parse the data now, not inside the first lookup
  return lemmatizer;
}

bool Lemmatizer::has_word(std::string_view lower_word, char wordnet_pos) const {
  int pos = detail::wordnet_index(wordnet_pos);
  if (pos < 0 || lower_word.empty()) return false;
  const auto& d = LanguageData::instance();
  if (lower_word.find('_') == std::string_view::npos) return d.wordnet_has(pos, lower_word);
  std::string spaced(lower_word);
  std::replace(spaced.begin(), spaced.end(), '_', ' ');
  return d.wordnet_has(pos, spaced);
}

std::string Lemmatizer::lemma(std::string_view word, std::string_view penn_tag) const {
  std::string lower = lower_case(word);
  if (penn_tag == "NNP" || penn_tag == "NNPS") return lower;

  // Clitics and contracted forms (Penn tokenisation) stand for whole words.
  if (lower == "n't") return "not";
  if (lower == "'s") {
    if (penn_tag == "VBZ") return "be";
    if (penn_tag == "PRP") return "us";  // let's
    return lower;
  }
  if (lower == "'re" || lower == "'m") return "be";
  if (lower == "'ve") return "have";
  if (lower == "'ll") return "will";
  if (lower == "'d") return penn_tag == "MD" ? "would" : "have";
  if (penn_tag == "MD") {
    if (lower == "ca") return "can";
    if (lower == "wo") return "will";
    if (lower == "sha") return "shall";
    return lower;
  }

  int pos = wordnet_pos_of(penn_tag);
  if (pos < 0) return lower;
  const auto& d = LanguageData::instance();
  const bool inflected = is_inflected(penn_tag);
  if (!inflected && d.wordnet_has(pos, lower)) return lower;

  auto exc = d.exceptions(pos, lower);
  if (!exc.empty()) return std::string(exc.front());

  std::string best;
  double best_freq = -1;
  std::string candidate;
  for (const auto& rule : rules_for(pos)) {
    if (lower.size() <= rule.suffix.size() || !ends_with(lower, rule.suffix)) continue;
    candidate.assign(lower, 0, lower.size() - rule.suffix.size());
    candidate += rule.ending;
    if (!d.wordnet_has(pos, candidate)) continue;
    double f = corpus_frequency(d, candidate, pos);
    if (f > best_freq) {
      best_freq = f;
      best = candidate;
    }
  }
  if (!best.empty()) return best;
  if (d.wordnet_has(pos, lower)) return lower;
  return strip_unknown(std::move(lower), penn_tag);
}

}  // namespace actorgraph
