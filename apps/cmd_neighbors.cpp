// actorgraph neighbors GRAPH ACTOR [--depth N] [--relation R] [-o FILE]: the ego network.
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "graph_input.hpp"
#include "table.hpp"

namespace actorgraph::cli {

namespace {

struct NeighborsArgs {
  GraphInput input;
  std::string actor;
  std::size_t depth = 1;
  std::vector<std::string> relations;
  std::vector<std::string> outputs;
  std::string format;
  bool edges = false;
  bool json = false;
  FilterOptions filters;  // --min-confidence and --max-evidence on what -o writes
};

int run_neighbors(const NeighborsArgs& args) {
  const auto outputs = resolve_outputs(args.outputs, args.format);
  // Standard output carries one thing: the ego graph (-o -) or the listing.
  const bool graph_on_stdout = writes_standard_output(outputs);
  if (graph_on_stdout && (args.json || args.edges))
    throw UsageError(std::string("-o - writes the ego network to standard output; ") +
                     (args.json ? "--json" : "--edges") +
                     " would print there too: write the graph to a file");
  const KnowledgeGraph graph = args.input.load();
  const std::string center = NameIndex(graph).require(args.actor);
  const auto relations = check_relations(graph, args.relations);
  const auto distances = hop_distances(graph, center, args.depth, relations);
  const KnowledgeGraph ego = ego_network(graph, center, args.depth, relations);
  write_outputs(args.filters.apply(ego), outputs);
  if (graph_on_stdout) return kExitOk;

  // Degree within the ego network: how tied each actor is to the rest of it.
  std::map<std::string, std::size_t> degree;
  for (const Relation* r : ego.relations()) {
    ++degree[r->source];
    ++degree[r->target];
  }
  if (args.json) {
    JsonOutput json;
    json.w().StartObject();
    json.field("center", center);
    json.field("depth", args.depth);
    json.key("nodes");
    json.w().StartArray();
    for (const Entity* e : ego.entities()) {
      json.w().StartObject();
      json.field("id", e->id);
      json.field("label", e->label);
      json.field("type", to_string(e->type));
      json.field("distance", distances.at(e->id));
      json.field("degree", degree[e->id]);
      json.w().EndObject();
    }
    json.w().EndArray();
    json.key("edges");
    json.w().StartArray();
    for (const Relation* r : ego.relations()) {
      std::vector<const Evidence*> evidence;
      for (const Evidence& e : r->evidence) evidence.push_back(&e);
      write_relation_json(json, ego, *r, evidence, false);
    }
    json.w().EndArray();
    json.w().EndObject();
    json.print();
    return kExitOk;
  }
  if (args.edges) {
    Table table({"source", "relation", "target", "weight", "confidence"});
    for (const Relation* r : ego.relations())
      table.add({r->source, r->type, r->target, std::to_string(r->weight()),
                 format_number(r->confidence(), 3)});
    table.print();
    return kExitOk;
  }
  // Nearest first, then by id, so the centre heads the list.
  std::vector<const Entity*> nodes = ego.entities();
  std::stable_sort(nodes.begin(), nodes.end(), [&](const Entity* a, const Entity* b) {
    return distances.at(a->id) < distances.at(b->id);
  });
  Table table({"id", "label", "type", "distance", "degree", "mentions"});
  for (const Entity* e : nodes)
    table.add({e->id, e->label, std::string(to_string(e->type)),
               std::to_string(distances.at(e->id)), std::to_string(degree[e->id]),
               std::to_string(e->mentions)});
  table.print();
  return kExitOk;
}

}  // namespace

Command add_neighbors_command(CLI::App& app) {
  auto args = std::make_shared<NeighborsArgs>();
  auto* cmd =
      app.add_subcommand("neighbors", "The ego network of an actor: everyone within N hops");
  args->input.add_to(*cmd);
  cmd->add_option("actor", args->actor, "The actor at the centre (id, name or alias)")->required();
  cmd->add_option("-d,--depth", args->depth, "How many hops to go out")->capture_default_str();
  cmd->add_option("-r,--relation", args->relations,
                  "Only follow these relation types (repeatable)");
  cmd->add_option(
      "-o,--output", args->outputs,
      "Also write the ego network to this file (repeatable): .json .graphml .gexf .dot .csv; "
      "- writes it to standard output instead of the table");
  cmd->add_option("--format", args->format,
                  "Force the output format: json, graphml, gexf, dot, csv");
  args->filters.add_to(*cmd, false);
  cmd->add_flag("--edges", args->edges, "List the edges of the ego network instead of its actors");
  cmd->add_flag("--json", args->json,
                "JSON (nodes with their distance, and edges) instead of a table");
  cmd->footer("Example: actorgraph neighbors out/astana.json Russia --depth 2 -o russia.dot");
  return [args] { return run_neighbors(*args); };
}

}  // namespace actorgraph::cli
