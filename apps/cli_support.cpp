#include "cli_support.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sstream>

#include <spdlog/spdlog.h>

#include "actorgraph/error.hpp"
#include "actorgraph/graph_query.hpp"
#include "actorgraph/output_target.hpp"
#include "graph_input.hpp"

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
  if (std::count(outputs.begin(), outputs.end(), "-") > 1)
    throw UsageError("-o - given more than once: standard output can take one graph");
  for (const auto& output : outputs) {
    if (output == "-") {
      const GraphFormat format = forced.value_or(GraphFormat::json);
      if (format == GraphFormat::csv)
        throw UsageError(
            "-o - cannot write CSV (it is two files, nodes and edges): give -o NAME.csv");
      files.push_back({"-", format, true});
      continue;
    }
    if (output.empty()) throw UsageError("-o: empty file name");
    std::filesystem::path path(output);
    auto format = forced ? forced : graph_format_from_path(path);
    // /dev/null, /dev/stdout, a FIFO: no extension to go by, JSON as for -o -.
    if (!format && resolve_output_target(path).mode != OutputMode::replace)
      format = GraphFormat::json;
    if (!format) {
      throw UsageError("cannot tell the format of '" + output +
                       "' from its extension; use .json, .graphml, .gexf, .dot, .csv or --format");
    }
    files.push_back({path, *format});
  }
  return files;
}

bool writes_standard_output(const std::vector<OutputFile>& outputs) {
  return std::any_of(outputs.begin(), outputs.end(),
                     [](const OutputFile& o) { return o.standard_output; });
}

namespace {

void write_standard_output(const KnowledgeGraph& graph, GraphFormat format, StdoutJson json_style) {
  // Rendered whole first: a writer that fails sends nothing half-done down the pipe.
  std::ostringstream out;
  switch (format) {
    case GraphFormat::json:
      if (json_style == StdoutJson::line)
        write_json_line(graph, out);
      else
        write_json(graph, out);
      break;
    case GraphFormat::graphml:
      write_graphml(graph, out);
      break;
    case GraphFormat::gexf:
      write_gexf(graph, out);
      break;
    case GraphFormat::dot:
      write_dot(graph, out);
      break;
    case GraphFormat::csv:
      throw UsageError("-o - cannot write CSV");
  }
  const std::string text = std::move(out).str();
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stdout);
  if (std::fflush(stdout) != 0 || std::ferror(stdout))
    throw IoError(std::string("cannot write to standard output: ") + std::strerror(errno));
}

}  // namespace

