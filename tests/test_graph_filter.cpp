// filter_graph: the filters on every write (--min-confidence, --type, ...).
#include <catch2/catch.hpp>

#include <sstream>

#include "actorgraph/error.hpp"
#include "actorgraph/graph_filter.hpp"
#include "actorgraph/graph_format.hpp"
#include "graph_test_support.hpp"

using namespace actorgraph;
using actorgraph::test::make_entity;
using actorgraph::test::make_evidence;
using actorgraph::test::make_relation;

namespace {

// Two countries, a person, an event and an isolated organisation; edges of
// several strengths and dates.
KnowledgeGraph sample() {
  KnowledgeGraph g;
  g.add_entity(make_entity("arland", "Arland", EntityType::country));
  g.add_entity(make_entity("borvia", "Borvia", EntityType::country));
  g.add_entity(make_entity("ida-kern", "Ida Kern", EntityType::person));
  g.add_entity(make_entity("vell-talks", "Vell talks", EntityType::event));
  g.add_entity(make_entity("lone-org", "Lone Org", EntityType::organization));
  g.add_relation(
      make_relation("arland", "backs", "borvia",
                    {make_evidence("d1", 0, "Arland backs Borvia.", "r1", "2019-03-02", 0.9),
                     make_evidence("d2", 1, "Arland again backs Borvia.", "r1", "2020-01-05", 0.6),
                     make_evidence("d3", 2, "Arland still backs Borvia.", "r2", "", 0.9)}));
  g.add_relation(make_relation(
      "ida-kern", "attends", "vell-talks",
      {make_evidence("d1", 3, "Ida Kern attends the Vell talks.", "r3", "2019-03-02", 0.3)}));
  g.add_relation(make_relation(
      "borvia", "hosts", "vell-talks",
      {make_evidence("d2", 4, "Borvia hosts the Vell talks.", "r4", "2020-01-05", 0.8)}));
  return g;
}

std::string json_of(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_json(g, out);
  return out.str();
}

}  // namespace

TEST_CASE("an empty filter keeps the graph as it is", "[filter]") {
  const KnowledgeGraph g = sample();
  CHECK(filter_graph(g, {}) == g);
}

TEST_CASE("min_confidence drops weak edges and the nodes they leave alone", "[filter]") {
  GraphFilter f;
  f.min_confidence = 0.5;
  const KnowledgeGraph out = filter_graph(sample(), f);
  CHECK(out.relation_count() == 2);
  CHECK(out.find_relation("ida-kern", "attends", "vell-talks") == nullptr);
  CHECK(out.find_entity("ida-kern") == nullptr);  // dangling once its edge went
  CHECK(out.find_entity("lone-org") == nullptr);  // an edge filter keeps edge ends only
  CHECK(out.find_entity("vell-talks") != nullptr);
  CHECK(out.attributes.at("filter") == "min_confidence=0.5");
  CHECK(read_json(json_of(out)) == out);  // still a valid graph
}

TEST_CASE("types keep nodes of those types and edges between them", "[filter]") {
  GraphFilter f;
  f.types = {EntityType::country, EntityType::organization};
  const KnowledgeGraph out = filter_graph(sample(), f);
  CHECK(out.entity_count() == 3);  // the isolated organisation stays: no edge filter
  CHECK(out.relation_count() == 1);
  CHECK(out.find_relation("arland", "backs", "borvia") != nullptr);
}

TEST_CASE("since/until keep dated evidence in range; min_weight counts what is left", "[filter]") {
  GraphFilter f;
  f.since = "2020";
  KnowledgeGraph out = filter_graph(sample(), f);
  REQUIRE(out.find_relation("arland", "backs", "borvia") != nullptr);
  CHECK(out.find_relation("arland", "backs", "borvia")->weight() == 1);  // undated evidence dropped
  CHECK(out.find_relation("ida-kern", "attends", "vell-talks") == nullptr);
  f = {};
  f.until = "2019-03";
  f.min_weight = 1;
  out = filter_graph(sample(), f);
  CHECK(out.relation_count() == 2);
  f = {};
  f.min_weight = 2;
  out = filter_graph(sample(), f);
  CHECK(out.relation_count() == 1);
  f = {};
  f.since = "2019-13-01";
  CHECK_THROWS_AS(filter_graph(sample(), f), InvalidArgument);
}

TEST_CASE("relations keep only those types", "[filter]") {
  GraphFilter f;
  f.relations = {"hosts"};
  const KnowledgeGraph out = filter_graph(sample(), f);
  CHECK(out.relation_count() == 1);
  CHECK(out.entity_count() == 2);
}

TEST_CASE("max_evidence keeps the most confident items, deterministically", "[filter]") {
  GraphFilter f;
  f.max_evidence = 2;
  const KnowledgeGraph out = filter_graph(sample(), f);
  const Relation* r = out.find_relation("arland", "backs", "borvia");
  REQUIRE(r != nullptr);
  REQUIRE(r->weight() == 2);
  for (const Evidence& e : r->evidence) CHECK(e.confidence == Approx(0.9));
  CHECK(out.entity_count() == 5);  // a cap alone drops no node
  CHECK(json_of(filter_graph(sample(), f)) == json_of(out));
  CHECK(read_json(json_of(out)) == out);
}
