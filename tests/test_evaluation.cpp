// Evaluation against gold files: name matching, splits and merges, synonyms,
// symmetric relations, optional items, the arithmetic, and gold file errors.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include <rapidjson/document.h>

#include "actorgraph/error.hpp"
#include "actorgraph/evaluation.hpp"
#include "graph_test_support.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using actorgraph::test::make_entity;
using actorgraph::test::make_evidence;
using actorgraph::test::make_relation;

namespace {

Entity node(std::string id, std::string label, EntityType type, std::initializer_list<const char*> aliases = {},
            std::size_t mentions = 1) {
  Entity e = make_entity(std::move(id), std::move(label), type, mentions);
  for (const char* alias : aliases) e.aliases.insert(alias);
  return e;
}

void edge(KnowledgeGraph& g, std::string source, std::string type, std::string target) {
  g.add_relation(make_relation(std::move(source), std::move(type), std::move(target),
                               {make_evidence("doc-1", 0, "A sentence.", "test-rule", "2021-03-04")}));
}

// Gold about a fictional summit: Chile and Peru meet in Lima; Brazil brokers it.
constexpr const char* kGold = R"json({
  "corpus": "unit",
  "entities": [
    {"id": "chile", "type": "country", "names": ["Chile", "Republic of Chile"]},
    {"id": "peru", "type": "country", "names": ["Peru"]},
    {"id": "brazil", "type": "country", "names": ["Brazil", "Brasil"]},
    {"id": "jose-nunez", "type": "person", "names": ["José Núñez", "Nunez"]},
    {"id": "lima", "type": "location", "names": ["Lima"]},
    {"id": "lima-summit-2021-03", "type": "event", "names": ["Lima summit", "summit in Lima"]},
    {"id": "old-summit", "type": "event", "names": ["Cusco summit"], "optional": true}
  ],
  "relations": [
    {"source": "brazil", "relation": "brokered", "target": "lima-summit-2021-03", "document": "d1", "evidence": "Brazil-brokered summit"},
    {"source": "chile", "relation": "meets", "target": "peru", "document": "d1", "evidence": "Chile met Peru"},
    {"source": "chile", "relation": "backs", "target": "peru"},
    {"source": "lima-summit-2021-03", "relation": "located_in", "target": "lima"},
    {"source": "jose-nunez", "relation": "leads", "target": "chile", "optional": true}
  ],
  "relation_synonyms": {"supports": "backs", "mediates": "brokered"},
  "symmetric_relations": ["meets"]
})json";

const EntityMatch& match_of(const NodeReport& report, const std::string& gold_id) {
  const auto it = std::find_if(report.matches.begin(), report.matches.end(),
                               [&](const EntityMatch& m) { return m.gold_id == gold_id; });
  REQUIRE(it != report.matches.end());
  return *it;
}

}  // namespace

TEST_CASE("name keys ignore case, accents, punctuation, spaces and a leading 'the'", "[eval]") {
  CHECK(name_match_key("José Núñez") == name_match_key("jose nunez"));
  CHECK(name_match_key("Erdoğan") == "erdogan");
  CHECK(name_match_key("the U.S.") == name_match_key("US"));
  CHECK(name_match_key("al-Assad") == name_match_key("Al Assad"));
  CHECK(name_match_key("Côte d’Ivoire") == name_match_key("Cote d'Ivoire"));
  CHECK(name_match_key("Theodore") == "theodore");  // "the" only as a word
  CHECK(name_match_key("Chile") != name_match_key("China"));
  CHECK(name_match_key("...") .empty());
}

TEST_CASE("precision, recall and F1 arithmetic", "[eval]") {
  Score s{3, 1, 2};
  CHECK(s.precision() == Approx(0.75));
  CHECK(s.recall() == Approx(0.6));
  CHECK(s.f1() == Approx(2 * 0.75 * 0.6 / 1.35));
  CHECK(Score{}.precision() == 1.0);
  CHECK(Score{}.recall() == 1.0);
  CHECK(Score{0, 0, 4}.precision() == 0.0);
  CHECK(Score{0, 0, 4}.recall() == 0.0);
  CHECK(Score{0, 5, 0}.f1() == 0.0);
}

