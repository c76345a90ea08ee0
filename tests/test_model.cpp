// The graph model: entities, relations, KnowledgeGraph add/find/merge.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <sstream>

#include "actorgraph/error.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/knowledge_graph.hpp"
#include "graph_test_support.hpp"

using namespace actorgraph;
using actorgraph::test::make_entity;
using actorgraph::test::make_evidence;
using actorgraph::test::make_relation;

namespace {

std::string json_of(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_json(g, out);
  return out.str();
}

KnowledgeGraph merged(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  KnowledgeGraph out = a;
  out.merge(b);
  return out;
}

}  // namespace

TEST_CASE("entity type names round-trip and unknown names are refused", "[model]") {
  for (EntityType type : kEntityTypes) CHECK(entity_type_from_string(to_string(type)) == type);
  CHECK(to_string(EntityType::armed_group) == "armed_group");
  CHECK_FALSE(entity_type_from_string("Country").has_value());
  CHECK_FALSE(entity_type_from_string("").has_value());
  CHECK_FALSE(entity_type_from_string("militia").has_value());
}

TEST_CASE("adding the same id twice merges the records", "[model]") {
  KnowledgeGraph g;
  Entity a = make_entity("peru", "Peru", EntityType::location, 2, "2022-03-04", "2022-03-04");
  a.roles.insert("host");
  Entity b = make_entity("peru", "Republic of Peru", EntityType::country, 5, "2022-03-01", "");
  b.attributes["iso_code"] = "PE";
  g.add_entity(a);
  const Entity& e = g.add_entity(b);
  REQUIRE(g.entity_count() == 1);
  CHECK(e.label == "Republic of Peru");  // longer label wins
  CHECK(e.type == EntityType::country);  // country outranks location
  CHECK(e.mentions == 7);
  CHECK(e.first_date == "2022-03-01");
  CHECK(e.last_date == "2022-03-04");
  CHECK(e.aliases == std::set<std::string>{"Peru", "Republic of Peru"});
  CHECK(e.roles == std::set<std::string>{"host"});
  CHECK(e.attributes.at("iso_code") == "PE");
  REQUIRE(g.find_entity("peru") != nullptr);
  CHECK(g.find_entity("peru")->mentions == 7);
  CHECK(g.find_entity("chile") == nullptr);
  CHECK(g.vertex("peru").has_value());
  CHECK_FALSE(g.vertex("chile").has_value());
}

TEST_CASE("entity merge resolves conflicts by a fixed order", "[model]") {
  Entity a = make_entity("x", "Abc", EntityType::organization);
  Entity b = make_entity("x", "Abd", EntityType::organization);
  a.attributes["country"] = "norway";
  b.attributes["country"] = "chile";
  Entity ab = a, ba = b;
  ab.merge(b);
  ba.merge(a);
  CHECK(ab == ba);
  CHECK(ab.label == "Abc");                    // same length: lexicographically smaller
  CHECK(ab.attributes.at("country") == "chile");  // smaller value
  Entity p = make_entity("x", "X", EntityType::person);
  Entity o = make_entity("x", "X", EntityType::organization);
  o.merge(p);
  CHECK(o.type == EntityType::person);  // organization (the default) ranks last
  Entity dated = make_entity("x", "X", EntityType::person, 0, "2020-01-05", "2020-01-09");
  Entity undated = make_entity("x", "X", EntityType::person);
  undated.merge(dated);
  CHECK(undated.first_date == "2020-01-05");
  CHECK(undated.last_date == "2020-01-09");
  dated.merge(make_entity("x", "X", EntityType::person));
  CHECK(dated.first_date == "2020-01-05");  // an unknown date never widens to ""
}

TEST_CASE("add_entity refuses bad ids and attribute keys that would clash in the exports", "[model]") {
  KnowledgeGraph g;
  CHECK_THROWS_AS(g.add_entity(make_entity("", "Nameless", EntityType::person)), InvalidArgument);
  CHECK_THROWS_AS(g.add_entity(make_entity("two words", "X", EntityType::person)), InvalidArgument);
  CHECK_THROWS_AS(g.add_entity(make_entity("tab\tid", "X", EntityType::person)), InvalidArgument);
  for (const char* key : {"label", "id", "type", "aliases", "mentions", "first_date", "statements"}) {
    Entity e = make_entity("ok", "OK", EntityType::person);
    e.attributes[key] = "v";
    CHECK_THROWS_WITH(g.add_entity(e), Catch::Contains("reserved") && Catch::Contains(key));
  }
  Entity bad_key = make_entity("ok", "OK", EntityType::person);
  bad_key.attributes["Event Kind"] = "talks";
  CHECK_THROWS_WITH(g.add_entity(bad_key), Catch::Contains("lower_snake_case"));
  CHECK(g.entity_count() == 0);
}

