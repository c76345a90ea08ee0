// actorgraph stats GRAPH: counts, the best-connected actors and their
// centrality, and the connected components.
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "actorgraph/graph_query.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "graph_input.hpp"
#include "table.hpp"

namespace actorgraph::cli {

namespace {

struct StatsArgs {
  GraphInput input;
  std::size_t top = 10;
  std::string by = "degree";
  bool json = false;
};

int run_stats(const StatsArgs& args) {
  const KnowledgeGraph graph = args.input.load();
  std::map<std::string, std::size_t> by_type;
  for (const auto* entity : graph.entities()) ++by_type[std::string(to_string(entity->type))];
  std::map<std::string, std::size_t> by_relation;
  for (const auto* relation : graph.relations()) ++by_relation[relation->type];
  const Centrality centrality = compute_centrality(graph);

  // Ranked by the chosen figure, ties by degree then id (actors are in id order).
  std::vector<const ActorCentrality*> ranked;
  for (const auto& actor : centrality.actors) ranked.push_back(&actor);
  auto key = [&](const ActorCentrality* a) {
    if (args.by == "pagerank") return a->pagerank;
    if (args.by == "betweenness") return a->betweenness;
    return static_cast<double>(a->degree);
  };
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](const ActorCentrality* a, const ActorCentrality* b) {
                     if (key(a) != key(b)) return key(a) > key(b);
                     return a->degree > b->degree;
                   });
  ranked.resize(std::min(ranked.size(), args.top));

  if (args.json) {
    JsonOutput json;
    json.w().StartObject();
    json.key("nodes");
    json.w().StartObject();
    json.field("all", graph.entity_count());
    for (const auto& [type, count] : by_type) json.field(type, count);
    json.w().EndObject();
    json.key("edges");
    json.w().StartObject();
    json.field("all", graph.relation_count());
    for (const auto& [type, count] : by_relation) json.field(type, count);
    json.w().EndObject();
    json.key("components");
    json.w().StartObject();
    json.field("count", centrality.component_sizes.size());
    json.key("sizes");
    json.w().StartArray();
    for (std::size_t size : centrality.component_sizes) json.w().Uint64(size);
    json.w().EndArray();
    json.w().EndObject();
    json.key("top");
    json.w().StartArray();
    for (const auto* actor : ranked) {
      const Entity* e = graph.find_entity(actor->id);
      json.w().StartObject();
      json.field("id", actor->id);
      json.field("label", e->label);
      json.field("type", to_string(e->type));
      json.field("degree", actor->degree);
      json.field("in_degree", actor->in_degree);
      json.field("out_degree", actor->out_degree);
      json.field("pagerank", actor->pagerank);
      json.field("betweenness", actor->betweenness);
      json.field("component", actor->component);
      json.field("mentions", e->mentions);
      json.w().EndObject();
    }
    json.w().EndArray();
    json.w().EndObject();
    json.print();
    return kExitOk;
  }

  Table summary({"what", "name", "count"});
  summary.add({"nodes", "all", std::to_string(graph.entity_count())});
  for (const auto& [type, count] : by_type) summary.add({"nodes", type, std::to_string(count)});
  summary.add({"edges", "all", std::to_string(graph.relation_count())});
  for (const auto& [type, count] : by_relation) summary.add({"edges", type, std::to_string(count)});
  summary.add({"components", "all", std::to_string(centrality.component_sizes.size())});
  if (!centrality.component_sizes.empty())
    summary.add({"components", "largest", std::to_string(centrality.component_sizes.front())});
  const auto isolated =
      std::count(centrality.component_sizes.begin(), centrality.component_sizes.end(), 1u);
  summary.add({"components", "isolated_nodes", std::to_string(isolated)});
  summary.print();

  std::fputc('\n', stdout);
  Table top({"id", "label", "type", "degree", "in", "out", "pagerank", "betweenness", "component",
             "mentions"});
  for (const auto* actor : ranked) {
    const Entity* e = graph.find_entity(actor->id);
    top.add({actor->id, e->label, std::string(to_string(e->type)), std::to_string(actor->degree),
             std::to_string(actor->in_degree), std::to_string(actor->out_degree),
             format_number(actor->pagerank), format_number(actor->betweenness),
             std::to_string(actor->component), std::to_string(e->mentions)});
  }
  top.print();
  return kExitOk;
}

}  // namespace

Command add_stats_command(CLI::App& app) {
  auto args = std::make_shared<StatsArgs>();
  auto* cmd = app.add_subcommand("stats",
                                 "Counts by node type and relation, top actors by degree, PageRank "
                                 "and betweenness, components");
  args->input.add_to(*cmd);
  cmd->add_option("--top", args->top, "How many actors to rank")->capture_default_str();
  cmd->add_option("--by", args->by, "Rank actors by: degree, pagerank or betweenness")
      ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}))
      ->capture_default_str();
  cmd->add_flag("--json", args->json, "JSON instead of tables");
  cmd->footer("Example: actorgraph stats out/astana.json --by pagerank");
  return [args] { return run_stats(*args); };
}

}  // namespace actorgraph::cli