TEST_CASE("nodes match gold entities by id, label or alias after folding", "[eval]") {
  const Gold gold = read_gold(kGold, "unit-gold.json");
  KnowledgeGraph g;
  g.add_entity(node("chile", "Chile", EntityType::country));                      // by id
  g.add_entity(node("republica-del-peru", "PERU", EntityType::country));           // by label, case
  g.add_entity(node("brasil-1", "Federative Republic", EntityType::country, {"brasil"}));  // by alias
  g.add_entity(node("nunez", "Jose Nunez", EntityType::person));                  // accents
  g.add_entity(node("ecuador", "Ecuador", EntityType::country));                  // not in gold
  const auto report = evaluate(g, gold);

  CHECK(match_of(report.actors, "chile").node_ids == std::vector<std::string>{"chile"});
  CHECK(match_of(report.actors, "peru").node_ids == std::vector<std::string>{"republica-del-peru"});
  CHECK(match_of(report.actors, "brazil").node_ids == std::vector<std::string>{"brasil-1"});
  CHECK(match_of(report.actors, "jose-nunez").node_ids == std::vector<std::string>{"nunez"});
  CHECK(report.actors.misses == std::vector<std::string>{"lima"});
  REQUIRE(report.actors.extras.size() == 1);
  CHECK(report.actors.extras[0].node_id == "ecuador");
  CHECK(report.actors.extras[0].split_of.empty());
  CHECK(report.actors.score.true_positives == 4);
  CHECK(report.actors.score.false_positives == 1);
  CHECK(report.actors.score.false_negatives == 1);
  CHECK(report.actors.score.precision() == Approx(0.8));
  CHECK(report.actors.score.recall() == Approx(0.8));
}

TEST_CASE("a gold entity split over two nodes counts once; the rest are extras", "[eval]") {
  const Gold gold = read_gold(kGold, "unit-gold.json");
  KnowledgeGraph g;
  g.add_entity(node("jose-nunez", "José Núñez", EntityType::person, {}, 2));
  g.add_entity(node("nunez", "Nunez", EntityType::person, {}, 9));
  g.add_entity(node("chile", "Chile", EntityType::country));
  const auto report = evaluate(g, gold);
  // The id match is the counted node even though the other is mentioned more.
  CHECK(match_of(report.actors, "jose-nunez").node_ids == std::vector<std::string>{"jose-nunez", "nunez"});
  REQUIRE(report.actors.extras.size() == 1);
  CHECK(report.actors.extras[0].node_id == "nunez");
  CHECK(report.actors.extras[0].split_of == "jose-nunez");
  CHECK(report.actors.score.true_positives == 2);
  CHECK(report.actors.score.false_positives == 1);
}

TEST_CASE("a node whose names match several gold entities is counted once and reported", "[eval]") {
  const Gold gold = read_gold(kGold, "unit-gold.json");
  KnowledgeGraph g;
  // A resolver that wrongly merged Peru into Chile: label wins over alias.
  g.add_entity(node("n1", "Chile", EntityType::country, {"Peru"}));
  const auto report = evaluate(g, gold);
  CHECK(report.node_to_gold.at("n1") == "chile");
  REQUIRE(report.merged_nodes.size() == 1);
  CHECK(report.merged_nodes[0].gold_ids == std::vector<std::string>{"chile", "peru"});
  CHECK(std::find(report.actors.misses.begin(), report.actors.misses.end(), "peru") != report.actors.misses.end());
}

TEST_CASE("actors and events are scored separately and never match each other", "[eval]") {
  const Gold gold = read_gold(kGold, "unit-gold.json");
  KnowledgeGraph g;
  g.add_entity(node("lima", "Lima", EntityType::location));
  g.add_entity(node("ev1", "Lima summit", EntityType::event));
  g.add_entity(node("ev2", "Cusco summit", EntityType::event));         // optional: neither TP nor FP
  g.add_entity(node("ev3", "Lima", EntityType::event, {"summit"}));      // an event named like a city
  const auto report = evaluate(g, gold);
  CHECK(report.node_to_gold.at("lima") == "lima");
  CHECK(report.node_to_gold.at("ev1") == "lima-summit-2021-03");
  CHECK_FALSE(report.node_to_gold.contains("ev3"));
  CHECK(report.events.score.true_positives == 1);
  CHECK(report.events.score.false_positives == 1);  // ev3
  CHECK(report.events.score.false_negatives == 0);  // the optional summit is no miss
  CHECK(report.events.extras.at(0).node_id == "ev3");
}