void write_outputs(const KnowledgeGraph& graph, const std::vector<OutputFile>& outputs,
                   StdoutJson json_style) {
  for (const auto& output : outputs) {
    if (output.standard_output) {
      write_standard_output(graph, output.format, json_style);
      spdlog::info("wrote standard output ({})", to_string(output.format));
      continue;
    }
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

const CLI::Validator& date_validator() {
  static const CLI::Validator validator(
      [](std::string& value) -> std::string {
        const std::string bad = "expected a date YYYY, YYYY-MM or YYYY-MM-DD, got '" + value + "'";
        auto digits = [&](std::size_t from, std::size_t count) {
          if (value.size() < from + count) return -1;
          int n = 0;
          for (std::size_t i = from; i < from + count; ++i) {
            if (value[i] < '0' || value[i] > '9') return -1;
            n = n * 10 + (value[i] - '0');
          }
          return n;
        };
        if (value.size() != 4 && value.size() != 7 && value.size() != 10) return bad;
        const int year = digits(0, 4);
        if (year < 0) return bad;
        if (value.size() == 4) return "";
        if (value[4] != '-') return bad;
        const int month = digits(5, 2);
        if (month < 1 || month > 12) return bad + " (no month " + value.substr(5, 2) + ")";
        if (value.size() == 7) return "";
        if (value[7] != '-') return bad;
        const int day = digits(8, 2);
        static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        const int days = month == 2 && !leap ? 28 : kDays[month - 1];
        if (day < 1 || day > days) return bad + " (no such day)";
        return "";
      },
      "DATE");
  return validator;
}

void FilterOptions::add_to(CLI::App& command, bool selection) {
  command
      .add_option("--min-confidence", min_confidence,
                  "Write only edges whose combined confidence is at least this (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  command.add_option(
      "--max-evidence", max_evidence,
      "Write at most N evidence items per edge, the most confident (0 = all, the default)");
  if (!selection) return;
  command.add_option("--min-weight", min_weight, "Write only edges with at least N evidence items");
  command.add_option("--relation", relations,
                     "Write only edges of this relation type (repeatable)");
  command
      .add_option("--type", types,
                  "Write only nodes of this type, and edges between them (repeatable)")
      ->check(entity_type_validator());
  command
      .add_option("--since", since,
                  "Write only evidence dated on or after (YYYY, YYYY-MM, YYYY-MM-DD)")
      ->check(date_validator());
  command
      .add_option("--until", until,
                  "Write only evidence dated on or before (YYYY, YYYY-MM, YYYY-MM-DD)")
      ->check(date_validator());
}

bool FilterOptions::active() const {
  return min_confidence > 0 || min_weight > 0 || !relations.empty() || !types.empty() ||
         !since.empty() || !until.empty() || max_evidence > 0;
}

EntityType parse_entity_type(const std::string& name) {
  if (const auto type = entity_type_from_string(name)) return *type;
  std::string known;
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (EntityType t : kEntityTypes) {
    known += (known.empty() ? "" : ", ") + std::string(to_string(t));
    ranked.emplace_back(edit_distance(name, to_string(t)), std::string(to_string(t)));
  }
  std::sort(ranked.begin(), ranked.end());
  std::string hint =
      ranked.front().first <= 3 ? "; did you mean '" + ranked.front().second + "'?" : "";
  throw UsageError("unknown node type '" + name + "'" + hint + " (known: " + known + ")");
}

const CLI::Validator& entity_type_validator() {
  static const CLI::Validator validator(
      [](std::string& value) -> std::string {
        try {
          parse_entity_type(value);
        } catch (const UsageError& e) {
          return e.what();
        }
        return "";
      },
      "");
  return validator;
}

GraphFilter FilterOptions::filter(const KnowledgeGraph& graph) const {
  GraphFilter f;
  f.min_confidence = min_confidence;
  f.min_weight = min_weight;
  f.since = since;
  f.until = until;
  f.max_evidence = max_evidence;
  for (const auto& type : types) f.types.insert(parse_entity_type(type));
  if (!relations.empty()) f.relations = check_relations(graph, relations);
  return f;
}

KnowledgeGraph FilterOptions::apply(KnowledgeGraph graph) const {
  if (!active()) return graph;
  const GraphFilter f = filter(graph);
  KnowledgeGraph out = filter_graph(graph, f);
  spdlog::info("filter {}: kept {} of {} node(s), {} of {} edge(s)", f.describe(),
               out.entity_count(), graph.entity_count(), out.relation_count(),
               graph.relation_count());
  return out;
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

void require_articles(const ReadStats& stats, const std::vector<std::string>& inputs,
                      bool allow_empty) {
  if (stats.documents + stats.outside_shard > 0 || allow_empty) return;
  std::string where;
  for (const auto& input : inputs) where += (where.empty() ? "'" : ", '") + input + "'";
  std::string message = "no articles read from " + where;
  // A few examples of each kind, so a folder of 10,000 files gives one readable line.
  auto list = [](const std::vector<SkippedInput>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < 3; ++i)
      out += (i ? "; " : "") + items[i].origin + ": " + items[i].reason;
    if (items.size() > 3) out += "; ...";
    return out;
  };
  if (stats.skipped.empty() && stats.ignored.empty()) {
    message += ": no .txt, .html or .jsonl files found (empty input)";
  } else {
    if (!stats.ignored.empty())
      message += "; ignored " + std::to_string(stats.ignored.size()) +
                 " file(s) that are not articles (" + list(stats.ignored) + ")";
    if (!stats.skipped.empty())
      message +=
          "; skipped " + std::to_string(stats.skipped.size()) + " (" + list(stats.skipped) + ")";
  }
  message +=
      ". Articles are .txt and .html files or .jsonl records; --allow-empty writes an empty graph "
      "anyway";
  throw NoArticles(message);
}

void ReadingOptions::add_to(CLI::App& command) {
  command
      .add_option(
          "inputs", inputs,
          "Corpus: directories of .txt/.html files, .txt, .html or .jsonl files, or - for stdin")
      ->required();
  command.add_flag("--keep-going", keep_going, "Skip malformed JSONL lines (and say so) instead of stopping");
  command.add_flag("--allow-empty", allow_empty,
                   "Succeed even if no article was read (by default that is an error, exit 1)");
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
