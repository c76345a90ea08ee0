// actorgraph path GRAPH A B [--weighted]: the shortest chain of relations, with evidence.
#include <memory>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "commands.hpp"
#include "graph_input.hpp"
#include "table.hpp"

namespace actorgraph::cli {

namespace {

struct PathArgs {
  GraphInput input;
  std::string from, to;
  std::vector<std::string> relations;
  bool weighted = false;
  bool json = false;
};

int run_path(const PathArgs& args) {
  const KnowledgeGraph graph = args.input.load();
  const NameIndex names(graph);
  const std::string from = names.require(args.from);
  const std::string to = names.require(args.to);
  PathOptions options;
  options.weighted = args.weighted;
  options.relations = check_relations(graph, args.relations);
  const auto path = shortest_path(graph, from, to, options);
  if (!path) spdlog::info("no chain of relations links '{}' and '{}'", from, to);

  if (args.json) {
    JsonOutput json;
    json.w().StartObject();
    json.field("from", from);
    json.field("to", to);
    json.key("found");
    json.w().Bool(path.has_value());
    if (path) {
      json.field("cost", path->cost);
      json.key("nodes");
      json.w().StartArray();
      for (const auto& id : path->nodes) json.string(id);
      json.w().EndArray();
      json.key("hops");
      json.w().StartArray();
      for (const auto& hop : path->hops) {
        json.w().StartObject();
        json.field("from", hop.from);
        json.field("to", hop.to);
        json.field("source", hop.relation->source);
        json.field("relation", hop.relation->type);
        json.field("target", hop.relation->target);
        json.field("weight", hop.relation->weight());
        json.key("evidence");
        if (hop.evidence)
          write_evidence_json(json, *hop.evidence);
        else
          json.w().Null();
        json.w().EndObject();
      }
      json.w().EndArray();
    }
    json.w().EndObject();
    json.print();
    return kExitOk;
  }
  Table table({"step", "source", "relation", "target", "weight", "document", "date", "evidence"});
  if (path) {
    for (std::size_t i = 0; i < path->hops.size(); ++i) {
      const auto& hop = path->hops[i];
      const Evidence* e = hop.evidence;
      table.add({std::to_string(i + 1), hop.relation->source, hop.relation->type,
                 hop.relation->target, std::to_string(hop.relation->weight()), e ? e->document : "",
                 e ? e->date : "", e ? e->text : ""});
    }
  }
  table.print();
  return kExitOk;
}

}  // namespace

Command add_path_command(CLI::App& app) {
  auto args = std::make_shared<PathArgs>();
  auto* cmd = app.add_subcommand(
      "path", "The shortest chain of relations between two actors, each with evidence");
  args->input.add_to(*cmd);
  cmd->add_option("from", args->from, "First actor (id, name or alias)")->required();
  cmd->add_option("to", args->to, "Second actor (id, name or alias)")->required();
  cmd->add_flag("-w,--weighted", args->weighted,
                "Prefer well-attested links (cost 1/evidence count) over the fewest hops");
  cmd->add_option("-r,--relation", args->relations,
                  "Only follow these relation types (repeatable)");
  cmd->add_flag("--json", args->json, "JSON instead of a table");
  cmd->footer("Example: actorgraph path out/astana.json Iran 'Syrian opposition'");
  return [args] { return run_path(*args); };
}

}  // namespace actorgraph::cli