TEST_CASE("edges: synonyms, symmetric relations, unmatched endpoints, duplicates", "[eval]") {
  const Gold gold = read_gold(kGold, "unit-gold.json");
  KnowledgeGraph g;
  g.add_entity(node("chile", "Chile", EntityType::country));
  g.add_entity(node("peru", "Peru", EntityType::country));
  g.add_entity(node("peru-2", "Republic of Peru", EntityType::country, {"Peru"}));  // split
  g.add_entity(node("brazil", "Brazil", EntityType::country));
  g.add_entity(node("ecuador", "Ecuador", EntityType::country));
  g.add_entity(node("summit", "Lima summit", EntityType::event));
  edge(g, "brazil", "mediates", "summit");   // synonym of brokered: TP
  edge(g, "peru", "meets", "chile");         // reversed, symmetric: TP
  edge(g, "peru-2", "meets", "chile");       // same fact through the split node: not counted again
  edge(g, "peru", "supports", "chile");      // backs is directed: wrong direction = FP
  edge(g, "ecuador", "backs", "peru");       // unmatched source: FP
  const auto report = evaluate(g, gold);

  CHECK(report.edges.true_positives == 2);
  CHECK(report.edges.false_positives == 2);
  CHECK(report.edges.false_negatives == 2);  // chile backs peru, summit located_in lima
  CHECK(report.edges.precision() == Approx(0.5));
  CHECK(report.edges.recall() == Approx(0.5));
  CHECK(report.edges_by_relation.at("brokered").true_positives == 1);
  CHECK(report.edges_by_relation.at("meets").true_positives == 1);
  CHECK(report.edges_by_relation.at("backs").false_positives == 2);
  CHECK(report.edges_by_relation.at("backs").false_negatives == 1);
  CHECK(report.edges_by_relation.at("located_in").false_negatives == 1);
  CHECK_FALSE(report.edges_by_relation.contains("leads"));  // only an optional gold relation

  REQUIRE(report.edge_misses.size() == 2);
  CHECK(report.edge_misses[0].relation == "backs");
  CHECK(report.edge_misses[1].relation == "located_in");
  REQUIRE(report.edge_extras.size() == 2);
  CHECK(report.edge_extras[0].source == "ecuador");
  CHECK(report.edge_extras[0].gold_source.empty());
  CHECK(report.edge_extras[0].gold_target == "peru");
  CHECK(report.edge_extras[0].evidence == "A sentence.");
  CHECK(report.edge_extras[1].relation == "supports");
}

TEST_CASE("optional gold relations are neither misses nor extras", "[eval]") {
  const Gold gold = read_gold(kGold, "unit-gold.json");
  KnowledgeGraph g;
  g.add_entity(node("nunez", "Nunez", EntityType::person));
  g.add_entity(node("chile", "Chile", EntityType::country));
  edge(g, "nunez", "leads", "chile");
  const auto with = evaluate(g, gold);
  CHECK(with.edges.true_positives == 0);
  CHECK(with.edges.false_positives == 0);
  CHECK(with.edges.false_negatives == 4);
  // The same edge reversed is not the optional fact: an extra.
  KnowledgeGraph h;
  h.add_entity(node("nunez", "Nunez", EntityType::person));
  h.add_entity(node("chile", "Chile", EntityType::country));
  edge(h, "chile", "leads", "nunez");
  CHECK(evaluate(h, gold).edges.false_positives == 1);
}

TEST_CASE("scored_relations and scored sections limit what is scored", "[eval]") {
  const Gold gold = read_gold(R"json({
    "corpus": "partial",
    "entities": [
      {"id": "acme", "type": "organization", "names": ["Acme Corp"]},
      {"id": "ann-lee", "type": "person", "names": ["Ann Lee"]}
    ],
    "relations": [{"source": "ann-lee", "relation": "member_of", "target": "acme"}],
    "scored_relations": ["member_of", "located_in"],
    "scored": ["actors", "edges"]
  })json", "partial.json");
  KnowledgeGraph g;
  g.add_entity(node("ann", "Ann Lee", EntityType::person));
  g.add_entity(node("acme", "Acme Corp", EntityType::organization));
  g.add_entity(node("talks", "Acme talks", EntityType::event));
  edge(g, "ann", "member_of", "acme");
  edge(g, "ann", "attends", "talks");  // not a scored relation
  edge(g, "acme", "located_in", "ann");  // scored, wrong: FP
  const auto report = evaluate(g, gold);
  CHECK(report.edges.true_positives == 1);
  CHECK(report.edges.false_positives == 1);
  CHECK_FALSE(report.edges_by_relation.contains("attends"));
  CHECK_FALSE(report.events.scored);
  CHECK(report.events.score.false_positives == 0);
  CHECK(report.actors.scored);
}

