// Provenance: the documents table (title, url, source, date, bytes of every
// document), the tool version and the lexicon digest, through every path a
// graph takes (build, JSON, merge, filters, CSV).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/error.hpp"
#include "actorgraph/graph_filter.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/pipeline.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using actorgraph::test::TempDir;

namespace {

std::string json_of(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_json(g, out);
  return out.str();
}

// Two JSONL records with invented names, one with every provenance field.
KnowledgeGraph build_sample(const TempDir& dir) {
  const auto path = dir.path() / "feed.jsonl";
  std::ofstream(path)
      << R"({"id": "w1", "title": "Arland backs Borvia", "url": "https://news.example/w1", "source": "Example Wire", "date": "2021-05-04", "text": "Arland backs Borvia.\n\nThe government of Arland said on Tuesday that it backs Borvia in the talks."})"
      << "\n"
      << R"({"id": "w2", "title": "", "text": "Talks in Vell\n\nBorvia will host talks in Vell next week, officials said."})"
      << "\n";
  CorpusReader reader({path});
  return Pipeline(Lexicon::builtin()).build(reader);
}

}  // namespace

TEST_CASE("build records every document read, with its JSONL fields", "[provenance]") {
  TempDir dir("provenance-build");
  const KnowledgeGraph g = build_sample(dir);
  REQUIRE(g.documents.size() == 2);
  const DocumentRecord& w1 = g.documents.at("w1");
  CHECK(w1.title == "Arland backs Borvia");
  CHECK(w1.url == "https://news.example/w1");
  CHECK(w1.source == "Example Wire");
  CHECK(w1.date == "2021-05-04");
  CHECK(w1.bytes > 40);
  const DocumentRecord& w2 = g.documents.at("w2");
  CHECK(w2.title == "Talks in Vell");  // empty title: the first line
  CHECK(w2.url.empty());
  for (const Relation* r : g.relations())
    for (const Evidence& e : r->evidence) CHECK(g.documents.contains(e.document));
  CHECK(g.attributes.at("tool") == std::string("actorgraph ") + ACTORGRAPH_VERSION);
  CHECK(g.attributes.at("lexicon_digest") == Lexicon::builtin().digest());
}

TEST_CASE("the documents table survives JSON, merge and filters", "[provenance]") {
  TempDir dir("provenance-json");
  const KnowledgeGraph g = build_sample(dir);
  const std::string text = json_of(g);
  CHECK(text.find("\"documents\": [") != std::string::npos);
  const KnowledgeGraph back = read_json(text);
  CHECK(back.documents == g.documents);
  CHECK(json_of(back) == text);
  // merge: union by id, order-free
  KnowledgeGraph a, b;
  a.documents["x"] = {"x", "X", "", "", "", 1};
  b.documents["y"] = {"y", "Y", "u", "s", "2020-01-01", 2};
  KnowledgeGraph ab = a, ba = b;
  ab.merge(b);
  ba.merge(a);
  CHECK(ab.documents.size() == 2);
  CHECK(ab == ba);
  GraphFilter f;
  f.min_confidence = 0.99;
  CHECK(filter_graph(g, f).documents == g.documents);
  // CSV: the third file
  std::ostringstream csv;
  write_csv_documents(g, csv);
  CHECK(csv.str().rfind("id,title,url,source,date,bytes\r\n", 0) == 0);
  CHECK(csv.str().find("w1,Arland backs Borvia,https://news.example/w1,Example Wire,2021-05-04,") !=
        std::string::npos);
}

TEST_CASE("a graph JSON without a documents table still reads", "[provenance]") {
  const KnowledgeGraph g =
      read_json(R"({"directed": true, "multigraph": true, "graph": {}, "nodes": [], "links": []})");
  CHECK(g.documents.empty());
  CHECK_THROWS_AS(
      read_json(
          R"({"directed": true, "multigraph": true, "graph": {}, "documents": [{"id": "a"}], "nodes": [], "links": []})"),
      ParseError);
}

TEST_CASE("the lexicon digest names what was loaded, in order", "[provenance]") {
  const std::string builtin = Lexicon::builtin().digest();
  CHECK(builtin.rfind("fnv1a64:", 0) == 0);
  CHECK(builtin.size() == 8 + 16);
  CHECK(Lexicon::builtin().digest() == builtin);
  const char* extra = R"({"actors": [{"id": "arland", "name": "Arland", "type": "country"}]})";
  Lexicon more = Lexicon::builtin();
  more.merge(Lexicon::from_json(extra, "extra"));
  CHECK(more.digest() != builtin);
  Lexicon again = Lexicon::builtin();
  again.merge(Lexicon::from_json(extra, "extra"));
  CHECK(again.digest() == more.digest());
  CHECK(Lexicon{}.digest() != builtin);
}
