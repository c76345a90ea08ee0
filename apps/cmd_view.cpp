// actorgraph view GRAPH -o page.html: the graph and its evidence in one HTML page.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include <rapidjson/document.h>
#include <spdlog/spdlog.h>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/error.hpp"
#include "commands.hpp"
#include "graph_input.hpp"
#include "streaming_output.hpp"
#include "view_page.hpp"

namespace actorgraph::cli {

namespace {

struct ViewArgs {
  GraphInput input;
  std::string output;
  std::string title;
  ViewOptions options;
};

std::string member(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return {};
  const auto it = object.FindMember(name);
  return it != object.MemberEnd() && it->value.IsString() ? it->value.GetString() : std::string();
}

/// Titles and addresses of the documents, when known: the graph JSON's
/// "documents" table (a list of {id, title, url, ...} or an object by id), or
/// the corpus itself when the graph is built on the fly.
std::map<std::string, DocumentInfo> document_infos(const GraphInput& input) {
  std::map<std::string, DocumentInfo> out;
  const std::filesystem::path path(input.path);
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (input.path != "-" && extension == ".json" && !std::filesystem::is_directory(path)) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    rapidjson::Document json;
    json.Parse(text.str().c_str());
    if (json.HasParseError() || !json.IsObject() || !json.HasMember("documents")) return out;
    const auto& documents = json["documents"];
    if (documents.IsArray()) {
      for (const auto& d : documents.GetArray())
        if (const std::string id = member(d, "id"); !id.empty())
          out[id] = {member(d, "title"), member(d, "url")};
    } else if (documents.IsObject()) {
      for (const auto& d : documents.GetObject())
        out[d.name.GetString()] = {member(d.value, "title"), member(d.value, "url")};
    }
    return out;
  }
  if (input.path == "-") return out;  // standard input was read once, by load()
  // A corpus: read again for the metadata only (its warnings were already logged).
  const auto level = spdlog::get_level();
  spdlog::set_level(spdlog::level::err);
  try {
    ReadOptions options;
    options.keep_going = input.keep_going;
    options.encoding = input.encoding;
    CorpusReader reader({path}, options);
    while (auto doc = reader.next()) out[doc->id] = {doc->title, doc->url};
  } catch (const Error&) {
    spdlog::set_level(level);
    throw;
  }
  spdlog::set_level(level);
  return out;
}

int run_view(const ViewArgs& args) {
  const KnowledgeGraph graph = args.input.load();
  ViewOptions options = args.options;
  options.title = !args.title.empty() ? args.title
                  : graph.attributes.count("name")
                      ? graph.attributes.at("name")
                      : std::filesystem::path(args.input.path).filename().string();
  const std::string page = render_view_page(graph, document_infos(args.input), options);
  if (args.output == "-") {
    std::cout << page;
    std::cout.flush();
    if (!std::cout) throw IoError("cannot write standard output");
  } else {
    StreamingOutputFile file(args.output);  // atomic: the old page or the whole new one
    file.stream() << page;
    file.commit();
    spdlog::info("wrote {} (viewer page: {} nodes, {} edges)", args.output, graph.entity_count(),
                 graph.relation_count());
  }
  return kExitOk;
}

}  // namespace

Command add_view_command(CLI::App& app) {
  auto args = std::make_shared<ViewArgs>();
  auto* cmd = app.add_subcommand(
      "view", "One self-contained HTML page: the graph drawn, filters, evidence on click");
  args->input.add_to(*cmd);
  cmd->add_option("-o,--output", args->output, "Page to write (.html), or - for standard output")
      ->required();
  cmd->add_option("--title", args->title,
                  "Page title (default: the graph's name or the file name)");
  cmd->add_option("--max-evidence", args->options.max_evidence,
                  "Evidence sentences per edge kept in the page (0 = all)")
      ->capture_default_str();
  cmd->add_option("--iterations", args->options.iterations,
                  "Steps of the Fruchterman-Reingold layout")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->footer("Example: actorgraph view out/astana.json -o astana.html");
  return [args] { return run_view(*args); };
}

}  // namespace actorgraph::cli