TEST_CASE("add_relation checks endpoints, type and confidence", "[model]") {
  KnowledgeGraph g;
  g.add_entity(make_entity("a", "A", EntityType::country));
  g.add_entity(make_entity("b", "B", EntityType::country));
  auto ev = make_evidence("d", 0, "A backs B.", "r", "2021-01-01");
  CHECK_THROWS_WITH(g.add_relation(make_relation("a", "backs", "zz", {ev})), Catch::Contains("\"zz\""));
  CHECK_THROWS_AS(g.add_relation(make_relation("zz", "backs", "a", {ev})), InvalidArgument);
  CHECK_THROWS_AS(g.add_relation(make_relation("a", "", "b", {ev})), InvalidArgument);
  auto nan = ev;
  nan.confidence = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(g.add_relation(make_relation("a", "backs", "b", {nan})), InvalidArgument);
  auto big = ev;
  big.confidence = 1.5;
  CHECK_THROWS_AS(g.add_relation(make_relation("a", "backs", "b", {big})), InvalidArgument);
  CHECK(g.relation_count() == 0);
}

TEST_CASE("different relations between one pair are parallel edges; one relation is one edge", "[model]") {
  KnowledgeGraph g;
  g.add_entity(make_entity("kenya", "Kenya", EntityType::country));
  g.add_entity(make_entity("nairobi-talks", "Nairobi talks", EntityType::event));
  auto e1 = make_evidence("d1", 0, "Kenya hosted the talks.", "svo.host", "2019-07-02", 0.5);
  auto e2 = make_evidence("d2", 3, "The talks, hosted by Kenya...", "passive.host", "2019-07-04", 0.5);
  auto e3 = make_evidence("d1", 1, "Kenya attended.", "svo.attend", "2019-07-02", 0.9);
  g.add_relation(make_relation("kenya", "hosts", "nairobi-talks", {e1}));
  g.add_relation(make_relation("kenya", "attends", "nairobi-talks", {e3}));
  g.add_relation(make_relation("kenya", "hosts", "nairobi-talks", {e2, e1}));  // e1 again: no duplicate
  REQUIRE(g.relation_count() == 2);
  auto v = *g.vertex("kenya");
  CHECK(boost::out_degree(v, g.graph()) == 2);
  const Relation* hosts = g.find_relation("kenya", "hosts", "nairobi-talks");
  REQUIRE(hosts != nullptr);
  CHECK(hosts->weight() == 2);
  CHECK(hosts->documents() == std::set<std::string>{"d1", "d2"});
  CHECK(hosts->dates() == std::set<std::string>{"2019-07-02", "2019-07-04"});
  CHECK(hosts->confidence() == Approx(0.75));  // noisy-or of 0.5 and 0.5
  CHECK(g.find_relation("kenya", "attends", "nairobi-talks")->weight() == 1);
  CHECK(g.find_relation("nairobi-talks", "hosts", "kenya") == nullptr);
  // The bundled properties reached through Boost are the same relations.
  std::set<std::string> types;
  for (auto [it, end] = boost::out_edges(v, g.graph()); it != end; ++it) types.insert(g.graph()[*it].type);
  CHECK(types == std::set<std::string>{"attends", "hosts"});
}

TEST_CASE("iteration is in key order, not insertion order", "[model]") {
  KnowledgeGraph g;
  for (const char* id : {"zeta", "alpha", "mu"}) g.add_entity(make_entity(id, id, EntityType::person));
  auto ev = make_evidence("d", 0, "s", "r", "");
  g.add_relation(make_relation("zeta", "backs", "alpha", {ev}));
  g.add_relation(make_relation("alpha", "meets", "mu", {ev}));
  g.add_relation(make_relation("alpha", "backs", "zeta", {ev}));
  std::vector<std::string> ids;
  for (const Entity* e : g.entities()) ids.push_back(e->id);
  CHECK(ids == std::vector<std::string>{"alpha", "mu", "zeta"});
  std::vector<std::string> keys;
  for (const Relation* r : g.relations()) keys.push_back(r->source + "/" + r->type + "/" + r->target);
  CHECK(keys == std::vector<std::string>{"alpha/backs/zeta", "alpha/meets/mu", "zeta/backs/alpha"});
}

