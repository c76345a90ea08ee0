// Plain data types that flow between the text stages:
// cleaning -> segmentation -> tagging -> parsing.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace actorgraph {

/// What a kept stretch of an article is.
enum class BlockKind {
  headline,  ///< The title line.
  dateline,  ///< A date/byline header line, kept for date finding, not for extraction.
  body,      ///< Article prose.
  caption,   ///< A photo caption (kept once even if repeated).
};

/// A stretch of the original text, as byte offsets [begin, end).
struct TextBlock {
  std::size_t begin = 0;
  std::size_t end = 0;
  BlockKind kind = BlockKind::body;
  friend bool operator==(const TextBlock&, const TextBlock&) = default;
};

/// A stretch of the original text left out, and why ("copyright footer").
struct DroppedBlock {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string reason;
  friend bool operator==(const DroppedBlock&, const DroppedBlock&) = default;
};

/// The result of cleaning one document: what to read and what was left out.
/// Blocks are sorted by offset and do not overlap.
struct CleanedText {
  std::vector<TextBlock> blocks;
  std::vector<DroppedBlock> dropped;
};

/// One token. Offsets are bytes into the document's original text.
struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;   ///< Surface form, as in the text.
  std::string norm;   ///< Normalised form: curly quotes and apostrophes straightened, dashes unified.
  std::string lemma;  ///< Dictionary form, lower case ("broker" for "brokered").
  std::string pos;    ///< Penn Treebank tag ("NNP", "VBD", ...).
  std::string upos;   ///< Universal Dependencies part of speech ("PROPN", "VERB"); empty until parsed.
  /// Index in Sentence::tokens of this token's syntactic head; -1 for the root of
  /// the sentence and for a token that has not been parsed.
  int head = -1;
  /// Universal Dependencies relation to the head, with its subtype ("nsubj:pass",
  /// "obl:agent", "acl:relcl"); "root" for the root; empty until parsed.
  std::string deprel;
  friend bool operator==(const Token&, const Token&) = default;
};

/// One sentence with its tokens.
struct Sentence {
  std::size_t begin = 0;       ///< Byte offset of the first character.
  std::size_t end = 0;         ///< One past the last byte.
  BlockKind block = BlockKind::body;  ///< Kind of the block it came from.
  std::vector<Token> tokens;
  friend bool operator==(const Sentence&, const Sentence&) = default;
};

}  // namespace actorgraph
