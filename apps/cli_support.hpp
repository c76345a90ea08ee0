// Pieces shared by several subcommands: output files, lexicon options, the
// one-line usage error.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/error.hpp"
#include "actorgraph/graph_filter.hpp"
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
  bool standard_output = false;  ///< `-o -`
};

/// Resolves each `-o` to a format (from `--format` if given, else the
/// extension) before any work is done, so a typo fails fast. `-o -` is
/// standard output, in the `--format` given or JSON; it may appear once, and
/// not as CSV (two files). UsageError otherwise.
std::vector<OutputFile> resolve_outputs(const std::vector<std::string>& outputs,
                                        const std::string& format_name);

/// True if one of the outputs is `-o -`.
bool writes_standard_output(const std::vector<OutputFile>& outputs);

/// How `-o -` writes JSON: pretty like a file, or one line (merge, so that a
/// combiner's output is also a one-record partial-graph JSONL).
enum class StdoutJson { pretty, line };

/// Writes the graph to every output; logs each file written. Files go through
/// write_graph_file (atomic; symlinks, devices and FIFOs resolved safely).
void write_outputs(const KnowledgeGraph& graph, const std::vector<OutputFile>& outputs,
                   StdoutJson json_style = StdoutJson::pretty);

/// Checks a date option: YYYY, YYYY-MM or YYYY-MM-DD, a real month and day
/// ("2017-13" and "2017-02-30" fail with a message naming the value).
const CLI::Validator& date_validator();

/// The filters applied to a graph before it is written (GraphFilter): the same
/// options on build, convert and merge. `selection` adds --relation, --type,
/// --since, --until and --min-weight; commands that already select edges their
/// own way (query, neighbors) take only --min-confidence and --max-evidence.
struct FilterOptions {
  double min_confidence = 0.0;
  std::size_t min_weight = 0;
  std::vector<std::string> relations;
  std::vector<std::string> types;
  std::string since, until;
  std::size_t max_evidence = 0;
  void add_to(CLI::App& command, bool selection = true);
  bool active() const;
  /// The GraphFilter these options describe; relation and type names are
  /// checked (an unknown one is an error with suggestions).
  GraphFilter filter(const KnowledgeGraph& graph) const;
  /// filter_graph(graph, filter(graph)) and a log line, or `graph` itself if inactive.
  KnowledgeGraph apply(KnowledgeGraph graph) const;
};

/// Parses a node type name (UsageError with suggestions if unknown).
EntityType parse_entity_type(const std::string& name);
/// The same as a CLI11 check, so that a typo is a usage error before any work.
const CLI::Validator& entity_type_validator();

/// `--lexicon FILE` (repeatable) and `--no-default-lexicon`.
struct LexiconOptions {
  std::vector<std::string> files;
  bool no_default = false;
  void add_to(CLI::App& command);
  /// The built-in lexicon (unless disabled) merged with every file, in order.
  Lexicon load() const;
};

/// Throws NoArticles unless the read returned at least one document (to any
/// shard): an empty folder, one holding only files of other types, or a JSONL
/// file whose every line was bad under --keep-going would otherwise give an
/// empty graph and a success. The message says what was skipped and why.
void require_articles(const ReadStats& stats, const std::vector<std::string>& inputs,
                      bool allow_empty);

/// No article in the input (exit code 1, like any bad input).
class NoArticles : public Error {
 public:
  using Error::Error;
};

/// Options for reading a corpus.
struct ReadingOptions {
  std::vector<std::string> inputs;
  bool keep_going = false;
  bool allow_empty = false;           ///< --allow-empty: no articles is not an error.
  std::size_t max_document_mb = 256;  // 0: no limit (the library itself sets none)
  std::string encoding;               // empty: UTF-8, other encodings detected
  void add_to(CLI::App& command);
  ReadOptions read_options() const;
  /// require_articles() with these inputs and --allow-empty.
  void check(const ReadStats& stats) const { require_articles(stats, inputs, allow_empty); }
};

}  // namespace actorgraph::cli