TEST_CASE("the report as JSON holds the figures, misses and extras", "[eval]") {
  const Gold gold = read_gold(kGold, "unit-gold.json");
  KnowledgeGraph g;
  g.add_entity(node("chile", "Chile", EntityType::country));
  g.add_entity(node("ecuador", "Ecuador", EntityType::country));
  const std::string json = to_json(evaluate(g, gold));
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["actors"]["score"]["true_positives"].GetUint64() == 1);
  CHECK(doc["actors"]["score"]["precision"].GetDouble() == Approx(0.5));
  CHECK(doc["actors"]["extras"][0]["node"].GetString() == std::string("ecuador"));
  CHECK(doc["edges"]["misses"].Size() == 4);
}

TEST_CASE("gold file errors name the file and the JSON pointer", "[eval]") {
  auto message = [](const std::string& text) {
    try {
      read_gold(text, "bad-gold.json");
    } catch (const ParseError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK_THAT(message(R"({"corpus": "x", "entities": [{"id": "a", "type": "planet", "names": ["A"]}]})"),
             Catch::StartsWith("bad-gold.json: /entities/0/type:"));
  CHECK_THAT(message(R"({"corpus": "x", "entities": [{"id": "Bad Id", "type": "person", "names": ["A"]}]})"),
             Catch::StartsWith("bad-gold.json: /entities/0/id:"));
  CHECK_THAT(message(R"({"corpus": "x", "entities": [{"id": "a", "type": "person", "names": []}]})"),
             Catch::StartsWith("bad-gold.json: /entities/0/names:"));
  CHECK_THAT(message(R"({"corpus": "x", "entities": [], "extra": 1})"), Catch::StartsWith("bad-gold.json: /"));
  CHECK_THAT(message(R"({"corpus": "x", "entities": [{"id": "a", "type": "person", "names": ["A"]},
                                                     {"id": "a", "type": "person", "names": ["B"]}]})"),
             Catch::StartsWith("bad-gold.json: /entities/1/id: duplicate"));
  CHECK_THAT(message(R"({"corpus": "x", "entities": [{"id": "a", "type": "person", "names": ["A"]}],
                         "relations": [{"source": "a", "relation": "leads", "target": "zz"}]})"),
             Catch::StartsWith("bad-gold.json: /relations/0/target: unknown entity id \"zz\""));
  CHECK_THAT(message("{\"corpus\": \"x\",\n \"entities\": [}"), Catch::StartsWith("bad-gold.json:2:"));
  CHECK_THAT(message(""), Catch::StartsWith("bad-gold.json:1:1:"));
  CHECK_THAT(message(std::string(5000, '[')), Catch::Contains("nested deeper"));
  CHECK_THAT(message("{\"corpus\": \"\xff\", \"entities\": []}"), Catch::StartsWith("bad-gold.json:1:"));
  CHECK_THROWS_AS(read_gold_file("/nonexistent/gold.json"), IoError);
}

TEST_CASE("the sample corpus gold file is valid and consistent", "[eval]") {
  const Gold gold = read_gold_file(test::source_dir() / "corpus" / "astana-2017" / "gold.json");
  CHECK(gold.entities.size() >= 40);
  CHECK(gold.relations.size() >= 50);
  CHECK(gold.symmetric_relations.contains("meets"));
  // No two gold entities of the same kind share a name: matching would be ambiguous.
  std::map<std::pair<bool, std::string>, std::string> owner;
  for (const auto& entity : gold.entities) {
    for (const auto& name : entity.names) {
      const auto key = std::make_pair(entity.type == EntityType::event, name_match_key(name));
      const auto [it, inserted] = owner.emplace(key, entity.id);
      INFO(name << " in " << entity.id << " and " << it->second);
      CHECK((inserted || it->second == entity.id));
    }
  }
}
