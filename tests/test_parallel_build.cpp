// Parallel streaming build: same graph for any thread count, earliest error
// wins, progress reports, no hang when workers or the reader fail.
#include <catch2/catch.hpp>

#include <atomic>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/error.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/pipeline.hpp"
#include "pipeline/parallel_build.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace actorgraph;
using actorgraph::test::TempDir;

namespace {

// Short wire-style reports about other places and people than the sample corpus.
const char* const kSentences[] = {
    "France and Germany agreed on Tuesday to send observers to Mali.",
    "The United Nations said talks in Geneva would resume next week.",
    "Kenya hosted a meeting of East African leaders in Nairobi.",
    "Officials from Iran and Turkey met in Ankara to discuss the border.",
    "The European Union welcomed the ceasefire announced by Colombia.",
    "Ethiopia and Sudan traded accusations over the dam, diplomats said.",
    "NATO ministers gathered in Brussels as Ukraine asked for more support.",
    "China urged India to resolve the dispute through dialogue.",
};

// A JSONL corpus of `count` articles; line `bad_line` (1-based, 0 = none) is malformed.
fs::path write_corpus(const fs::path& dir, std::size_t count, std::size_t bad_line = 0) {
  fs::path path = dir / "feed.jsonl";
  std::ofstream out(path, std::ios::binary);
  constexpr std::size_t n = std::size(kSentences);
  for (std::size_t i = 0; i < count; ++i) {
    if (i + 1 == bad_line) {
      out << "{\"id\": \"broken\", \"title\": \n";
      continue;
    }
    std::string text = std::string(kSentences[i % n]) + " " + kSentences[(i * 3 + 1) % n] + " " +
                       kSentences[(i * 5 + 2) % n];
    out << "{\"id\":\"doc-" << i << "\",\"title\":\"Report " << i << "\",\"date\":\"2019-0"
        << (1 + i % 9) << "-1" << (i % 10) << "\",\"text\":\"" << text << "\"}\n";
  }
  return path;
}

std::string json_of(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_json(graph, out);
  return out.str();
}

}  // namespace

TEST_CASE("build gives byte-identical graphs for any number of jobs", "[parallel]") {
  TempDir dir("parallel-jobs");
  const fs::path feed = write_corpus(dir.path(), 120);
  const std::vector<fs::path> inputs = {test::source_dir() / "corpus/astana-2017", feed};

  auto build_with = [&](std::size_t jobs) {
    Pipeline pipeline(Lexicon::builtin(), PipelineOptions{jobs, {}});
    CorpusReader reader(inputs);
    return json_of(pipeline.build(reader));
  };
  const std::string one = build_with(1);
  REQUIRE(one.find("\"nodes\": [\n    {") != std::string::npos);  // not an empty graph
  CHECK(build_with(2) == one);
  CHECK(build_with(3) == one);
  CHECK(build_with(8) == one);
  CHECK(build_with(0) == one);

  // The same as folding the documents one by one on this thread.
  Pipeline pipeline(Lexicon::builtin());
  KnowledgeGraph sequential;
  for (const auto& document : read_corpus(inputs)) sequential.merge(pipeline.process(document));
  pipeline.finalize(sequential);
  CHECK(json_of(sequential) == one);
}

TEST_CASE("every document is processed exactly once, on the requested number of workers",
          "[parallel]") {
  TempDir dir("parallel-once");
  const fs::path feed = write_corpus(dir.path(), 500);
  for (std::size_t jobs : {1u, 2u, 7u}) {
    CorpusReader reader({feed});
    std::vector<std::atomic<int>> seen(500);
    std::atomic<std::size_t> max_worker{0};
    const std::size_t n = detail::for_each_document(
        reader, jobs,
        [&](std::size_t worker, std::size_t index, const Document& document) {
          REQUIRE(document.id == "doc-" + std::to_string(index));
          seen.at(index).fetch_add(1);
          std::size_t m = max_worker.load();
          while (worker > m && !max_worker.compare_exchange_weak(m, worker)) {}
        },
        {});
    CHECK(n == 500);
    for (auto& count : seen) REQUIRE(count.load() == 1);
    CHECK(max_worker.load() < jobs);
  }
}

TEST_CASE("the earliest document's error wins whatever the timing", "[parallel]") {
  TempDir dir("parallel-errors");
  const fs::path feed = write_corpus(dir.path(), 300);
  for (int round = 0; round < 20; ++round) {
    CorpusReader reader({feed});
    auto work = [](std::size_t, std::size_t index, const Document&) {
      // Later failures come first in time: the later one fails at once, the
      // earlier one only after a pause.
      if (index == 41) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        throw InvalidArgument("document 41 failed");
      }
      if (index == 42 || index == 150) throw InvalidArgument("document " + std::to_string(index) + " failed");
    };
    CHECK_THROWS_WITH(detail::for_each_document(reader, 4, work, {}), "document 41 failed");
  }
}

