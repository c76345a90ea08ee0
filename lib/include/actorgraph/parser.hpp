// Part-of-speech tagging and labelled dependency parsing with Universal Dependencies
// (UPOS, Penn XPOS, basic relations with subtypes such as nsubj:pass, obl:agent).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/conllu.hpp"
#include "actorgraph/text.hpp"

namespace actorgraph {

namespace detail {
struct ParserModel;
}

/// How a parser model is trained (see docs/parser.md).
struct ParserTrainingOptions {
  int tagger_epochs = 10;  ///< Passes over the training set for the tagger (best on dev kept).
  int parser_epochs = 15;  ///< Passes for the parser and the relation labeller (best on dev kept).
  std::uint64_t seed = 1;  ///< Shuffling and exploration; the same seed gives the same model.
  /// Train the parser on tags predicted by taggers trained on the other folds (0: gold tags).
  int jackknife_folds = 0;
  /// Let the tagger read the embedded WSJ lexicon and WordNet (which tags a word can take).
  bool lexicon_features = true;
  /// Let the parser and the relation labeller read the words' lexicon signatures and
  /// suffixes and a few more word and label conjunctions (needs lexicon_features).
  bool parser_lexicon_features = false;
  /// Drop, from the finished classifiers, the features whose largest weight is at
  /// most this many quantisation steps (of 32767 for the largest weight): a smaller,
  /// faster model (0 keeps every feature).
  int prune = 0;
  /// Receives one line of progress per epoch (may be empty).
  std::function<void(const std::string&)> log;
};

/// Accuracy against a gold treebank, as the CoNLL 2018 shared task defines it
/// (every word counts, punctuation included; LAS compares the universal part of
/// the relation, "nsubj" for "nsubj:pass").
struct ParseScores {
  std::size_t words = 0;
  double upos = 0;
  double xpos = 0;
  double uas = 0;
  double las = 0;
};

/// A greedy averaged-perceptron tagger and arc-hybrid transition parser. Immutable
/// after construction and safe to share between threads.
class DependencyParser {
 public:
  /// The model embedded in the library (trained on UD English EWT; CC BY-SA 4.0).
  static const DependencyParser& builtin();
  /// Reads a model file; throws ParseError naming the file when it is not one.
  static DependencyParser load(const std::filesystem::path& path);
  /// Reads a model from bytes; `name` is used in error messages.
  static DependencyParser from_bytes(std::string_view bytes, std::string_view name);
  /// Trains on `train`, choosing the epoch counts on `dev` (both need full trees).
  static DependencyParser train(const std::vector<conllu::Sentence>& train,
                                const std::vector<conllu::Sentence>& dev,
                                const ParserTrainingOptions& options);

  DependencyParser(DependencyParser&&) noexcept;
  DependencyParser& operator=(DependencyParser&&) noexcept;
  ~DependencyParser();

  /// The model's bytes (the format load() reads).
  [[nodiscard]] std::string to_bytes() const;
  /// Writes the model file atomically.
  void save(const std::filesystem::path& path) const;

  /// Fills UPOS, XPOS, HEAD and DEPREL of every word from its form; the other
  /// columns are left as they are.
  void parse(conllu::Sentence& sentence) const;
  /// Fills `upos`, `head` and `deprel` of every token (and `pos`, the Penn tag, when
  /// `penn_tags` is true) from the tokens' text.
  void parse(Sentence& sentence, bool penn_tags = false) const;
  /// Fills `upos`, `pos` (the Penn tag) and `lemma` (WordNet's, read with that tag)
  /// of every token from the tokens' text, without parsing.
  void tag(Sentence& sentence) const;
  /// Tags and parses the words of `gold` and scores the result.
  [[nodiscard]] ParseScores evaluate(const std::vector<conllu::Sentence>& gold) const;

  /// A one-line description: training data, settings, sizes.
  [[nodiscard]] std::string description() const;

 private:
  explicit DependencyParser(std::unique_ptr<detail::ParserModel> model);
  std::unique_ptr<detail::ParserModel> model_;
};

/// Scores predicted sentences against gold ones with the same words.
ParseScores score_parses(const std::vector<conllu::Sentence>& gold,
                         const std::vector<conllu::Sentence>& predicted);

}  // namespace actorgraph
