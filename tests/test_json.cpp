// networkx node-link JSON: writer, schema, reader, round trip, reader errors.
#include <catch2/catch.hpp>

#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include "actorgraph/error.hpp"
#include "actorgraph/graph_format.hpp"
#include "io/graph_schema.hpp"
#include "graph_test_support.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using actorgraph::test::read_file;
using actorgraph::test::source_dir;

namespace {

std::string json_of(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_json(g, out);
  return out.str();
}

// Validates `json` against schemas/graph.schema.json as shipped in the repository;
// returns "" or the invalid document pointer.
std::string schema_violation(const std::string& json) {
  rapidjson::Document schema_doc;
  schema_doc.Parse(read_file(source_dir() / "schemas" / "graph.schema.json").c_str());
  REQUIRE_FALSE(schema_doc.HasParseError());
  rapidjson::SchemaDocument schema(schema_doc);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  rapidjson::SchemaValidator validator(schema);
  if (doc.Accept(validator)) return "";
  rapidjson::StringBuffer sb;
  validator.GetInvalidDocumentPointer().StringifyUriFragment(sb);
  return std::string(sb.GetString()) + " " + validator.GetInvalidSchemaKeyword();
}

// The fixture with one field replaced, for reader-error tests.
std::string fixture_text() { return read_file(source_dir() / "tests" / "data" / "fixture-graph.json"); }

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  auto pos = text.find(from);
  REQUIRE(pos != std::string::npos);
  return text.replace(pos, from.size(), to);
}

}  // namespace

TEST_CASE("JSON output has the networkx node-link shape and carries everything", "[json]") {
  KnowledgeGraph g = actorgraph::test::hostile_graph();
  std::string json = json_of(g);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["directed"].GetBool());
  CHECK(doc["multigraph"].GetBool());
  CHECK(std::string(doc["graph"]["name"].GetString()) == "hostile \"graph\" <&>");
  REQUIRE(doc["nodes"].Size() == 5);
  REQUIRE(doc["links"].Size() == 4);
  const auto& brazil = doc["nodes"][0];
  CHECK(std::string(brazil["id"].GetString()) == "brazil");
  CHECK(std::string(brazil["type"].GetString()) == "country");
  CHECK(std::string(brazil["iso_code"].GetString()) == "BR");  // attributes flattened
  CHECK(brazil["mentions"].GetUint64() == 7);
  const auto& attends = doc["links"][0];  // sorted by (source, type, target)
  CHECK(std::string(attends["source"].GetString()) == "brazil");
  CHECK(std::string(attends["key"].GetString()) == "attends");
  CHECK(std::string(attends["relation"].GetString()) == "attends");
  CHECK(attends["weight"].GetUint64() == 2);
  CHECK(attends["confidence"].GetDouble() == Approx(0.75));
  CHECK(attends["documents"].Size() == 2);
  REQUIRE(attends["evidence"].Size() == 2);
  CHECK(std::string(attends["evidence"][1]["document"].GetString()) == "doc-2");
  CHECK(attends["evidence"][1]["sentence"].GetUint64() == 2);
  CHECK(std::string(attends["evidence"][0]["rule"].GetString()) == "svo.attend");
  // Statements keep their evidence; the control character is escaped, not dropped.
  const auto& person = doc["nodes"][4];
  CHECK(std::string(person["id"].GetString()) == "nursultan-abdrakhmanov");
  CHECK(std::string(person["statements"][0]["quote"].GetString()) == "We will \"not\" leave\x01 <now>");
  CHECK(json.find("\\u0001") != std::string::npos);
  // UTF-8 is written as UTF-8, not as \u escapes; two-space indentation.
  CHECK(json.find("Нурсултан Абдрахманов") != std::string::npos);
  CHECK(json.find("São Paulo") != std::string::npos);
  CHECK(json.rfind("{\n  \"directed\": true,\n  \"multigraph\": true,", 0) == 0);
}

TEST_CASE("written JSON validates against schemas/graph.schema.json", "[json]") {
  CHECK(schema_violation(json_of(actorgraph::test::hostile_graph())) == "");
  CHECK(schema_violation(json_of(KnowledgeGraph{})) == "");
  for (std::uint64_t seed = 1; seed <= 5; ++seed) CHECK(schema_violation(json_of(actorgraph::test::random_graph(seed))) == "");
  // ...and the schema is strict enough to catch a broken document.
  std::string broken = replace_once(json_of(actorgraph::test::hostile_graph()), "\"mentions\": 7", "\"mentions\": \"7\"");
  CHECK(schema_violation(broken).rfind("#/nodes/0/mentions", 0) == 0);
}

TEST_CASE("the embedded schema is the repository's schema", "[json]") {
  CHECK(std::string(detail::graph_schema_json()) == read_file(source_dir() / "schemas" / "graph.schema.json"));
}

