// The embedded language data (WordNet 3.0 word lists and irregular forms, festival's
// part-of-speech lexicon and tag-trigram model), parsed once into lookup tables.
//
// The data is generated at build time by tools/language_data_gen.cpp and embedded into the
// library (lib/cmake/language_data.cmake); every string_view here points into that static blob,
// so the tables own no strings and lookups never allocate.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/word_table.hpp"

namespace actorgraph::detail {

/// The raw embedded blob (defined by the generated language_data_blob.cpp).
std::string_view embedded_language_data();

/// Index of a WordNet part of speech: 'n' 0, 'v' 1, 'a' 2, 'r' 3, anything else -1.
constexpr int wordnet_index(char pos) {
  switch (pos) {
    case 'n':
      return 0;
    case 'v':
      return 1;
    case 'a':
    case 's':
      return 2;
    case 'r':
      return 3;
    default:
      return -1;
  }
}

/// Parses a decimal float ("-3.401", "12.50") exactly as std::from_chars does. Short
/// decimals take Clinger's fast path (an exact mantissa divided by an exact power of ten is
/// one correctly rounded IEEE division); anything else goes to std::from_chars. Returns
/// false where std::from_chars would fail or leave characters over.
bool parse_float(std::string_view s, float& out);

/// The language data's word -> range tables.
using WordRanges = WordTable<std::pair<std::uint32_t, std::uint32_t>>;

struct TagScore {
  std::uint8_t tag = 0;
  float value = 0;  ///< ln P(word|tag) in the lexicon; a count in the suffix table.
};

class LanguageData {
 public:
  /// The tables, parsed from the embedded blob on first use (thread-safe static init).
  static const LanguageData& instance();

  // --- WordNet -----------------------------------------------------------------------------
  bool wordnet_has(int pos_index, std::string_view lower_word) const {
    const auto& words = wordnet_[static_cast<std::size_t>(pos_index)];
    return std::binary_search(words.begin(), words.end(), lower_word);
  }
  /// Base forms WordNet lists for an irregular inflected form (empty if none).
  std::span<const std::string_view> exceptions(int pos_index, std::string_view lower_word) const;

  // --- Tagger model ------------------------------------------------------------------------
  std::size_t tag_count() const { return tags_.size(); }
  std::string_view tag_name(std::size_t t) const { return tags_[t]; }
  /// Index of a festival tag name ("nn", "punc", "of"), or -1.
  int tag_index(std::string_view name) const;
  /// Number of training tokens with this tag (from the trigram counts).
  double tag_count_of(std::size_t t) const { return unigram_[t]; }
  double total_count() const { return total_; }
  /// ln P(t3 | t1 t2), smoothed.
  float transition(std::size_t t1, std::size_t t2, std::size_t t3) const {
    return trans_[(t1 * tags_.size() + t2) * tags_.size() + t3];
  }
  /// Lexicon entries (tag, ln P(word|tag)) of a lower-case word; empty if unknown.
  std::span<const TagScore> lexicon(std::string_view lower_word) const;
  /// Tag counts of rare training words ending in `suffix` ("" = all rare words).
  std::span<const TagScore> suffix_counts(std::string_view suffix) const;

 private:
  LanguageData();
  using Range = std::pair<std::uint32_t, std::uint32_t>;
  // Sorted word lists: binary search is as fast as hashing here and costs nothing to build.
  std::array<std::vector<std::string_view>, 4> wordnet_;
  std::array<WordRanges, 4> exceptions_;
  std::vector<std::string_view> exception_bases_;
  std::vector<std::string> tags_;
  std::vector<double> unigram_;
  double total_ = 0;
  std::vector<float> trans_;
  WordRanges lexicon_;
  std::vector<TagScore> lexicon_scores_;
  WordRanges suffix_;
  std::vector<TagScore> suffix_scores_;
};

}  // namespace actorgraph::detail
