// Throughput benchmark: end to end and stage by stage, against `wc -w`.
//
//   bench_actorgraph [--corpus DIR] [--work DIR] [--sizes 10,100] [--jobs N]
//
// For each size S it writes WORK/corpus-SMB.jsonl by replicating every article
// under --corpus with distinct ids (r17/<id>), then reports:
//  - the time of `wc -w` on that file (the scan limit: reading and splitting
//    words is the least any tool must do);
//  - each stage on one thread (read, clean, segment, tag, recognise, resolve,
//    extract, aggregate), calling the stage functions directly as
//    Pipeline::analyze does, so the slowest stage is visible;
//  - Pipeline::build end to end with 1 and N workers, each in a child process
//    so that its peak RSS (getrusage) is its own: MB/s, MB/s per core,
//    words/s and sentences/s per core, and the ratio to `wc -w`.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sys/resource.h>
#include <sys/utsname.h>

#include "text/cleaner.hpp"
#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/knowledge_graph.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/pipeline.hpp"
#include "text/segmenter.hpp"
#include "syntax/tagger.hpp"
#include "bench_stages.hpp"

namespace fs = std::filesystem;
using namespace actorgraph;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // kilobytes on Linux
}

std::string json_string(std::string_view s) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  return buffer.GetString();
}

// Replicates the sample articles until the file holds `megabytes` MB; one pass
// over the corpus at a time, so memory holds only the originals.
void generate(const fs::path& corpus, const fs::path& out_path, std::size_t megabytes) {
  const auto documents = read_corpus({corpus});
  if (documents.empty()) throw std::runtime_error("no articles under " + corpus.string());
  const std::uintmax_t target = static_cast<std::uintmax_t>(megabytes) * 1000 * 1000;
  const fs::path partial = out_path.string() + ".part";
  {
    std::ofstream out(partial, std::ios::binary);
    std::uintmax_t written = 0;
    for (std::size_t round = 0; written < target; ++round) {
      for (const auto& d : documents) {
        std::string line = "{\"id\":" + json_string("r" + std::to_string(round) + "/" + d.id) +
                           ",\"title\":" + json_string(d.title) + ",\"text\":" + json_string(d.text);
        if (!d.date.empty()) line += ",\"date\":" + json_string(d.date);
        if (!d.source.empty()) line += ",\"source\":" + json_string(d.source);
        line += "}\n";
        out << line;
        written += line.size();
        if (written >= target) break;
      }
    }
    if (!out.flush()) throw std::runtime_error("cannot write " + partial.string());
  }
  fs::rename(partial, out_path);
}

struct WcResult {
  double seconds = 0;
  std::uint64_t words = 0;
};

WcResult time_wc(const fs::path& file) {
  WcResult result;
  // Twice: the first run also warms the page cache for everything that follows.
  for (int run = 0; run < 2; ++run) {
    const auto start = Clock::now();
    std::string command = "wc -w < '" + file.string() + "'";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run wc");
    unsigned long long words = 0;
    if (std::fscanf(pipe, "%llu", &words) != 1) words = 0;
    ::pclose(pipe);
    result.seconds = since(start);
    result.words = words;
  }
  return result;
}

struct EndToEnd {
  double seconds = 0;
  std::size_t documents = 0;
  long rss_kb = 0;
  std::size_t nodes = 0;
  std::size_t edges = 0;
};

// The child side of an end-to-end run: one Pipeline::build, as the CLI does it.
int run_child(const fs::path& file, std::size_t jobs) {
  Pipeline pipeline(Lexicon::builtin(), PipelineOptions{jobs, {}});
  const auto start = Clock::now();
  CorpusReader reader({file});
  KnowledgeGraph graph = pipeline.build(reader);
  const double seconds = since(start);
  std::printf("%.6f %zu %ld %zu %zu\n", seconds, reader.stats().documents, peak_rss_kb(),
              graph.entity_count(), graph.relation_count());
  return 0;
}

EndToEnd end_to_end(const fs::path& file, std::size_t jobs) {
  // popen runs a shell, whose /proc/self/exe is the shell: resolve ours first.
  const std::string self = fs::read_symlink("/proc/self/exe").string();
  std::string command =
      "'" + self + "' --child '" + file.string() + "' " + std::to_string(jobs);
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot start the child run");
  EndToEnd result;
  if (std::fscanf(pipe, "%lf %zu %ld %zu %zu", &result.seconds, &result.documents, &result.rss_kb,
                  &result.nodes, &result.edges) != 5) {
    ::pclose(pipe);
    throw std::runtime_error("the child run failed");
  }
  ::pclose(pipe);
  return result;
}

