// actorgraph merge FILE... -o GRAPH: the combine/reduce step over partial graphs.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "actorgraph/error.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/partial_graphs.hpp"
#include "actorgraph/pipeline.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace actorgraph::cli {

namespace {

struct MergeArgs {
  std::vector<std::string> inputs;
  LexiconOptions lexicon;
  std::vector<std::string> outputs;
  std::string format;
  bool no_finalize = false;
  FilterOptions filters;
};

int run_merge(const MergeArgs& args) {
  const auto outputs = resolve_outputs(args.outputs, args.format);
  if (args.no_finalize && args.filters.active())
    throw UsageError(
        "filters apply to the final graph: not with --no-finalize (filter in the last merge)");
  if (std::count(args.inputs.begin(), args.inputs.end(), "-") > 1)
    throw UsageError("standard input (-) can be read only once");

  KnowledgeGraph graph;
  std::size_t graphs = 0;
  for (const auto& input : args.inputs) graphs += merge_graph_file(input, graph);
  if (!args.no_finalize) Pipeline(args.lexicon.load()).finalize(graph);
  spdlog::info("merged {} graph(s) from {} file(s): {} node(s), {} edge(s)", graphs,
               args.inputs.size(), graph.entity_count(), graph.relation_count());
  // "-o -" as JSON is one line: a valid graph JSON and a valid one-line
  // partial-graph JSONL, so a combiner's output feeds the next merge.
  write_outputs(args.filters.apply(std::move(graph)), outputs, StdoutJson::line);
  return kExitOk;
}

}  // namespace

Command add_merge_command(CLI::App& app) {
  auto args = std::make_shared<MergeArgs>();
  auto* cmd = app.add_subcommand(
      "merge", "Merge partial graphs (JSONL from extract) and graph JSON files into one graph");
  cmd->add_option("inputs", args->inputs, "Partial-graph JSONL or graph JSON files, or - for stdin")
      ->required();
  cmd->add_option("-o,--output", args->outputs,
                  "Output file (repeatable), format from the extension; - is standard output (JSON "
                  "as one line, or --format)")
      ->required();
  cmd->add_option("--format", args->format, "Force the output format: json, graphml, gexf, dot, csv");
  cmd->add_flag("--no-finalize", args->no_finalize,
                "Skip the corpus-level pass (for combiners; the final merge runs it)");
  args->lexicon.add_to(*cmd);
  args->filters.add_to(*cmd);
  cmd->footer(
      "Merging is associative and commutative: merge shards in any grouping and order.\n"
      "Example: actorgraph merge parts-*.jsonl -o astana.json -o astana.gexf");
  return [args] { return run_merge(*args); };
}

}  // namespace actorgraph::cli
