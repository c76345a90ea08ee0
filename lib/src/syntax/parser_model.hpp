// The parts of a trained DependencyParser: tag and relation inventories and the
// three linear models (tagger, transition classifier, relation labeller).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/arc_hybrid.hpp"
#include "syntax/linear_model.hpp"

namespace actorgraph::detail {

/// File format: magic "AGPARSE\n", u32 version, u32-length-prefixed strings
/// (description, then the tag and label inventories), then the three models.
inline constexpr std::string_view kParserMagic = "AGPARSE\n";
inline constexpr std::uint32_t kParserFormatVersion = 1;

/// Optional feature groups, recorded in the model file (u32 after the version).
enum FeatureFlags : std::uint32_t {
  /// The tagger reads the Penn tags festival's WSJ lexicon allows for a word and
  /// WordNet's parts of speech (the library's embedded language data).
  kLexiconFeatures = 1,
  /// The transition classifier and the labeller also read each word's lexicon
  /// signature and suffix, and a few more word and label conjunctions.
  kParserLexiconFeatures = 2,
};
inline constexpr std::uint32_t kKnownFeatureFlags = kLexiconFeatures | kParserLexiconFeatures;

/// The per-word values the feature templates read: hashes of the word's forms,
/// affixes and shape and what the lexicons say about it. A pure function of the
/// form, so each thread memoises it (words repeat; computing it was a fifth of the
/// tagger's time, mostly WordNet's binary searches).
struct WordInfo {
  std::uint64_t form_hash = 0;
  std::uint64_t lower_hash = 0;  // lower-cased, digits as '0'
  std::uint64_t shape_hash = 0;
  std::uint64_t hyphen_tail = 0;          // hash of the part after the last hyphen, 0 if none
  std::array<std::uint64_t, 4> prefix{};  // lengths 1..4 (in bytes)
  std::array<std::uint64_t, 4> suffix{};
  std::uint64_t lexicon = 0;  // festival tag set and WordNet parts of speech
};

/// The words of a sentence as the feature templates read them, computed once per sentence.
struct WordView {
  std::vector<WordInfo> info;
  void assign(const std::vector<std::string_view>& forms, std::uint32_t flags);
  [[nodiscard]] std::size_t size() const { return info.size(); }
};

struct ParserModel {
  std::string description;
  std::uint32_t flags = 0;        // FeatureFlags
  std::vector<std::string> upos;  // per joint tag
  std::vector<std::string> xpos;  // per joint tag
  std::vector<std::string> labels;
  int root_label = 0;
  LinearModel tagger;
  LinearModel mover;
  LinearModel labeller;

  /// Joint tag per word (indices into upos/xpos).
  void tag(const WordView& words, std::vector<int>& tags) const;
  /// Heads (-1 root) and label indices per word.
  void parse(const WordView& words, const std::vector<int>& tags, std::vector<int>& heads,
             std::vector<int>& labels) const;

  [[nodiscard]] std::string serialise() const;
  static ParserModel deserialise(std::string_view bytes, std::string_view name);
};

/// Feature extraction, shared by training and inference.
void tagger_features(const WordView& words, std::size_t i, int previous, int previous2,
                     std::vector<FeatureKey>& out, std::uint32_t flags);
/// tagger_features split in two: the templates that read only word i's form, and
/// the others (tag history and neighbours). The union is tagger_features' set.
void tagger_word_features(const WordView& words, std::size_t i, std::vector<FeatureKey>& out,
                          std::uint32_t flags);
void tagger_context_features(const WordView& words, std::size_t i, int previous, int previous2,
                             std::vector<FeatureKey>& out, std::uint32_t flags);
/// Per-word values for the parser: word hash and tag (index n is the root).
struct ParserContext {
  std::vector<std::uint64_t> word;
  std::vector<int> tag;
  std::vector<std::uint64_t> lexicon;  // with kParserLexiconFeatures
  std::vector<std::uint64_t> suffix;   // last three bytes, with kParserLexiconFeatures
  std::uint32_t flags = 0;
  int root_tag = 0;
  void assign(const WordView& words, const std::vector<int>& tags, int tag_count,
              std::uint32_t flags);
};
void parser_features(const ParserContext& context, const ArcHybrid& state,
                     std::vector<FeatureKey>& out);
void label_features(const ParserContext& context, const ArcHybrid& state, int head, int dependent,
                    std::vector<FeatureKey>& out);

}  // namespace actorgraph::detail
