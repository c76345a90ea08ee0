// Text preparation for the mention and resolution tests: the library's own
// segmenter and tagger when they are built in, otherwise a small stand-in
// tokenizer so the recogniser can be tested alone.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/text.hpp"

#if __has_include("actorgraph/segmenter.hpp") && __has_include("actorgraph/tagger.hpp")
#include "actorgraph/segmenter.hpp"
#include "actorgraph/tagger.hpp"
#define ACTORGRAPH_TEST_REAL_TAGGER 1
#endif

namespace actorgraph::test {

#ifdef ACTORGRAPH_TEST_REAL_TAGGER
/// Sentences of `text` (one body block; the first line is a headline when `headline`).
inline std::vector<Sentence> prepare(std::string_view text, bool headline = false) {
  std::vector<TextBlock> blocks;
  if (headline) {
    const auto nl = text.find('\n');
    blocks.push_back({0, nl == std::string_view::npos ? text.size() : nl, BlockKind::headline});
    if (nl != std::string_view::npos) blocks.push_back({nl + 1, text.size(), BlockKind::body});
  } else {
    blocks.push_back({0, text.size(), BlockKind::body});
  }
  auto sentences = segment(text, blocks);
  for (auto& s : sentences) Tagger::builtin().tag(s);
  return sentences;
}
#else
namespace stand_in {

inline bool word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80 || c == '-' || c == '\'';
}

/// U+2000..U+206F (curly quotes, dashes): punctuation, a token of its own.
inline bool punctuation_at(std::string_view text, std::size_t i) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == 0x80;
}

inline std::string tag_of(std::string_view w, bool first) {
  static const std::string_view verbs[] = {"said", "told", "met", "added", "says", "is", "was", "are", "were",
                                           "has", "have", "will", "backs", "supported", "supports", "reported",
                                           "announced", "arrived", "held", "hosted", "called", "signed"};
  for (auto v : verbs)
    if (w == v) return "VBD";
  if (w.size() > 4 && w.ends_with("ing")) return "VBG";
  const auto c = static_cast<unsigned char>(w[0]);
  if (std::isupper(c)) {
    static const std::string_view common[] = {"Even", "Peace", "Talks", "The", "Rebels", "Officials", "After"};
    if (first)
      for (auto x : common)
        if (w == x) return x == "The" ? "DT" : (x == "Even" || x == "After") ? "RB" : "NN";
    return "NNP";
  }
  if (std::isdigit(c)) return "CD";
  if (!std::isalpha(c) && c < 0x80) return std::string(w);
  return w.ends_with("s") ? "NNS" : "NN";
}

}  // namespace stand_in

/// Stand-in: sentences split at . ! ? + space + capital (not after initials or
/// abbreviations) and at newlines; tokens are words, possessive 's, punctuation.
inline std::vector<Sentence> prepare(std::string_view text, bool headline = false) {
  std::vector<Sentence> out;
  Sentence current;
  auto flush = [&](std::size_t end) {
    if (!current.tokens.empty()) {
      current.begin = current.tokens.front().begin;
      current.end = end;
      if (headline && out.empty()) current.block = BlockKind::headline;
      out.push_back(std::move(current));
    }
    current = Sentence{};
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\n') { flush(i); ++i; continue; }
    if (c == ' ' || c == '\t' || c == '\r') { ++i; continue; }
    Token t;
    t.begin = i;
    if (stand_in::word_char(c) && c != '\'' && c != '-' && !stand_in::punctuation_at(text, i)) {
      std::size_t j = i;
      while (j < text.size() && !(j > i && stand_in::punctuation_at(text, j) && text.compare(j, 4, "\xE2\x80\x99s") != 0) &&
             (stand_in::word_char(text[j]) ||
                                 (text[j] == '.' && j + 1 < text.size() && std::isupper(static_cast<unsigned char>(text[j + 1]))) ||
                                 (text[j] == '.' && j > i && j - i <= 2 && std::isupper(static_cast<unsigned char>(text[i])) &&
                                  (j - i == 1 || text[j - 2] == '.')))) {
        if (text.compare(j, 2, "'s") == 0 && (j + 2 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[j + 2])))) break;
        if (text.compare(j, 4, "\xE2\x80\x99s") == 0) break;
        ++j;
      }
      // "U.S" + "." of an abbreviation
      if (j < text.size() && text[j] == '.' && j >= i + 2 && text[j - 2] == '.') ++j;
      t.end = std::max(j, i + 1);
    } else if (text.compare(i, 2, "'s") == 0) {
      t.end = i + 2;
    } else if (text.compare(i, 4, "\xE2\x80\x99s") == 0) {
      t.end = i + 4;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      std::size_t j = i + 1;
      while (j < text.size() && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) ++j;
      t.end = j;
    } else {
      t.end = i + 1;
    }
    t.text = std::string(text.substr(t.begin, t.end - t.begin));
    t.norm = t.text;
    if (t.norm == "\xE2\x80\x99s") t.norm = "'s";
    t.lemma = t.text;
    for (auto& ch : t.lemma) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    t.pos = stand_in::tag_of(t.text, current.tokens.empty());
    if (t.norm == "'s") t.pos = "POS";
    const bool end = (t.text == "." || t.text == "!" || t.text == "?");
    i = t.end;
    current.tokens.push_back(std::move(t));
    if (end) flush(i);
  }
  flush(text.size());
  return out;
}
#endif

}  // namespace actorgraph::test