TEST_CASE("copies and moves keep working edge handles", "[model]") {
  KnowledgeGraph original = actorgraph::test::hostile_graph();
  KnowledgeGraph copy = original;
  CHECK(copy == original);
  auto ev = make_evidence("doc-9", 9, "New evidence.", "svo.host", "2020-05-09", 0.5);
  copy.add_relation(make_relation("brazil", "hosts", "lima-summit", {ev}));
  CHECK(copy.find_relation("brazil", "hosts", "lima-summit")->weight() == 2);
  CHECK(original.find_relation("brazil", "hosts", "lima-summit")->weight() == 1);
  KnowledgeGraph moved = std::move(copy);
  CHECK(moved.find_relation("brazil", "hosts", "lima-summit")->weight() == 2);
  moved.add_relation(make_relation("brazil", "hosts", "lima-summit", {make_evidence("doc-9", 10, "x", "r", "")}));
  CHECK(moved.find_relation("brazil", "hosts", "lima-summit")->weight() == 3);
  KnowledgeGraph assigned;
  assigned = original;
  CHECK(assigned == original);
  assigned = std::move(moved);
  CHECK(assigned.find_relation("brazil", "hosts", "lima-summit")->weight() == 3);
  CHECK(assigned.relation_count() == original.relation_count());
}

TEST_CASE("merging graphs unions evidence and is associative and commutative", "[model]") {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    CAPTURE(seed);
    KnowledgeGraph a = actorgraph::test::random_graph(seed);
    KnowledgeGraph b = actorgraph::test::random_graph(seed * 7 + 1);
    KnowledgeGraph c = actorgraph::test::random_graph(seed * 13 + 5);
    KnowledgeGraph ab_c = merged(merged(a, b), c);
    KnowledgeGraph a_bc = merged(a, merged(b, c));
    KnowledgeGraph cb_a = merged(merged(c, b), a);
    KnowledgeGraph b_ca = merged(b, merged(c, a));
    CHECK(ab_c == a_bc);
    CHECK(ab_c == cb_a);
    CHECK(ab_c == b_ca);
    CHECK(json_of(ab_c) == json_of(b_ca));  // the same bytes on disk, too
    // Every relation of every part is in the union with all its evidence.
    for (const KnowledgeGraph* part : {&a, &b, &c})
      for (const Relation* r : part->relations()) {
        const Relation* u = ab_c.find_relation(r->source, r->type, r->target);
        REQUIRE(u != nullptr);
        CHECK(std::includes(u->evidence.begin(), u->evidence.end(), r->evidence.begin(), r->evidence.end()));
      }
  }
}

TEST_CASE("merging a graph into itself behaves like merging an equal copy", "[model]") {
  KnowledgeGraph g = actorgraph::test::random_graph(42);
  KnowledgeGraph copy = g;
  KnowledgeGraph expected = merged(g, copy);
  g.merge(g);
  CHECK(g == expected);
}

TEST_CASE("the same content built in different orders writes the same bytes", "[model][json]") {
  KnowledgeGraph forward, backward;
  KnowledgeGraph source = actorgraph::test::hostile_graph();
  auto entities = source.entities();
  auto relations = source.relations();
  forward.attributes = backward.attributes = source.attributes;
  for (const Entity* e : entities) forward.add_entity(*e);
  for (auto it = entities.rbegin(); it != entities.rend(); ++it) backward.add_entity(**it);
  for (const Relation* r : relations) forward.add_relation(*r);
  for (auto it = relations.rbegin(); it != relations.rend(); ++it) backward.add_relation(**it);
  CHECK(forward == backward);
  CHECK(json_of(forward) == json_of(backward));
}

TEST_CASE("merging a graph by move gives the same graph as merging a copy", "[model]") {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    CAPTURE(seed);
    const KnowledgeGraph a = actorgraph::test::random_graph(seed);
    const KnowledgeGraph b = actorgraph::test::random_graph(seed * 3 + 2);
    KnowledgeGraph by_copy = a;
    by_copy.merge(b);
    KnowledgeGraph by_move = a;
    KnowledgeGraph source = b;
    by_move.merge(std::move(source));
    CHECK(by_move == by_copy);
    CHECK(json_of(by_move) == json_of(by_copy));
    // The source is left empty and usable.
    CHECK(source.entity_count() == 0);
    CHECK(source.relation_count() == 0);
    source.merge(a);
    CHECK(source == a);
  }
  // Moved relations and entities keep working handles in their new graph.
  KnowledgeGraph g;
  g.add_entity(make_entity("kenya", "Kenya", EntityType::country));
  g.add_entity(make_entity("nairobi-talks", "Nairobi talks", EntityType::event));
  Relation r = make_relation("kenya", "hosts", "nairobi-talks",
                             {make_evidence("doc-1", 2, "Kenya hosts the talks.", "svo.host", "2021-03-01")});
  g.add_relation(std::move(r));
  g.add_relation(make_relation("kenya", "hosts", "nairobi-talks",
                               {make_evidence("doc-2", 0, "Kenya hosted them.", "svo.host", "2021-03-02")}));
  KnowledgeGraph moved = std::move(g);
  REQUIRE(moved.find_relation("kenya", "hosts", "nairobi-talks") != nullptr);
  CHECK(moved.find_relation("kenya", "hosts", "nairobi-talks")->weight() == 2);
  CHECK(g.relation_count() == 0);
  CHECK(g.find_relation("kenya", "hosts", "nairobi-talks") == nullptr);
}

