#include "cli_support.hpp"

#include <spdlog/spdlog.h>

#include "actorgraph/error.hpp"

namespace actorgraph::cli {

std::vector<OutputFile> resolve_outputs(const std::vector<std::string>& outputs,
                                        const std::string& format_name) {
  std::optional<GraphFormat> forced;
  if (!format_name.empty()) {
    forced = graph_format_from_string(format_name);
    if (!forced) {
      throw UsageError("unknown format '" + format_name +
                       "' (expected json, graphml, gexf, dot or csv)");
    }
  }
  std::vector<OutputFile> files;
  for (const auto& output : outputs) {
    std::filesystem::path path(output);
    auto format = forced ? forced : graph_format_from_path(path);
    if (!format) {
      throw UsageError("cannot tell the format of '" + output +
                       "' from its extension; use .json, .graphml, .gexf, .dot, .csv or --format");
    }
    files.push_back({path, *format});
  }
  return files;
}

void write_outputs(const KnowledgeGraph& graph, const std::vector<OutputFile>& outputs) {
  for (const auto& output : outputs) {
    // The library never creates folders; at the command line `-o out/g.json` should just work.
    if (const auto parent = output.path.parent_path(); !parent.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(parent, ec);
      if (ec) throw IoError("cannot create folder '" + parent.string() + "': " + ec.message());
    }
    for (const auto& written : write_graph_file(graph, output.path, output.format)) {
      spdlog::info("wrote {} ({})", written.string(), to_string(output.format));
    }
  }
}

void LexiconOptions::add_to(CLI::App& command) {
  command.add_option("--lexicon", files, "Lexicon JSON file adding to or overriding the built-in one (repeatable)")
      ->check(CLI::ExistingFile);
  command.add_flag("--no-default-lexicon", no_default, "Do not start from the built-in lexicon");
}

Lexicon LexiconOptions::load() const {
  Lexicon lexicon = no_default ? Lexicon{} : Lexicon::builtin();
  for (const auto& file : files) lexicon.merge(Lexicon::from_file(file));
  return lexicon;
}

void ReadingOptions::add_to(CLI::App& command) {
  command
      .add_option(
          "inputs", inputs,
          "Corpus: directories of .txt/.html files, .txt, .html or .jsonl files, or - for stdin")
      ->required();
  command.add_flag("--keep-going", keep_going, "Skip malformed JSONL lines (and say so) instead of stopping");
  command.add_option("--max-document-mb", max_document_mb,
                     "Skip (and say so) documents whose text is over this many MB (0 = no limit)")
      ->capture_default_str();
  command.add_option(
      "--encoding", encoding,
      "Character encoding of the inputs (ISO-8859-1, windows-1252, ...); default UTF-8, "
      "other encodings detected with a warning");
}

ReadOptions ReadingOptions::read_options() const {
  ReadOptions options;
  options.keep_going = keep_going;
  options.encoding = encoding;
  options.max_document_bytes = max_document_mb * 1000 * 1000;
  return options;
}

}  // namespace actorgraph::cli
