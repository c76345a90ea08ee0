// actorgraph stats GRAPH.json
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "actorgraph/graph_format.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "table.hpp"

namespace actorgraph::cli {

namespace {

struct StatsArgs {
  std::string input;
  std::size_t top = 10;
};

int run_stats(const StatsArgs& args) {
  const KnowledgeGraph graph = read_json_file(args.input);
  std::map<std::string, std::size_t> by_type;
  for (const auto* entity : graph.entities()) ++by_type[std::string(to_string(entity->type))];
  std::map<std::string, std::size_t> by_relation;
  std::map<std::string, std::size_t> degree;
  for (const auto* relation : graph.relations()) {
    ++by_relation[relation->type];
    ++degree[relation->source];
    ++degree[relation->target];
  }

  Table summary({"what", "name", "count"});
  summary.add({"nodes", "all", std::to_string(graph.entity_count())});
  for (const auto& [type, count] : by_type) summary.add({"nodes", type, std::to_string(count)});
  summary.add({"edges", "all", std::to_string(graph.relation_count())});
  for (const auto& [type, count] : by_relation) summary.add({"edges", type, std::to_string(count)});
  summary.print();

  std::vector<const Entity*> ranked = graph.entities();
  std::stable_sort(ranked.begin(), ranked.end(), [&](const Entity* a, const Entity* b) {
    return degree[a->id] > degree[b->id];
  });
  ranked.resize(std::min(ranked.size(), args.top));
  std::fputc('\n', stdout);
  Table top({"id", "label", "type", "degree", "mentions"});
  for (const auto* entity : ranked) {
    top.add({entity->id, entity->label, std::string(to_string(entity->type)),
             std::to_string(degree[entity->id]), std::to_string(entity->mentions)});
  }
  top.print();
  return kExitOk;
}

}  // namespace

Command add_stats_command(CLI::App& app) {
  auto args = std::make_shared<StatsArgs>();
  auto* cmd = app.add_subcommand("stats", "Counts by node type and relation, and the best-connected actors");
  cmd->add_option("graph", args->input, "Graph JSON file written by build")->required();
  cmd->add_option("--top", args->top, "How many actors to rank")->capture_default_str();
  cmd->footer("Example: actorgraph stats out/astana.json");
  return [args] { return run_stats(*args); };
}

}  // namespace actorgraph::cli
