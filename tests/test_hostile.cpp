// Hostile input: each case ends in a clear message or a correct graph, never a
// crash or a hang (ctest's timeout catches the latter; no timing asserts).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/error.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/partial_graphs.hpp"
#include "actorgraph/pipeline.hpp"
#include "io/corpus_reader_detail.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace actorgraph;
using actorgraph::test::TempDir;

namespace {

std::vector<Document> read_text(const std::string& bytes) {
  std::istringstream in(bytes);
  return detail::read_stream(in, ReadOptions{}, nullptr);
}

bool has_entity(const KnowledgeGraph& graph, std::string_view id) { return graph.find_entity(id) != nullptr; }

// The graph survives its own JSON: every id and string is exportable.
void check_round_trip(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_json(graph, out);
  CHECK(read_json(out.str(), "round-trip") == graph);
}

const Pipeline& pipeline() {
  static const Pipeline p(Lexicon::builtin(), PipelineOptions{2, {}});
  return p;
}

}  // namespace

TEST_CASE("invalid UTF-8 is repaired and the graph is still built", "[hostile]") {
  const auto docs = read_text("Talks in Oslo\n\nNorway \xff\xfe and Colombia \xc3 signed \xe2\x82 a deal in Oslo.\n");
  REQUIRE(docs.size() == 1);
  const KnowledgeGraph graph = pipeline().process(docs[0]);
  CHECK(has_entity(graph, "norway"));
  CHECK(has_entity(graph, "colombia"));
  check_round_trip(graph);

  // Raw bytes reaching the pipeline without the reader's repair do not crash it either.
  Document raw{"raw", "t", "Norway \xff and \xc0\x80 Colombia \xed\xa0\x80 met.", "", "", "", "", {}};
  check_round_trip(pipeline().process(raw));
}

TEST_CASE("NUL bytes: binary files are skipped with a reason, NULs in JSON text are kept",
          "[hostile]") {
  TempDir dir("hostile-nul");
  const fs::path binary = dir.path() / "a.txt";
  {
    std::ofstream out(binary, std::ios::binary);
    out << std::string("Kenya\0\0\0 hosted\0 talks", 22);
  }
  ReadStats stats;
  CHECK(read_corpus({binary}, {}, &stats).empty());
  REQUIRE(stats.skipped.size() == 1);
  CHECK(stats.skipped[0].reason.find("binary") != std::string::npos);

  const auto docs = read_text(R"({"id":"n","title":"t","text":"Kenya\u0000 and Uganda\u0000\u0000 signed a deal."})" "\n");
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text.find('\0') != std::string::npos);
  const KnowledgeGraph graph = pipeline().process(docs[0]);
  CHECK(has_entity(graph, "kenya"));
  CHECK(has_entity(graph, "uganda"));
  check_round_trip(graph);
}

TEST_CASE("a 100k-token sentence is processed, and its entities found", "[hostile]") {
  std::string text = "A long report\n\nDiplomats from Brazil said ";
  for (int i = 0; i < 50000; ++i) text += "and talks ";
  text += "continued with Argentina without a full stop";
  Document doc{"long", "A long report", text, "2020-02-02", "", "", "", {}};
  const DocumentAnalysis analysis = pipeline().analyze(doc);
  std::size_t tokens = 0;
  for (const auto& sentence : analysis.sentences) tokens += sentence.tokens.size();
  CHECK(tokens >= 100000);
  CHECK(has_entity(analysis.graph, "brazil"));
  CHECK(has_entity(analysis.graph, "argentina"));
}

TEST_CASE("a single 5 MB line of text is one article, processed", "[hostile]") {
  // The 100 MB version runs as tests/clients/huge_line.sh.
  std::string text = "Headline\n\n";
  while (text.size() < 5'000'000) text += "Officials in Chile and Peru discussed water rights. ";
  std::replace(text.begin() + 10, text.end(), '.', ',');
  const auto docs = read_text(text);
  REQUIRE(docs.size() == 1);
  const KnowledgeGraph graph = pipeline().process(docs[0]);
  CHECK(has_entity(graph, "chile"));
  CHECK(has_entity(graph, "peru"));
}

TEST_CASE("deeply nested and truncated JSON gets a clear error everywhere", "[hostile]") {
  for (const char* open : {"[", "{\"a\":"}) {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += open;
    CHECK_THROWS_AS(read_json(deep, "deep.json"), ParseError);
    CHECK_THROWS_WITH(Lexicon::from_json(deep, "deep-lexicon.json"), Catch::StartsWith("deep-lexicon.json:1:"));
    // As a JSONL line: a ParseError naming the line, not a stack overflow.
    CHECK_THROWS_WITH(read_text("{\"x\":" + deep + "\n"), Catch::Contains(":1"));
    std::istringstream in(deep + "\n");
    KnowledgeGraph graph;
    CHECK_THROWS_AS(merge_graph_stream(in, "deep.jsonl", graph), ParseError);
  }

  const std::string graph_json = test::read_file(test::source_dir() / "tests/data/fixture-graph.json");
  const std::string lexicon_json =
      R"({"actors": [{"id": "norway", "name": "Norway", "type": "country", "aliases": ["Kingdom of Norway"]}]})";
  const std::string record = R"({"id": "a", "title": "t", "text": "Norway and Chile."})";
  REQUIRE_NOTHROW(Lexicon::from_json(lexicon_json, "ok.json"));
  for (std::size_t cut = 1; cut < lexicon_json.size(); cut += 7) {
    CHECK_THROWS_AS(Lexicon::from_json(lexicon_json.substr(0, cut), "cut.json"), ParseError);
  }
  for (std::size_t cut = 1; cut < record.size(); cut += 5) {
    CHECK_THROWS_AS(read_text(record.substr(0, cut) + "\n"), ParseError);
  }
  for (std::size_t cut = 0; cut + 1 < graph_json.size(); cut += graph_json.size() / 50 + 1) {
    CHECK_THROWS_AS(read_json(std::string_view(graph_json).substr(0, cut), "cut-graph.json"), ParseError);
  }
}

TEST_CASE("an empty lexicon builds a graph without lexicon actors", "[hostile]") {
  const Lexicon empty = Lexicon::from_json(R"({"actors": []})", "empty.json");
  CHECK(empty.actors().empty());
  CHECK_THROWS_WITH(Lexicon::from_json("", "blank.json"), Catch::Contains("blank.json"));
  CHECK_THROWS_WITH(Lexicon::from_json("   \n", "blank.json"), Catch::Contains("empty"));

  Pipeline bare(Lexicon{}, PipelineOptions{2, {}});
  CorpusReader reader({test::source_dir() / "corpus/astana-2017"});
  const KnowledgeGraph graph = bare.build(reader);
  // Nothing the lexicon would have named (no country node "russia" from the lexicon),
  // and whatever was found from the text alone is a valid, exportable graph.
  for (const Entity* entity : graph.entities()) CHECK_FALSE(entity->id.empty());
  check_round_trip(graph);
}

TEST_CASE("a lexicon with duplicate ids is refused with the id and its place", "[hostile]") {
  const std::string json = R"({"actors": [
    {"id": "norway", "name": "Norway", "type": "country"},
    {"id": "norway", "name": "Norge", "type": "country"}]})";
  CHECK_THROWS_WITH(Lexicon::from_json(json, "dup.json"),
                    Catch::Contains("dup.json") && Catch::Contains("/actors/1/id") && Catch::Contains("norway"));
}
