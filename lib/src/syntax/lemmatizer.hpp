// Dictionary forms of English words, from WordNet 3.0 (embedded at build time).
#pragma once

#include <string>
#include <string_view>

namespace actorgraph {

/// WordNet-based lemmatizer: WordNet's irregular-form lists (*.exc) and morphy's detachment
/// rules, checked against WordNet's word lists. Immutable and thread-safe.
class Lemmatizer {
 public:
  /// The lemmatizer over the embedded WordNet data (built on first use).
  static const Lemmatizer& builtin();

  /// The lower-case dictionary form of `word` read as `penn_tag` ("went","VBD" -> "go";
  /// "countries","NNS" -> "country"). Proper nouns (NNP, NNPS) and words WordNet does not know
  /// come back lower-cased (unknown regular plurals and verb forms are still stripped: "NNS"
  /// "drones" -> "drone"). Clitics map to their words ("n't" -> "not", "'s" as VBZ -> "be").
  std::string lemma(std::string_view word, std::string_view penn_tag) const;

  /// True if WordNet lists `lower_word` (a lemma, lower case; multi-word lemmas with spaces
  /// or underscores) with part of speech `wordnet_pos`: 'n', 'v', 'a' (or 's') or 'r'.
  bool has_word(std::string_view lower_word, char wordnet_pos) const;

 private:
  Lemmatizer() = default;
};

}  // namespace actorgraph