std::string machine() {
  std::string cpu = "unknown CPU";
  std::ifstream info("/proc/cpuinfo");
  for (std::string line; std::getline(info, line);) {
    if (line.rfind("model name", 0) == 0) {
      cpu = line.substr(line.find(':') + 2);
      break;
    }
  }
  utsname u{};
  ::uname(&u);
  return cpu + ", " + std::to_string(std::thread::hardware_concurrency()) + " cores, " +
         u.sysname + " " + u.release;
}

void report(const fs::path& file, std::size_t jobs) {
  const double mb = static_cast<double>(fs::file_size(file)) / 1e6;
  std::printf("\n## %s (%.1f MB)\n\n", file.filename().c_str(), mb);

  const WcResult wc = time_wc(file);
  std::printf("`wc -w`: %.3f s, %.1f MB/s, %llu words\n\n", wc.seconds, mb / wc.seconds,
              static_cast<unsigned long long>(wc.words));

  const bench::StageTimes stages = bench::time_stages(file);
  std::printf("Stages on one thread (%zu documents, %zu sentences, %zu tokens):\n\n",
              stages.documents, stages.sentences, stages.tokens);
  std::printf("| stage | seconds | MB/s | share |\n|---|---:|---:|---:|\n");
  double total = 0;
  for (const auto& [name, seconds] : stages.seconds) total += seconds;
  for (const auto& [name, seconds] : stages.seconds) {
    std::printf("| %s | %.3f | %.1f | %.0f%% |\n", name.c_str(), seconds,
                seconds > 0 ? mb / seconds : 0.0, total > 0 ? 100 * seconds / total : 0.0);
  }
  std::printf("| **sum** | %.3f | %.1f | |\n\n", total, mb / total);
  std::printf("Parsed: %zu of %zu sentences (%zu of %zu tokens).\n\n", stages.parsed_sentences,
              stages.sentences, stages.parsed_tokens, stages.tokens);

  std::printf("End to end (Pipeline::build, child process):\n\n");
  std::printf(
      "| jobs | seconds | MB/s | MB/s per core | words/s per core | sentences/s per core | "
      "x wc -w | peak RSS MB | nodes | edges |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  std::vector<std::size_t> job_counts = {1};
  if (jobs > 1) job_counts.push_back(jobs);
  std::vector<double> seconds;
  for (std::size_t j : job_counts) {
    const EndToEnd run = end_to_end(file, j);
    seconds.push_back(run.seconds);
    const double cores = static_cast<double>(j);
    std::printf("| %zu | %.3f | %.1f | %.1f | %.0f | %.0f | %.1f | %.0f | %zu | %zu |\n", j,
                run.seconds, mb / run.seconds, mb / run.seconds / cores,
                static_cast<double>(wc.words) / run.seconds / cores,
                static_cast<double>(stages.sentences) / run.seconds / cores,
                run.seconds / wc.seconds, static_cast<double>(run.rss_kb) / 1024.0, run.nodes,
                run.edges);
  }
  if (seconds.size() == 2 && seconds[1] > 0)
    std::printf("\n%zu jobs: %.2fx the speed of 1 job.\n", job_counts[1], seconds[0] / seconds[1]);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 3 && args[0] == "--child") return run_child(args[1], std::stoul(args[2]));
    fs::path corpus = fs::path(ACTORGRAPH_SOURCE_DIR) / "corpus";
    fs::path work = "bench-data";
    std::vector<std::size_t> sizes = {10, 100};
    std::size_t jobs = std::max(1u, std::thread::hardware_concurrency());
    for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
      if (args[i] == "--corpus") corpus = args[i + 1];
      else if (args[i] == "--work") work = args[i + 1];
      else if (args[i] == "--jobs") jobs = std::stoul(args[i + 1]);
      else if (args[i] == "--sizes") {
        sizes.clear();
        std::istringstream list(args[i + 1]);
        for (std::string item; std::getline(list, item, ',');) sizes.push_back(std::stoul(item));
      } else {
        throw std::runtime_error("unknown option " + args[i]);
      }
    }
    if (args.size() % 2 != 0) throw std::runtime_error("usage: bench_actorgraph [--corpus DIR] [--work DIR] [--sizes 10,100] [--jobs N]");
    fs::create_directories(work);
    std::printf("# actorgraph benchmark\n\nMachine: %s\n", machine().c_str());
    for (std::size_t size : sizes) {
      const fs::path file = work / ("corpus-" + std::to_string(size) + "mb.jsonl");
      if (!fs::exists(file)) generate(corpus, file, size);
      report(file, jobs);
    }
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_actorgraph: %s\n", e.what());
    return 1;
  }
}
