// The GRAPH argument of the query commands: a graph JSON written by `build`,
// or a corpus (directory, .txt, .jsonl, -) built on the fly; and the pieces of
// output every query command shares (JSON writer, terminal detection).
#pragma once

#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <CLI/CLI.hpp>

#include "actorgraph/graph_query.hpp"
#include "actorgraph/knowledge_graph.hpp"
#include "cli_support.hpp"

namespace actorgraph::cli {

/// `GRAPH` plus the options needed when it is a corpus to build first.
struct GraphInput {
  std::string path;
  LexiconOptions lexicon;
  bool keep_going = false;
  std::string encoding;  ///< --encoding, when GRAPH is a corpus
  /// Adds the positional GRAPH and the lexicon/reading options.
  void add_to(CLI::App& command);
  /// Reads the graph JSON, or builds the graph of the corpus with Pipeline.
  KnowledgeGraph load() const;
};

/// Checks relation types given on the command line: a type that is neither in
/// the graph nor in the built-in lexicon is a typo (UnknownName with suggestions).
std::set<std::string> check_relations(const KnowledgeGraph& graph,
                                      const std::vector<std::string>& types);

/// True if `stream` is a terminal (and colours are welcome: NO_COLOR unset).
bool colour_terminal(std::FILE* stream);

/// Pretty JSON on stdout.
class JsonOutput {
 public:
  JsonOutput() : writer_(buffer_) { writer_.SetIndent(' ', 2); }
  rapidjson::PrettyWriter<rapidjson::StringBuffer>& w() { return writer_; }
  void key(std::string_view k) {
    writer_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
  }
  void string(std::string_view s) {
    writer_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  void field(std::string_view k, std::string_view v) {
    key(k);
    string(v);
  }
  void field(std::string_view k, std::size_t v) {
    key(k);
    writer_.Uint64(v);
  }
  void field(std::string_view k, double v) {
    key(k);
    writer_.Double(v);
  }
  /// Writes the document and a newline to stdout.
  void print();

 private:
  rapidjson::StringBuffer buffer_;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer_;
};

/// One evidence item as a JSON object.
void write_evidence_json(JsonOutput& json, const Evidence& evidence);
/// One relation as a JSON object: ids, labels, weight, matching evidence, dates, documents.
void write_relation_json(JsonOutput& json, const KnowledgeGraph& graph, const Relation& relation,
                         const std::vector<const Evidence*>& evidence, bool with_evidence);

/// Fixed-precision number for tables ("0.2500").
std::string format_number(double value, int precision = 4);

}  // namespace actorgraph::cli
