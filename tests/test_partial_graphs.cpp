// extract / merge: partial graphs per document, merged in any grouping and
// order, equal build() byte for byte; finalize() is safe to run again.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>

#include "text/cleaner.hpp"
#include "actorgraph/corpus_reader.hpp"
#include "resolve/entity_resolver.hpp"
#include "mentions/mention_recognizer.hpp"
#include "text/segmenter.hpp"
#include "syntax/tagger.hpp"
#include "actorgraph/error.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/partial_graphs.hpp"
#include "actorgraph/pipeline.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace actorgraph;

namespace {

std::string json_of(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_json(graph, out);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string extract(const Pipeline& pipeline, const std::vector<fs::path>& inputs, std::size_t jobs) {
  CorpusReader reader(inputs);
  std::ostringstream out;
  extract_partial_graphs(pipeline, reader, out, jobs);
  return out.str();
}

KnowledgeGraph merge_lines(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  std::istringstream in(text);
  KnowledgeGraph graph;
  merge_graph_stream(in, "parts", graph);
  return graph;
}

const std::vector<fs::path> kCorpus = {test::source_dir() / "corpus/astana-2017"};

}  // namespace

TEST_CASE("extract writes one compact partial graph per document, in order", "[partial]") {
  Pipeline pipeline(Lexicon::builtin());
  const auto documents = read_corpus(kCorpus);
  REQUIRE(documents.size() >= 3);
  const std::string parts = extract(pipeline, kCorpus, 1);
  const auto lines = lines_of(parts);
  REQUIRE(lines.size() == documents.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    CHECK(lines[i].find('\n') == std::string::npos);
    CHECK(read_json(lines[i], "line") == pipeline.process(documents[i]));
  }
  CHECK(extract(pipeline, kCorpus, 4) == parts);
  CHECK(extract(pipeline, kCorpus, 0) == parts);
}

TEST_CASE("merging extracts in any grouping and order equals build", "[partial]") {
  Pipeline pipeline(Lexicon::builtin());
  CorpusReader reader(kCorpus);
  const std::string built = json_of(pipeline.build(reader));
  const auto lines = lines_of(extract(pipeline, kCorpus, 2));

  KnowledgeGraph all = merge_lines(lines);
  pipeline.finalize(all);
  CHECK(json_of(all) == built);

  std::mt19937 random(7);
  for (int round = 0; round < 5; ++round) {
    auto shuffled = lines;
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    // Combiners: merge uneven groups to one line each, then reduce those lines.
    std::vector<std::string> combined;
    for (std::size_t i = 0; i < shuffled.size(); i += 1 + round % 3) {
      std::vector<std::string> group(shuffled.begin() + static_cast<long>(i),
                                     shuffled.begin() + static_cast<long>(std::min(shuffled.size(), i + 1 + round % 3)));
      std::ostringstream line;
      write_json_line(merge_lines(group), line);
      combined.push_back(line.str().substr(0, line.str().size() - 1));
    }
    std::reverse(combined.begin(), combined.end());
    KnowledgeGraph reduced = merge_lines(combined);
    pipeline.finalize(reduced);
    CHECK(json_of(reduced) == built);
  }
}

TEST_CASE("finalize is idempotent: a reducer may be fed its own output", "[partial]") {
  Pipeline pipeline(Lexicon::builtin());
  const auto documents = read_corpus(kCorpus);
  KnowledgeGraph whole;
  for (const auto& document : documents) whole.merge(pipeline.process(document));
  pipeline.finalize(whole);
  KnowledgeGraph again = whole;
  pipeline.finalize(again);
  CHECK(json_of(again) == json_of(whole));
}

TEST_CASE("the corpus-level resolution pass is idempotent", "[partial]") {
  // resolve_across_documents() is what finalize() is meant to run: a second pass
  // over its own result must find nothing more to merge.
  const Lexicon& lexicon = Lexicon::builtin();
  KnowledgeGraph corpus;
  for (const auto& document : read_corpus(kCorpus)) {
    CleanedText cleaned = clean_document(document);
    auto sentences = segment(document.text, cleaned.blocks);
    for (auto& sentence : sentences) Tagger::builtin().tag(sentence);
    auto mentions = recognize_mentions(sentences, document.text, lexicon);
    resolve_mentions(mentions, sentences, lexicon);
    KnowledgeGraph graph;
    for (const Entity& entity : entities_from_mentions(mentions, document)) graph.add_entity(entity);
    corpus.merge(graph);
  }
  REQUIRE(corpus.entity_count() > 5);
  resolve_across_documents(corpus);
  const std::string once = json_of(corpus);
  resolve_across_documents(corpus);
  CHECK(json_of(corpus) == once);
  CHECK(plan_corpus_merges(corpus).empty());
}

TEST_CASE("merge reads pretty graph JSON files as one graph", "[partial]") {
  const KnowledgeGraph fixture = read_json_file(test::source_dir() / "tests/data/fixture-graph.json");
  REQUIRE(fixture.entity_count() > 0);
  std::istringstream pretty(json_of(fixture));
  KnowledgeGraph graph;
  CHECK(merge_graph_stream(pretty, "fixture", graph) == 1);
  CHECK(graph == fixture);

  // Two pretty documents back to back are not one graph JSON: a clear error.
  std::istringstream twice(json_of(fixture) + json_of(fixture));
  KnowledgeGraph doubled;
  CHECK_THROWS_AS(merge_graph_stream(twice, "two-documents", doubled), ParseError);
}

TEST_CASE("merge reports malformed partial graphs with their line", "[partial]") {
  std::ostringstream good;
  write_json_line(KnowledgeGraph{}, good);
  KnowledgeGraph graph;

  std::istringstream bad_syntax(good.str() + "\n" + good.str() + "{\"directed\": tru}\n");
  CHECK_THROWS_WITH(merge_graph_stream(bad_syntax, "parts.jsonl", graph),
                    Catch::StartsWith("parts.jsonl:4:"));

  std::istringstream bad_schema(good.str() + "{\"directed\": true}\n");
  CHECK_THROWS_WITH(merge_graph_stream(bad_schema, "parts.jsonl", graph),
                    Catch::StartsWith("parts.jsonl:2"));

  // Hostile nesting is refused, not recursed into.
  std::istringstream deep(std::string(200000, '[') + "\n");
  CHECK_THROWS_AS(merge_graph_stream(deep, "deep.jsonl", graph), ParseError);
  std::istringstream deep_open(std::string(200000, '{') + "\n");
  CHECK_THROWS_AS(merge_graph_stream(deep_open, "deep.jsonl", graph), ParseError);

  // Truncated: a partial graph cut off mid-line.
  std::istringstream truncated(good.str().substr(0, good.str().size() / 2));
  CHECK_THROWS_AS(merge_graph_stream(truncated, "cut.jsonl", graph), ParseError);

  CHECK_THROWS_AS(merge_graph_file("/nonexistent/parts.jsonl", graph), IoError);
}

TEST_CASE("extract reports a failing output stream", "[partial]") {
  Pipeline pipeline(Lexicon::builtin());
  CorpusReader reader(kCorpus);
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  CHECK_THROWS_AS(extract_partial_graphs(pipeline, reader, out, 2), IoError);
}
