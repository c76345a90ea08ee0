// Pieces shared by several subcommands: output files, lexicon options, the
// one-line usage error.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/knowledge_graph.hpp"
#include "actorgraph/lexicon.hpp"

namespace actorgraph::cli {

/// A usage problem found after parsing (unknown format, ...): exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One `-o FILE` with the format it will be written in.
struct OutputFile {
  std::filesystem::path path;
  GraphFormat format;
};

/// Resolves each `-o` to a format (from `--format` if given, else the
/// extension) before any work is done, so a typo fails fast.
std::vector<OutputFile> resolve_outputs(const std::vector<std::string>& outputs,
                                        const std::string& format_name);

/// Writes the graph to every output; logs each file written.
void write_outputs(const KnowledgeGraph& graph, const std::vector<OutputFile>& outputs);

/// `--lexicon FILE` (repeatable) and `--no-default-lexicon`.
struct LexiconOptions {
  std::vector<std::string> files;
  bool no_default = false;
  void add_to(CLI::App& command);
  /// The built-in lexicon (unless disabled) merged with every file, in order.
  Lexicon load() const;
};

/// Options for reading a corpus.
struct ReadingOptions {
  std::vector<std::string> inputs;
  bool keep_going = false;
  std::size_t max_document_mb = 256;  // 0: no limit (the library itself sets none)
  std::string encoding;               // empty: UTF-8, other encodings detected
  void add_to(CLI::App& command);
  ReadOptions read_options() const;
};

}  // namespace actorgraph::cli