TEST_CASE("JSON -> graph -> JSON is byte-identical", "[json]") {
  SECTION("the hostile fixture file") {
    std::string text = fixture_text();
    KnowledgeGraph g = read_json(text, "fixture-graph.json");
    CHECK(g.entity_count() == 5);
    CHECK(g.relation_count() == 6);
    CHECK(json_of(g) == text);
    const Entity* node = g.find_entity("node");
    REQUIRE(node != nullptr);
    CHECK(node->label == "Node \"Alpha\" <&> Group");
    CHECK(node->type == EntityType::armed_group);
    CHECK(g.find_entity("turkiye")->label == "Türkiye");
    CHECK(g.find_entity("turkiye")->attributes.at("iso_code") == "TR");
    CHECK(g.find_relation("turkiye", "attends", "geneva-talks-2019") != nullptr);
    CHECK(g.find_relation("turkiye", "hosts", "geneva-talks-2019") != nullptr);  // parallel edge
  }
  SECTION("built graphs, including odd doubles") {
    KnowledgeGraph g = actorgraph::test::hostile_graph();
    g.add_relation(actorgraph::test::make_relation(
        "node", "attends", "lima-summit",
        {actorgraph::test::make_evidence("doc-4", 1, "x", "r", "2020-05-02", 0.1),
         actorgraph::test::make_evidence("doc-4", 2, "y", "r", "2020-05-02", 1.0 / 3.0)}));
    std::string first = json_of(g);
    KnowledgeGraph back = read_json(first);
    CHECK(back == g);
    CHECK(json_of(back) == first);
    for (std::uint64_t seed = 3; seed <= 8; ++seed) {
      KnowledgeGraph r = actorgraph::test::random_graph(seed);
      CHECK(read_json(json_of(r)) == r);
    }
  }
}

TEST_CASE("invalid UTF-8 in the graph still yields valid JSON", "[json]") {
  KnowledgeGraph g;
  g.add_entity(actorgraph::test::make_entity("bad", "Bad \xC3\x28 byte \xFF", EntityType::person));
  std::string json = json_of(g);
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.c_str());
  CHECK_FALSE(doc.HasParseError());
  CHECK(json.find("Bad \xEF\xBF\xBD( byte \xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("reader errors name the origin and where the problem is", "[json]") {
  SECTION("malformed JSON: line and column") {
    std::string text = "{\n  \"directed\": true,\n  \"nodes\": [,]\n}";
    CHECK_THROWS_AS(read_json(text, "broken.json"), ParseError);
    CHECK_THROWS_WITH(read_json(text, "broken.json"), Catch::StartsWith("broken.json:3:"));
    CHECK_THROWS_WITH(read_json("", "empty.json"), Catch::StartsWith("empty.json:1:1:"));
    CHECK_THROWS_WITH(read_json("[1, 2", "cut.json"), Catch::StartsWith("cut.json:1:"));
  }
  SECTION("wrong type") {
    std::string text = replace_once(fixture_text(), "\"mentions\": 1,", "\"mentions\": \"one\",");
    CHECK_THROWS_WITH(read_json(text, "g.json"), Catch::StartsWith("g.json: /nodes/0/mentions:"));
    text = replace_once(fixture_text(), "\"type\": \"organization\"", "\"type\": \"militia\"");
    CHECK_THROWS_WITH(read_json(text, "g.json"), Catch::StartsWith("g.json: /nodes/0/type:"));
  }
  SECTION("missing field") {
    std::string text = replace_once(fixture_text(), "\"relation\": \"criticises\",", "");
    CHECK_THROWS_WITH(read_json(text, "g.json"),
                      Catch::StartsWith("g.json: /links/0:") && Catch::Contains("required"));
    CHECK_THROWS_WITH(read_json("{}", "g.json"), Catch::StartsWith("g.json: /:"));
  }
  SECTION("links to unknown nodes, duplicates, inconsistent weight, bad attribute key") {
    std::string text = replace_once(fixture_text(), "\"target\": \"node\"", "\"target\": \"nobody\"");
    CHECK_THROWS_WITH(read_json(text, "g.json"),
                      Catch::StartsWith("g.json: /links/0/target:") && Catch::Contains("nobody"));
    text = replace_once(fixture_text(), "\"weight\": 2,", "\"weight\": 5,");
    CHECK_THROWS_WITH(read_json(text, "g.json"), Catch::StartsWith("g.json: /links/0/weight:"));
    text = replace_once(fixture_text(), "\"id\": \"geneva-talks-2019\"", "\"id\": \"back\\\\slash-org\"");
    CHECK_THROWS_WITH(read_json(text, "g.json"), Catch::StartsWith("g.json: /nodes/1/id:") && Catch::Contains("duplicate"));
    text = replace_once(fixture_text(), "\"iso_code\": \"TR\"", "\"Iso Code\": \"TR\"");
    CHECK_THROWS_WITH(read_json(text, "g.json"), Catch::StartsWith("g.json: /nodes/3:") && Catch::Contains("Iso Code"));
    text = replace_once(fixture_text(), "\"iso_code\": \"TR\"", "\"iso_code\": 7");
    CHECK_THROWS_WITH(read_json(text, "g.json"), Catch::StartsWith("g.json: /nodes/3/iso_code:"));
  }
  SECTION("absurd nesting is refused, not recursed into") {
    std::string deep = std::string(100000, '[') + std::string(100000, ']');
    CHECK_THROWS_WITH(read_json(deep, "deep.json"), Catch::StartsWith("deep.json:1:65:") && Catch::Contains("nested"));
    std::string in_string = "{\"x\": \"" + std::string(200, '[') + "\"}";  // brackets in a string do not count
    CHECK_THROWS_WITH(read_json(in_string, "s.json"), Catch::StartsWith("s.json: /x:") && !Catch::Contains("nested"));
  }
  SECTION("files") {
    CHECK_THROWS_AS(read_json_file("/nonexistent/dir/graph.json"), IoError);
    CHECK_THROWS_WITH(read_json_file("/nonexistent/dir/graph.json"), Catch::Contains("/nonexistent/dir/graph.json"));
    CHECK_THROWS_AS(read_json_file(source_dir() / "tests"), IoError);
    KnowledgeGraph g = read_json_file(source_dir() / "tests" / "data" / "fixture-graph.json");
    CHECK(g.relation_count() == 6);
  }
}
