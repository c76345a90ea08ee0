// CoNLL-U (Universal Dependencies) sentences: a strict reader and a writer.
// https://universaldependencies.org/format.html
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::conllu {

/// One syntactic word (a line whose ID is an integer).
struct Word {
  std::string form;
  std::string lemma = "_";
  std::string upos = "_";
  std::string xpos = "_";
  std::string feats = "_";
  int head = -1;  ///< 0-based index of the head word in Sentence::words; -1 for the root.
  std::string deprel = "_";
  std::string deps = "_";
  std::string misc = "_";
};

/// A multiword token line ("3-4  don't"), kept so that writing a sentence back
/// reproduces its surface tokens.
struct MultiwordToken {
  std::size_t first = 0;  ///< 0-based index of its first word.
  std::size_t last = 0;   ///< 0-based index of its last word (inclusive).
  std::string form;
  std::string misc = "_";
};

/// One sentence block. Empty nodes (IDs such as "8.1", enhanced graphs only) are
/// dropped on reading: the basic tree does not use them.
struct Sentence {
  std::vector<std::string> comments;  ///< Comment lines without the leading "# ".
  std::vector<Word> words;
  std::vector<MultiwordToken> multiword;
  std::size_t line = 0;  ///< Line number of the block's first line in its file.

  /// The value of a "# key = value" comment, or "" when absent.
  [[nodiscard]] std::string_view comment(std::string_view key) const;
};

/// What the reader checks beyond the column count and the IDs.
struct ReadOptions {
  /// Require HEAD and DEPREL on every word and exactly one root (a scored treebank).
  /// When false, "_" heads are read as -1 and the annotation columns are taken as given.
  bool require_tree = false;
};

/// Reads every sentence of a CoNLL-U stream. `name` is used in error messages,
/// which read "name:line: what". Throws actorgraph::ParseError.
std::vector<Sentence> read(std::istream& in, std::string_view name, ReadOptions options = {});

/// Reads a CoNLL-U file (IoError when it cannot be opened).
std::vector<Sentence> read_file(const std::string& path, ReadOptions options = {});

/// Writes one sentence block, followed by its blank line.
void write(std::ostream& out, const Sentence& sentence);

}  // namespace actorgraph::conllu