TEST_CASE("a reader error is the error of the document being read", "[parallel]") {
  TempDir dir("parallel-reader-error");
  const fs::path feed = write_corpus(dir.path(), 200, 120);  // line 120 = document index 119

  SECTION("documents before it are all processed, then the reader's error is thrown") {
    CorpusReader reader({feed});
    std::atomic<std::size_t> processed{0};
    CHECK_THROWS_AS(detail::for_each_document(
                        reader, 3, [&](std::size_t, std::size_t, const Document&) { ++processed; }, {}),
                    ParseError);
    CHECK(processed.load() == 119);
  }
  SECTION("an earlier document's failure wins over the reader's") {
    CorpusReader reader({feed});
    auto work = [](std::size_t, std::size_t index, const Document&) {
      if (index == 100) throw IoError("document 100 failed");
    };
    CHECK_THROWS_WITH(detail::for_each_document(reader, 3, work, {}), "document 100 failed");
  }
  SECTION("Pipeline::build names the file and line") {
    Pipeline pipeline(Lexicon::builtin(), PipelineOptions{4, {}});
    CorpusReader reader({feed});
    CHECK_THROWS_WITH(pipeline.build(reader), Catch::Contains("feed.jsonl:120"));
  }
}

TEST_CASE("failures never hang: every worker failing, the first document failing", "[parallel]") {
  TempDir dir("parallel-hang");
  const fs::path feed = write_corpus(dir.path(), 2000);
  for (std::size_t jobs : {1u, 2u, 16u}) {
    CorpusReader reader({feed});
    std::atomic<std::size_t> calls{0};
    auto work = [&](std::size_t, std::size_t index, const Document&) {
      ++calls;
      throw std::runtime_error("failed at " + std::to_string(index));
    };
    CHECK_THROWS_WITH(detail::for_each_document(reader, jobs, work, {}), "failed at 0");
    // Reading stopped early: only documents already queued were tried.
    CHECK(calls.load() < 2000);
  }
}

TEST_CASE("progress is reported on the calling thread and ends with a final report",
          "[parallel]") {
  TempDir dir("parallel-progress");
  const fs::path feed = write_corpus(dir.path(), 400);
  std::vector<BuildProgress> reports;
  const auto caller = std::this_thread::get_id();
  bool other_thread = false;
  PipelineOptions options;
  options.jobs = 3;
  options.progress = [&](const BuildProgress& p) {
    if (std::this_thread::get_id() != caller) other_thread = true;
    reports.push_back(p);
  };
  Pipeline pipeline(Lexicon::builtin(), options);
  CorpusReader reader({feed});
  pipeline.build(reader);
  REQUIRE_FALSE(reports.empty());
  CHECK_FALSE(other_thread);
  CHECK(reports.back().done);
  CHECK(reports.back().documents == 400);
  std::uint64_t text_bytes = 0;
  for (const auto& document : read_corpus({feed})) text_bytes += document.text.size() + document.title.size();
  CHECK(reports.back().bytes == text_bytes);
  for (std::size_t i = 1; i < reports.size(); ++i) {
    CHECK(reports[i].documents >= reports[i - 1].documents);
    CHECK(reports[i].seconds >= reports[i - 1].seconds);
    CHECK_FALSE(reports[i - 1].done);
  }
}

TEST_CASE("a progress callback that throws aborts the build cleanly", "[parallel]") {
  TempDir dir("parallel-progress-throws");
  const fs::path feed = write_corpus(dir.path(), 300);
  PipelineOptions options;
  options.jobs = 2;
  options.progress = [](const BuildProgress&) { throw std::runtime_error("display failed"); };
  Pipeline pipeline(Lexicon::builtin(), options);
  CorpusReader reader({feed});
  CHECK_THROWS_WITH(pipeline.build(reader), "display failed");
}

TEST_CASE("an empty corpus builds an empty graph", "[parallel]") {
  TempDir dir("parallel-empty");
  const fs::path feed = dir.path() / "empty.jsonl";
  std::ofstream(feed) << "\n\n";
  Pipeline pipeline(Lexicon::builtin(), PipelineOptions{4, {}});
  CorpusReader reader({feed});
  const KnowledgeGraph graph = pipeline.build(reader);
  CHECK(graph.entity_count() == 0);
  CHECK(graph.relation_count() == 0);
}