TEST_CASE("merge_nodes folds nodes into survivors in place, moving the evidence", "[model]") {
  KnowledgeGraph g;
  g.documents["doc-1"] = DocumentRecord{"doc-1", "Talks", "", "", "2021-03-01", 100};
  g.add_entity(make_entity("alba", "Alba", EntityType::country));
  g.add_entity(make_entity("alba-government", "Alban government", EntityType::government));
  g.add_entity(make_entity("zora", "Zora", EntityType::country));
  g.add_entity(make_entity("zora-talks", "Zora talks", EntityType::event));
  // Sentences longer than any short-string buffer, so a copy would move their bytes.
  const std::string backs =
      "The Alban government backed the Zora talks on Monday, officials in both capitals said.";
  const std::string hosts =
      "Alba hosted the Zora talks, the first round of them, in its capital on Monday.";
  const std::string said =
      "Alba and the Alban government said the same thing about the talks on Monday.";
  g.add_relation(make_relation("alba-government", "backs", "zora-talks",
                               {make_evidence("doc-1", 0, backs, "svo.back", "2021-03-01")}));
  g.add_relation(make_relation("alba", "backs", "zora-talks",
                               {make_evidence("doc-1", 1, hosts, "svo.back", "2021-03-01")}));
  g.add_relation(make_relation("alba-government", "cooperates_with", "alba",
                               {make_evidence("doc-1", 2, said, "coord", "2021-03-01")}));
  g.add_relation(make_relation("zora", "hosts", "zora-talks",
                               {make_evidence("doc-1", 3, hosts, "svo.host", "2021-03-01")}));
  const char* backs_bytes =
      g.find_relation("alba-government", "backs", "zora-talks")->evidence.begin()->text.data();
  const char* hosts_bytes =
      g.find_relation("zora", "hosts", "zora-talks")->evidence.begin()->text.data();

  g.merge_nodes({{"alba-government", "alba"}});

  CHECK(g.entity_count() == 3);
  CHECK(g.find_entity("alba-government") == nullptr);
  const Entity* alba = g.find_entity("alba");
  REQUIRE(alba != nullptr);
  CHECK(alba->label == "Alba");  // the survivor's label and type
  CHECK(alba->type == EntityType::country);
  CHECK(alba->aliases.count("Alban government") == 1);  // the merged node's label kept as a name
  CHECK(alba->mentions == 2);
  CHECK(g.find_relation("alba", "cooperates_with", "alba") == nullptr);  // now a self-loop: dropped
  CHECK(g.relation_count() == 2);
  const Relation* backed = g.find_relation("alba", "backs", "zora-talks");
  REQUIRE(backed != nullptr);
  CHECK(backed->weight() == 2);  // the two edges' evidence unioned
  CHECK(g.documents.count("doc-1") == 1);
  // Moved, not copied: the sentences are the same bytes in memory as before.
  bool same_bytes = false;
  for (const Evidence& e : backed->evidence)
    if (e.sentence == 0) same_bytes = e.text.data() == backs_bytes;
  CHECK(same_bytes);
  CHECK(g.find_relation("zora", "hosts", "zora-talks")->evidence.begin()->text.data() ==
        hosts_bytes);

  // The same as merging the records by hand into a fresh graph.
  KnowledgeGraph expected;
  expected.documents = g.documents;
  Entity merged = make_entity("alba", "Alba", EntityType::country, 2);
  merged.aliases.insert("Alban government");
  expected.add_entity(merged);
  expected.add_entity(make_entity("zora", "Zora", EntityType::country));
  expected.add_entity(make_entity("zora-talks", "Zora talks", EntityType::event));
  expected.add_relation(
      make_relation("alba", "backs", "zora-talks",
                    {make_evidence("doc-1", 0, backs, "svo.back", "2021-03-01"),
                     make_evidence("doc-1", 1, hosts, "svo.back", "2021-03-01")}));
  expected.add_relation(make_relation(
      "zora", "hosts", "zora-talks", {make_evidence("doc-1", 3, hosts, "svo.host", "2021-03-01")}));
  CHECK(g == expected);
  CHECK(json_of(g) == json_of(expected));

  g.merge_nodes({});  // nothing to do
  CHECK(g == expected);
}
