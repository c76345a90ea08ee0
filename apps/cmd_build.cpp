// actorgraph build PATH... -o FILE [-o FILE ...]
#include <memory>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/pipeline.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "progress.hpp"

namespace actorgraph::cli {

namespace {

struct BuildArgs {
  ReadingOptions reading;
  LexiconOptions lexicon;
  std::vector<std::string> outputs;
  std::string format;
  std::size_t jobs = 0;
  FilterOptions filters;
};

// Nothing is dropped silently: the summary says what was read and what was not.
void report_reading(const ReadStats& stats) {
  // The reader logged its warnings as it read (once each); the summary counts them.
  spdlog::info("read {} document(s), skipped {}, ignored {} non-article file(s)", stats.documents,
               stats.skipped.size(), stats.ignored.size());
  for (const auto& skipped : stats.skipped) spdlog::info("  skipped {}: {}", skipped.origin, skipped.reason);
}

int run_build(const BuildArgs& args) {
  const auto outputs = resolve_outputs(args.outputs, args.format);
  PipelineOptions options;
  options.jobs = args.jobs;
  options.progress = terminal_progress(corpus_size_bytes(args.reading.inputs));
  Pipeline pipeline(args.lexicon.load(), options);
  std::vector<std::filesystem::path> inputs(args.reading.inputs.begin(), args.reading.inputs.end());
  CorpusReader reader(inputs, args.reading.read_options());
  KnowledgeGraph graph = pipeline.build(reader);
  report_reading(reader.stats());
  args.reading.check(reader.stats());
  spdlog::info("graph: {} node(s), {} edge(s)", graph.entity_count(), graph.relation_count());
  write_outputs(args.filters.apply(std::move(graph)), outputs);
  return kExitOk;
}

}  // namespace

Command add_build_command(CLI::App& app) {
  auto args = std::make_shared<BuildArgs>();
  auto* cmd = app.add_subcommand("build", "Read articles and write their knowledge graph");
  args->reading.add_to(*cmd);
  cmd->add_option("-o,--output", args->outputs,
                  "Output file (repeatable); format from the extension: .json .graphml .gexf .dot "
                  ".csv; - is standard output (--format, else JSON)")
      ->required();
  cmd->add_option("--format", args->format, "Force the output format: json, graphml, gexf, dot, csv");
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (0 = all cores)");
  args->lexicon.add_to(*cmd);
  args->filters.add_to(*cmd);
  cmd->footer("Example: actorgraph build corpus/astana-2017 -o out/astana.json -o out/astana.gexf");
  return [args] { return run_build(*args); };
}

}  // namespace actorgraph::cli
