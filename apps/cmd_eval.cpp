// actorgraph eval --gold GOLD.json GRAPH.json|CORPUS...
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/evaluation.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/pipeline.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "table.hpp"

namespace actorgraph::cli {

namespace {

// A threshold left at its default (negative) is not checked.
struct Thresholds {
  double actor_precision = -1, actor_recall = -1, actor_f1 = -1;
  double event_precision = -1, event_recall = -1, event_f1 = -1;
  double edge_precision = -1, edge_recall = -1, edge_f1 = -1;
};

struct EvalArgs {
  std::string gold;
  ReadingOptions reading;
  LexiconOptions lexicon;
  std::size_t jobs = 0;
  bool json = false;
  Thresholds min;
};

// A single .json input is a graph written by `build`; anything else is a corpus.
bool is_graph_file(const std::vector<std::string>& inputs) {
  if (inputs.size() != 1 || inputs.front() == "-") return false;
  const std::filesystem::path path(inputs.front());
  std::error_code ec;
  return path.extension() == ".json" && !std::filesystem::is_directory(path, ec);
}

KnowledgeGraph load_or_build(const EvalArgs& args) {
  if (is_graph_file(args.reading.inputs)) return read_json_file(args.reading.inputs.front());
  Pipeline pipeline(args.lexicon.load(), PipelineOptions{args.jobs, {}});
  std::vector<std::filesystem::path> inputs(args.reading.inputs.begin(), args.reading.inputs.end());
  CorpusReader reader(inputs, args.reading.read_options());
  KnowledgeGraph graph = pipeline.build(reader);
  const auto& stats = reader.stats();
  args.reading.check(stats);
  spdlog::info("built the graph of {} document(s): {} node(s), {} edge(s)", stats.documents,
               graph.entity_count(), graph.relation_count());
  return graph;
}

std::string figure(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

void add_score(Table& table, const std::string& what, const std::string& relation, const Score& score,
               bool scored) {
  if (!scored) {
    table.add({what, relation, "-", "-", "-", "-", "-", "-"});
    return;
  }
  table.add({what, relation, figure(score.precision()), figure(score.recall()), figure(score.f1()),
             std::to_string(score.true_positives), std::to_string(score.false_positives),
             std::to_string(score.false_negatives)});
}

std::string gold_name(const Gold& gold, const std::string& id) {
  for (const auto& entity : gold.entities)
    if (entity.id == id) return entity.names.front();
  return id;
}

void print_report(const EvalReport& report, const Gold& gold, const KnowledgeGraph& graph) {
  Table figures({"what", "relation", "precision", "recall", "f1", "tp", "fp", "fn"});
  add_score(figures, "actors", "", report.actors.score, report.actors.scored);
  add_score(figures, "events", "", report.events.score, report.events.scored);
  add_score(figures, "edges", "all", report.edges, report.edges_scored);
  for (const auto& [relation, score] : report.edges_by_relation) add_score(figures, "edges", relation, score, true);
  figures.print();

  Table items({"section", "kind", "item", "detail"});
  auto nodes = [&](const char* section, const NodeReport& part) {
    if (!part.scored) return;
    for (const auto& id : part.misses) items.add({section, "miss", id, gold_name(gold, id)});
    for (const auto& extra : part.extras) {
      items.add({section, extra.split_of.empty() ? "extra" : "split", extra.node_id,
                 extra.label + " (" + std::string(to_string(extra.type)) + ")" +
                     (extra.split_of.empty() ? "" : ", another node for " + extra.split_of)});
    }
    for (const auto& match : part.matches) {
      if (match.node_ids.empty() || match.type_agrees) continue;
      const Entity* node = graph.find_entity(match.node_ids.front());
      std::string gold_type;
      for (const auto& entity : gold.entities)
        if (entity.id == match.gold_id) gold_type = to_string(entity.type);
      items.add({section, "type", match.node_ids.front(),
                 "is " + std::string(node ? to_string(node->type) : "?") + ", gold " + match.gold_id +
                     " is " + gold_type});
    }
  };
  nodes("actors", report.actors);
  nodes("events", report.events);
  for (const auto& merged : report.merged_nodes) {
    std::string all;
    for (const auto& id : merged.gold_ids) all += (all.empty() ? "" : ", ") + id;
    items.add({"nodes", "merged", merged.node_id, "names match " + all + "; counted for " + merged.gold_ids.front()});
  }
  if (report.edges_scored) {
    for (const auto& miss : report.edge_misses) {
      items.add({"edges", "miss", miss.source + " -" + miss.relation + "-> " + miss.target,
                 miss.document + (miss.evidence.empty() ? "" : ": " + miss.evidence)});
    }
    for (const auto& extra : report.edge_extras) {
      std::string mapped = (extra.gold_source.empty() ? "?" : extra.gold_source) + " -> " +
                           (extra.gold_target.empty() ? "?" : extra.gold_target);
      items.add({"edges", "extra", extra.source + " -" + extra.relation + "-> " + extra.target,
                 "gold " + mapped + (extra.document.empty() ? "" : "; " + extra.document + ": " + extra.evidence)});
    }
  }
  if (!items.empty()) {
    std::fputc('\n', stdout);
    items.print();
  }
}

// Each unmet threshold is one error line; the run fails if any is unmet.
bool check_thresholds(const EvalReport& report, const Thresholds& min) {
  bool ok = true;
  auto check = [&](const char* name, double minimum, double value) {
    if (minimum < 0) return;
    if (value + 1e-12 < minimum) {
      spdlog::error("{} {:.3f} is below the required {:.3f}", name, value, minimum);
      ok = false;
    }
  };
  check("actor precision", min.actor_precision, report.actors.score.precision());
  check("actor recall", min.actor_recall, report.actors.score.recall());
  check("actor F1", min.actor_f1, report.actors.score.f1());
  check("event precision", min.event_precision, report.events.score.precision());
  check("event recall", min.event_recall, report.events.score.recall());
  check("event F1", min.event_f1, report.events.score.f1());
  check("edge precision", min.edge_precision, report.edges.precision());
  check("edge recall", min.edge_recall, report.edges.recall());
  check("edge F1", min.edge_f1, report.edges.f1());
  return ok;
}

int run_eval(const EvalArgs& args) {
  const Gold gold = read_gold_file(args.gold);
  const KnowledgeGraph graph = load_or_build(args);
  const EvalReport report = evaluate(graph, gold);
  if (args.json) {
    const std::string json = to_json(report);
    std::fwrite(json.data(), 1, json.size(), stdout);
  } else {
    print_report(report, gold, graph);
  }
  std::fflush(stdout);
  return check_thresholds(report, args.min) ? kExitOk : kExitFailure;
}

}  // namespace

Command add_eval_command(CLI::App& app) {
  auto args = std::make_shared<EvalArgs>();
  auto* cmd = app.add_subcommand("eval", "Score a graph (or a corpus, built on the fly) against a gold standard");
  // No ExistingFile check: a missing gold file is a runtime error (exit 1), like a bad one.
  cmd->add_option("--gold", args->gold, "Gold JSON file (schemas/gold.schema.json)")->required();
  args->reading.add_to(*cmd);
  cmd->add_flag("--json", args->json, "Print the report as JSON instead of tables");
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads when building a corpus (0 = all cores)");
  args->lexicon.add_to(*cmd);
  auto threshold = [&](const char* flag, double& value, const char* what) {
    cmd->add_option(flag, value, std::string("Exit 1 if ") + what + " is below this (0-1)")
        ->check(CLI::Range(0.0, 1.0));
  };
  threshold("--min-actor-precision", args->min.actor_precision, "actor precision");
  threshold("--min-actor-recall", args->min.actor_recall, "actor recall");
  threshold("--min-actor-f1", args->min.actor_f1, "actor F1");
  threshold("--min-event-precision", args->min.event_precision, "event precision");
  threshold("--min-event-recall", args->min.event_recall, "event recall");
  threshold("--min-event-f1", args->min.event_f1, "event F1");
  threshold("--min-edge-precision", args->min.edge_precision, "edge precision");
  threshold("--min-edge-recall", args->min.edge_recall, "edge recall");
  threshold("--min-edge-f1", args->min.edge_f1, "edge F1");
  cmd->footer(
      "GRAPH is a graph .json written by `actorgraph build`, or a corpus (directories, .txt, .jsonl, -)\n"
      "that is built first. Scores below a --min-* threshold exit 1; otherwise low scores still exit 0.\n"
      "Example: actorgraph eval --gold corpus/astana-2017/gold.json out/astana.json");
  return [args] { return run_eval(*args); };
}

}  // namespace actorgraph::cli
