// actorgraph extract PATH... [-o FILE|-]: the map step, one partial graph per document.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/error.hpp"
#include "actorgraph/partial_graphs.hpp"
#include "actorgraph/pipeline.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "progress.hpp"
#include "streaming_output.hpp"

namespace actorgraph::cli {

namespace {

struct ExtractArgs {
  ReadingOptions reading;
  LexiconOptions lexicon;
  std::string output = "-";
  std::size_t jobs = 0;
};

int run_extract(const ExtractArgs& args) {
  Pipeline pipeline(args.lexicon.load());
  std::vector<std::filesystem::path> inputs(args.reading.inputs.begin(), args.reading.inputs.end());
  CorpusReader reader(inputs, args.reading.read_options());
  const auto progress = terminal_progress(corpus_size_bytes(args.reading.inputs));
  std::size_t documents = 0;
  if (args.output == "-") {
    // A mapper's output is a pipe: no atomic rename, the framework discards
    // the output of a task that exits non-zero.
    std::ios::sync_with_stdio(false);
    documents = extract_partial_graphs(pipeline, reader, std::cout, args.jobs, progress);
  } else {
    std::filesystem::path path(args.output);
    if (const auto parent = path.parent_path(); !parent.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(parent, ec);
      if (ec) throw IoError("cannot create folder '" + parent.string() + "': " + ec.message());
    }
    StreamingOutputFile file(path);
    documents = extract_partial_graphs(pipeline, reader, file.stream(), args.jobs, progress);
    file.commit();
    spdlog::info("wrote {} (partial graphs, JSONL)", path.string());
  }
  for (const auto& warning : reader.stats().warnings) spdlog::warn("{}: {}", warning.origin, warning.message);
  for (const auto& skipped : reader.stats().skipped) spdlog::info("skipped {}: {}", skipped.origin, skipped.reason);
  spdlog::info("extracted {} partial graph(s)", documents);
  return kExitOk;
}

}  // namespace

Command add_extract_command(CLI::App& app) {
  auto args = std::make_shared<ExtractArgs>();
  auto* cmd = app.add_subcommand(
      "extract", "Write one partial graph per document as JSONL (the map step of a cluster run)");
  args->reading.add_to(*cmd);
  cmd->add_option("-o,--output", args->output, "Output JSONL file, or - for standard output (default)");
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (0 = all cores)");
  args->lexicon.add_to(*cmd);
  cmd->footer(
      "Lines come in document order; merge them with `actorgraph merge`.\n"
      "Example: actorgraph extract - < shard-00.jsonl > parts-00.jsonl");
  return [args] { return run_extract(*args); };
}

}  // namespace actorgraph::cli
