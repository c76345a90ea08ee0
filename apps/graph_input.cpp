#include "graph_input.hpp"

#include <cstdlib>
#include <filesystem>

#include <unistd.h>

#include <spdlog/spdlog.h>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/pipeline.hpp"

namespace actorgraph::cli {

namespace {

bool is_graph_json(const std::string& path) {
  if (path == "-") return false;
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension == ".json" && !std::filesystem::is_directory(path);
}

}  // namespace

void GraphInput::add_to(CLI::App& command) {
  command
      .add_option(
          "graph", path,
          "Graph JSON written by build, or a corpus to build first (directory, .txt, .jsonl, -)")
      ->required();
  lexicon.add_to(command);
  command.add_flag("--keep-going", keep_going,
                   "When building: skip malformed JSONL lines instead of stopping");
  command.add_option(
      "--encoding", encoding,
      "When building: character encoding of the corpus (default UTF-8, others detected)");
}

KnowledgeGraph GraphInput::load() const {
  if (is_graph_json(path)) return read_json_file(path);
  Pipeline pipeline(lexicon.load());
  ReadOptions options;
  options.keep_going = keep_going;
  options.encoding = encoding;
  CorpusReader reader({std::filesystem::path(path)}, options);
  KnowledgeGraph graph = pipeline.build(reader);
  const auto& stats = reader.stats();  // its warnings were logged as they were read
  require_articles(stats, {path}, false);
  spdlog::debug("built the graph of {} document(s): {} node(s), {} edge(s)", stats.documents,
                graph.entity_count(), graph.relation_count());
  return graph;
}

std::set<std::string> check_relations(const KnowledgeGraph& graph,
                                      const std::vector<std::string>& types) {
  const auto present = relation_types(graph);
  std::set<std::string> known = present;
  for (const auto& def : Lexicon::builtin().relations()) known.insert(def.type);
  std::set<std::string> out;
  for (const auto& type : types) {
    if (!known.contains(type)) {
      // Closest known types, nearest first.
      std::vector<std::pair<std::size_t, std::string>> ranked;
      for (const auto& k : known) ranked.emplace_back(edit_distance(type, k), k);
      std::sort(ranked.begin(), ranked.end());
      std::vector<std::string> suggestions;
      for (const auto& [distance, k] : ranked)
        if (distance <= std::max<std::size_t>(2, type.size() / 3) && suggestions.size() < 3)
          suggestions.push_back(k);
      throw UnknownName("relation", type, suggestions);
    }
    out.insert(type);
  }
  return out;
}

bool colour_terminal(std::FILE* stream) {
  const char* no_colour = std::getenv("NO_COLOR");
  return ::isatty(::fileno(stream)) != 0 && !(no_colour && *no_colour);
}

void JsonOutput::print() {
  std::fwrite(buffer_.GetString(), 1, buffer_.GetSize(), stdout);
  std::fputc('\n', stdout);
}

void write_evidence_json(JsonOutput& json, const Evidence& evidence) {
  json.w().StartObject();
  json.field("document", evidence.document);
  json.field("sentence", evidence.sentence);
  json.field("start", evidence.start);
  json.field("end", evidence.end);
  json.field("date", evidence.date);
  json.field("rule", evidence.rule);
  json.field("confidence", evidence.confidence);
  json.field("text", evidence.text);
  json.w().EndObject();
}

void write_relation_json(JsonOutput& json, const KnowledgeGraph& graph, const Relation& relation,
                         const std::vector<const Evidence*>& evidence, bool with_evidence) {
  auto label = [&](const std::string& id) {
    const Entity* e = graph.find_entity(id);
    return e ? e->label : id;
  };
  std::set<std::string> dates, documents;
  for (const Evidence* e : evidence) {
    if (!e->date.empty()) dates.insert(e->date);
    documents.insert(e->document);
  }
  json.w().StartObject();
  json.field("source", relation.source);
  json.field("source_label", label(relation.source));
  json.field("relation", relation.type);
  json.field("target", relation.target);
  json.field("target_label", label(relation.target));
  json.field("weight", relation.weight());
  json.field("confidence", relation.confidence());
  json.field("evidence_count", evidence.size());
  json.key("dates");
  json.w().StartArray();
  for (const auto& d : dates) json.string(d);
  json.w().EndArray();
  json.key("documents");
  json.w().StartArray();
  for (const auto& d : documents) json.string(d);
  json.w().EndArray();
  if (with_evidence) {
    json.key("evidence");
    json.w().StartArray();
    for (const Evidence* e : evidence) write_evidence_json(json, *e);
    json.w().EndArray();
  }
  json.w().EndObject();
}

std::string format_number(double value, int precision) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", precision, value);
  return buffer;
}

}  // namespace actorgraph::cli
