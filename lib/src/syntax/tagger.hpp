// Part-of-speech tagging with Penn Treebank tags.
#pragma once

#include "actorgraph/text.hpp"

namespace actorgraph {

/// A trigram hidden-Markov-model tagger (Viterbi decoding) over festival's WSJ part-of-speech
/// lexicon and tag-trigram model (festlex-poslex, embedded at build time), with a suffix and
/// word-shape model for unknown words. Immutable and thread-safe; time is linear in the
/// sentence length.
class Tagger {
 public:
  /// The tagger over the embedded data (built on first use).
  static const Tagger& builtin();

  /// Fills `pos` (upper-case Penn tag: "NNP", "VBD", "IN", ",", "``", "-LRB-", ...) and
  /// `lemma` (see Lemmatizer) of every token of `sentence`.
  void tag(Sentence& sentence) const;

 private:
  Tagger() = default;
};

}  // namespace actorgraph
