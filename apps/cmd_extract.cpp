// actorgraph extract PATH... [-o FILE|-]: the map step, one partial graph per document.
#include <iostream>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
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
  std::string shard;  // "K/N", empty for all documents
};

/// "K/N" with 0 <= K < N: shard K of N.
std::pair<std::size_t, std::size_t> parse_shard(const std::string& text) {
  const auto slash = text.find('/');
  std::size_t index = 0;
  std::size_t count = 0;
  std::size_t used = 0;
  try {
    if (slash == std::string::npos || slash == 0 || slash + 1 == text.size()) throw std::invalid_argument(text);
    if (text[0] == '-' || text[slash + 1] == '-') throw std::invalid_argument(text);
    index = std::stoul(text.substr(0, slash), &used);
    if (used != slash) throw std::invalid_argument(text);
    count = std::stoul(text.substr(slash + 1), &used);
    if (used != text.size() - slash - 1) throw std::invalid_argument(text);
  } catch (const std::logic_error&) {
    throw UsageError("--shard: expected K/N with 0 <= K < N (e.g. 0/4), got '" + text + "'");
  }
  if (count == 0 || index >= count)
    throw UsageError("--shard: expected K/N with 0 <= K < N (e.g. 0/4), got '" + text + "'");
  return {index, count};
}

int run_extract(const ExtractArgs& args) {
  Pipeline pipeline(args.lexicon.load());
  std::vector<std::filesystem::path> inputs(args.reading.inputs.begin(), args.reading.inputs.end());
  ReadOptions read_options = args.reading.read_options();
  if (!args.shard.empty()) std::tie(read_options.shard_index, read_options.shard_count) = parse_shard(args.shard);
  CorpusReader reader(inputs, read_options);
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
    args.reading.check(reader.stats());  // before commit: no file replaced by an empty one
    file.commit();
    spdlog::info("wrote {} (partial graphs, JSONL)", path.string());
  }
  for (const auto& skipped : reader.stats().skipped) spdlog::info("skipped {}: {}", skipped.origin, skipped.reason);
  args.reading.check(reader.stats());
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
  cmd->add_option("--shard", args->shard,
                  "K/N: only documents K, K+N, K+2N, ... of the corpus (0-based, in reading order); "
                  "the N shards together are the whole corpus, with the same document ids");
  args->lexicon.add_to(*cmd);
  cmd->footer(
      "Lines come in document order; merge them with `actorgraph merge`.\n"
      "Example: actorgraph extract - < shard-00.jsonl > parts-00.jsonl");
  return [args] { return run_extract(*args); };
}

}  // namespace actorgraph::cli
