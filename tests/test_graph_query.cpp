// Graph queries: filters, names, ego networks, paths, evidence spans, centrality.
#include <atomic>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "actorgraph/actorgraph.hpp"
#include "graph_test_support.hpp"
#include "test_support.hpp"

namespace ag = actorgraph;
using ag::EntityType;
using ag::test::make_entity;
using ag::test::make_evidence;
using ag::test::make_relation;

namespace {

// Six actors of an invented dispute; f is isolated.
//   a -backs-> c (x2), b -backs-> c, c -attends-> e, a -hosts-> e,
//   a -attends-> e, d -criticises-> a (undated)
ag::KnowledgeGraph dispute_graph() {
  ag::KnowledgeGraph g;
  g.add_entity(make_entity("norland", "Norland", EntityType::country, 9));
  ag::Entity sud = make_entity("sudland", "Südland", EntityType::country, 4);
  sud.aliases.insert("Sudland Republic");
  g.add_entity(sud);
  g.add_entity(make_entity("mikhail-petrenko", "Mikhail Petrenko", EntityType::person, 5));
  g.add_entity(make_entity("union-of-ports", "Union of Ports", EntityType::organization, 2));
  g.add_entity(make_entity("oslo-talks", "Oslo talks", EntityType::event, 3));
  g.add_entity(make_entity("ines-orsted", "Inès Ørsted", EntityType::person, 1));
  g.add_relation(make_relation(
      "norland", "backs", "mikhail-petrenko",
      {make_evidence("doc1", 2, "Norland strongly backed Mikhail Petrenko on Tuesday.", "svo.back",
                     "2021-03-01", 0.6),
       make_evidence("doc2", 0, "Petrenko thanked his Norland backers.", "noun.backer",
                     "2021-04-02", 0.9)}));
  g.add_relation(make_relation("sudland", "backs", "mikhail-petrenko",
                               {make_evidence("doc1", 3, "Südland also supports Petrenko.",
                                              "svo.support", "2021-03-05", 0.7)}));
  g.add_relation(make_relation("mikhail-petrenko", "attends", "oslo-talks",
                               {make_evidence("doc2", 1, "Petrenko attended the Oslo talks.",
                                              "svo.attend", "2021-04-02", 0.8)}));
  g.add_relation(make_relation("norland", "hosts", "oslo-talks",
                               {make_evidence("doc2", 2, "Norland hosted the talks in Oslo.",
                                              "svo.host", "2021-04-02", 0.8)}));
  g.add_relation(make_relation("norland", "attends", "oslo-talks",
                               {make_evidence("doc1", 5, "Norland sent a delegation to Oslo.",
                                              "noun.delegation", "2021-03-10", 0.5)}));
  g.add_relation(make_relation("union-of-ports", "criticises", "norland",
                               {make_evidence("doc3", 0, "The Union of Ports criticised Norland.",
                                              "svo.criticise", "", 0.7)}));
  return g;
}

std::vector<std::string> keys(const std::vector<const ag::Relation*>& relations) {
  std::vector<std::string> out;
  for (const auto* r : relations) out.push_back(r->source + " " + r->type + " " + r->target);
  return out;
}

std::vector<std::string> ids(const ag::KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (const auto* e : g.entities()) out.push_back(e->id);
  return out;
}

}  // namespace

TEST_CASE("names fold case, accents, hyphens and periods", "[query]") {
  CHECK(ag::fold_query_name("Südland") == "sudland");
  CHECK(ag::fold_query_name("  SÜDLAND  ") == "sudland");
  CHECK(ag::fold_query_name("Inès Ørsted") == "ines orsted");
  CHECK(ag::fold_query_name("mikhail-petrenko") == "mikhail petrenko");
  CHECK(ag::fold_query_name("U.N.") == "un");
  CHECK(ag::fold_query_name("Côte d’Ivoire") == "cote d'ivoire");
  CHECK(ag::fold_query_name("Ерлан") == "ерлан");
  CHECK(ag::fold_query_name("\xff\xfe") == "");
  CHECK(ag::edit_distance("Lavrentev", "Lavrentiev") == 1);
  CHECK(ag::edit_distance("Ørsted", "Orsted") == 1);  // code points, not bytes
  CHECK(ag::edit_distance("", "abc") == 3);
}

TEST_CASE("names resolve through ids, labels and aliases", "[query]") {
  const auto g = dispute_graph();
  const ag::NameIndex names(g);
  CHECK(names.resolve("norland") == "norland");
  CHECK(names.resolve("NORLAND") == "norland");
  CHECK(names.resolve("sudland") == "sudland");           // label without its accent
  CHECK(names.resolve("Sudland republic") == "sudland");  // alias, other case
  CHECK(names.resolve("ines orsted") == "ines-orsted");   // è and ø
  CHECK(names.resolve("Mikhail Petrenko") == "mikhail-petrenko");
  CHECK(names.resolve("union of ports") == "union-of-ports");
  CHECK_FALSE(names.resolve("Petrenko").has_value());  // no alias holds the surname alone
  CHECK_FALSE(names.resolve("").has_value());
  CHECK(ag::resolve_name(g, "Oslo Talks") == "oslo-talks");
}

TEST_CASE("a misspelt name is answered with the closest names", "[query]") {
  const auto g = dispute_graph();
  const ag::NameIndex names(g);
  CHECK(names.suggest("Petrenco") == std::vector<std::string>{"Mikhail Petrenko"});
  CHECK(names.suggest("Nordland") == std::vector<std::string>{"Norland"});
  CHECK(names.suggest("Orsted") == std::vector<std::string>{"Inès Ørsted"});
  CHECK(names.suggest("Zanzibar").empty());
  try {
    names.require("Petrenco");
    FAIL("no exception");
  } catch (const ag::UnknownName& e) {
    CHECK(std::string(e.what()) == "no actor 'Petrenco'; did you mean 'Mikhail Petrenko'?");
    CHECK(e.name() == "Petrenco");
  }
  try {
    names.require("Zanzibar");
    FAIL("no exception");
  } catch (const ag::Error& e) {  // UnknownName is an actorgraph::Error
    CHECK(std::string(e.what()) == "no actor 'Zanzibar'");
  }
  // Several close names: all offered, nearest first.
  ag::KnowledgeGraph h;
  h.add_entity(make_entity("alexander-lavrentiev", "Alexander Lavrentiev", EntityType::person));
  h.add_entity(make_entity("alexei-lavrentev", "Alexei Lavrentev", EntityType::person));
  h.add_entity(make_entity("lavra", "Lavra", EntityType::location));
  const auto s = ag::suggest_names(h, "Alexander Lavrentev");
  REQUIRE(s.size() >= 2);
  CHECK(s[0] == "Alexander Lavrentiev");
  CHECK(s[1] == "Alexei Lavrentev");
  CHECK(ag::suggest_names(h, "Lavrentev").front() == "Alexei Lavrentev");
}

TEST_CASE("an exact id wins, then a label, then more mentions", "[query]") {
  ag::KnowledgeGraph g;
  ag::Entity gov =
      make_entity("government-of-norland", "Government of Norland", EntityType::government, 50);
  gov.aliases.insert("Norland");
  g.add_entity(gov);
  g.add_entity(make_entity("nl", "Norland", EntityType::country, 3));
  ag::Entity x = make_entity("x1", "Delta Front", EntityType::armed_group, 1);
  ag::Entity y = make_entity("x2", "Delta Brigade", EntityType::armed_group, 7);
  x.aliases.insert("Delta");
  y.aliases.insert("Delta");
  g.add_entity(x);
  g.add_entity(y);
  CHECK(ag::resolve_name(g, "Norland") == "nl");  // a label beats another entity's alias
  CHECK(ag::resolve_name(g, "delta") == "x2");    // both aliases: more mentions
  CHECK(ag::resolve_name(g, "x1") == "x1");
}

TEST_CASE("filters select edges by endpoint, type, date, document and weight", "[query]") {
  const auto g = dispute_graph();
  ag::RelationFilter f;
  CHECK(ag::find_relations(g, f).size() == g.relation_count());

  f.source = "norland";
  CHECK(keys(ag::find_relations(g, f)) == std::vector<std::string>{"norland attends oslo-talks",
                                                                   "norland backs mikhail-petrenko",
                                                                   "norland hosts oslo-talks"});
  f = {};
  f.relations = {"backs"};
  f.target = "mikhail-petrenko";
  CHECK(
      keys(ag::find_relations(g, f)) ==
      std::vector<std::string>{"norland backs mikhail-petrenko", "sudland backs mikhail-petrenko"});
  f = {};
  f.endpoint_type = EntityType::person;
  CHECK(ag::find_relations(g, f).size() == 3);
  f = {};
  f.endpoint_type = EntityType::location;
  CHECK(ag::find_relations(g, f).empty());

  f = {};
  f.since = "2021-04";
  CHECK(keys(ag::find_relations(g, f)) ==
        std::vector<std::string>{"mikhail-petrenko attends oslo-talks",
                                 "norland backs mikhail-petrenko", "norland hosts oslo-talks"});
  const auto* backs = g.find_relation("norland", "backs", "mikhail-petrenko");
  REQUIRE(f.matching_evidence(*backs).size() == 1);
  CHECK(f.matching_evidence(*backs).front()->document == "doc2");
  f = {};
  f.until = "2021-03";
  CHECK(keys(ag::find_relations(g, f)) ==
        std::vector<std::string>{"norland attends oslo-talks", "norland backs mikhail-petrenko",
                                 "sudland backs mikhail-petrenko"});
  f.since = "2021-03-05";
  f.until = "2021-03-10";
  CHECK(keys(ag::find_relations(g, f)) ==
        std::vector<std::string>{"norland attends oslo-talks", "sudland backs mikhail-petrenko"});
  f = {};
  f.document = "doc3";
  CHECK(keys(ag::find_relations(g, f)) ==
        std::vector<std::string>{"union-of-ports criticises norland"});
  f = {};
  f.min_weight = 2;
  CHECK(keys(ag::find_relations(g, f)) ==
        std::vector<std::string>{"norland backs mikhail-petrenko"});
  f.since = "2021-04";  // only one of its two sentences is that recent
  CHECK(ag::find_relations(g, f).empty());

  f = {};
  f.since = "2021/04";
  CHECK_THROWS_AS(ag::find_relations(g, f), ag::InvalidArgument);
  f.since = "";
  f.until = "April";
  CHECK_THROWS_WITH(ag::find_relations(g, f), Catch::Contains("until") && Catch::Contains("April"));
  CHECK(ag::relation_types(g) == std::set<std::string>{"attends", "backs", "criticises", "hosts"});
}

TEST_CASE("ego networks grow with depth and follow only the given relations", "[query]") {
  const auto g = dispute_graph();
  CHECK(ids(ag::ego_network(g, "mikhail-petrenko", 0)) ==
        std::vector<std::string>{"mikhail-petrenko"});
  const auto one = ag::ego_network(g, "mikhail-petrenko", 1);
  CHECK(ids(one) ==
        std::vector<std::string>{"mikhail-petrenko", "norland", "oslo-talks", "sudland"});
  CHECK(one.relation_count() == 5);  // every edge among those four, parallel ones included
  const auto two = ag::ego_network(g, "mikhail-petrenko", 2);
  CHECK(ids(two) == std::vector<std::string>{"mikhail-petrenko", "norland", "oslo-talks", "sudland",
                                             "union-of-ports"});
  CHECK(two.relation_count() == 6);
  const auto backs = ag::ego_network(g, "mikhail-petrenko", 3, {"backs"});
  CHECK(ids(backs) == std::vector<std::string>{"mikhail-petrenko", "norland", "sudland"});
  CHECK(backs.relation_count() == 2);
  const auto d = ag::hop_distances(g, "union-of-ports", 5);
  CHECK(d.at("union-of-ports") == 0);
  CHECK(d.at("norland") == 1);
  CHECK(d.at("sudland") == 3);
  CHECK_FALSE(d.contains("ines-orsted"));
  CHECK(ids(ag::ego_network(g, "ines-orsted", 2)) == std::vector<std::string>{"ines-orsted"});
  CHECK_THROWS_AS(ag::ego_network(g, "nobody", 1), ag::InvalidArgument);

  // Entities and evidence come over unchanged, and the subgraph writes like any graph.
  CHECK(*one.find_entity("sudland") == *g.find_entity("sudland"));
  CHECK(*one.find_relation("norland", "backs", "mikhail-petrenko") ==
        *g.find_relation("norland", "backs", "mikhail-petrenko"));
  const auto sub = ag::subgraph(g, {"norland", "union-of-ports", "not-there"});
  CHECK(ids(sub) == std::vector<std::string>{"norland", "union-of-ports"});
  CHECK(keys(sub.relations()) == std::vector<std::string>{"union-of-ports criticises norland"});
  std::ostringstream dot;
  ag::write_dot(one, dot);
  CHECK(dot.str().find("sudland") != std::string::npos);
  CHECK(dot.str().find("union-of-ports") == std::string::npos);
}

TEST_CASE("paths link two actors through relations in either direction, with evidence", "[query]") {
  const auto g = dispute_graph();
  const auto path = ag::shortest_path(g, "sudland", "union-of-ports");
  REQUIRE(path);
  CHECK(path->nodes ==
        std::vector<std::string>{"sudland", "mikhail-petrenko", "norland", "union-of-ports"});
  REQUIRE(path->hops.size() == 3);
  CHECK(path->cost == 3.0);
  CHECK(path->hops[0].relation->type == "backs");
  CHECK(path->hops[0].forward);
  CHECK(path->hops[1].relation->source == "norland");  // norland backs petrenko, walked backwards
  CHECK_FALSE(path->hops[1].forward);
  // The most confident of its two sentences.
  REQUIRE(path->hops[1].evidence);
  CHECK(path->hops[1].evidence->text == "Petrenko thanked his Norland backers.");
  CHECK(path->hops[2].relation->type == "criticises");
  CHECK_FALSE(path->hops[2].forward);

  CHECK_FALSE(ag::shortest_path(g, "norland", "ines-orsted").has_value());
  const auto self = ag::shortest_path(g, "norland", "norland");
  REQUIRE(self);
  CHECK(self->hops.empty());
  CHECK_THROWS_AS(ag::shortest_path(g, "norland", "atlantis"), ag::InvalidArgument);
  ag::PathOptions only_backs;
  only_backs.relations = {"backs"};
  CHECK_FALSE(ag::shortest_path(g, "sudland", "oslo-talks", only_backs).has_value());
  CHECK(ag::shortest_path(g, "sudland", "norland", only_backs)->hops.size() == 2);

  // Weighted: two well-attested links beat one thin one.
  ag::KnowledgeGraph w;
  for (const char* id : {"x", "y", "z"})
    w.add_entity(make_entity(id, id, EntityType::organization));
  w.add_relation(make_relation("x", "meets", "y", {make_evidence("d", 0, "X met Y.", "r", "")}));
  ag::Relation xz = make_relation("x", "backs", "z", {});
  ag::Relation zy = make_relation("y", "backs", "z", {});
  for (std::size_t i = 0; i < 4; ++i) {
    xz.evidence.insert(make_evidence("d", i + 1, "X backs Z.", "r", ""));
    zy.evidence.insert(make_evidence("d", i + 10, "Y backs Z.", "r", ""));
  }
  w.add_relation(xz);
  w.add_relation(zy);
  CHECK(ag::shortest_path(w, "x", "y")->nodes == std::vector<std::string>{"x", "y"});
  ag::PathOptions weighted;
  weighted.weighted = true;
  const auto heavy = ag::shortest_path(w, "x", "y", weighted);
  REQUIRE(heavy);
  CHECK(heavy->nodes == std::vector<std::string>{"x", "z", "y"});
  CHECK(heavy->cost == Approx(0.5));
}

TEST_CASE("evidence spans mark the actors and the trigger word", "[query]") {
  const auto g = dispute_graph();
  const auto* backs = g.find_relation("norland", "backs", "mikhail-petrenko");
  const ag::Evidence& e = *backs->evidence.begin();
  REQUIRE(e.text == "Norland strongly backed Mikhail Petrenko on Tuesday.");
  std::vector<std::string> marked;
  for (const auto& span : ag::evidence_spans(g, *backs, e))
    marked.push_back(e.text.substr(span.begin, span.end - span.begin));
  CHECK(marked == std::vector<std::string>{"Norland", "backed", "Mikhail Petrenko"});
  const ag::Evidence& noun = *std::next(backs->evidence.begin());
  marked.clear();
  for (const auto& span : ag::evidence_spans(g, *backs, noun))
    marked.push_back(noun.text.substr(span.begin, span.end - span.begin));
  CHECK(marked == std::vector<std::string>{"Petrenko", "Norland", "backers"});
  CHECK(ag::best_evidence(*backs)->confidence == 0.9);

  // The matched span: as long as end - start, from a name to a name.
  ag::Evidence located = e;
  located.text = "On Monday, Norland strongly backed Mikhail Petrenko again.";
  located.start = 5000;
  located.end = located.start + std::string("Norland strongly backed Mikhail Petrenko").size();
  const auto matched = ag::matched_span(g, *backs, located);
  REQUIRE(matched);
  CHECK(located.text.substr(matched->begin, matched->end - matched->begin) ==
        "Norland strongly backed Mikhail Petrenko");
  located.end = located.start + 5;  // no stretch of 5 bytes runs from a name to a name
  CHECK_FALSE(ag::matched_span(g, *backs, located).has_value());
  located.end = located.start + 500;  // longer than the sentence
  CHECK_FALSE(ag::matched_span(g, *backs, located).has_value());
}

TEST_CASE("centrality matches networkx on a small graph", "[query]") {
  const auto g = dispute_graph();
  const auto c = ag::compute_centrality(g);
  REQUIRE(c.actors.size() == 6);
  // Values from networkx 2.8: pagerank(DiGraph, alpha=0.85) and
  // betweenness_centrality(Graph, normalized=True) on the same links.
  const std::map<std::string, std::pair<double, double>> expected = {
      {"norland", {0.1606835565, 0.3}},          {"sudland", {0.0868559765, 0.0}},
      {"mikhail-petrenko", {0.2289740681, 0.3}}, {"union-of-ports", {0.0868559765, 0.0}},
      {"oslo-talks", {0.3497744459, 0.0}},       {"ines-orsted", {0.0868559765, 0.0}}};
  double total = 0;
  for (const auto& [id, values] : expected) {
    const auto* a = c.find(id);
    REQUIRE(a);
    CHECK(a->pagerank == Approx(values.first).margin(1e-8));
    CHECK(a->betweenness == Approx(values.second).margin(1e-12));
    total += a->pagerank;
  }
  CHECK(total == Approx(1.0));
  const auto* norland = c.find("norland");
  CHECK(norland->out_degree == 3);
  CHECK(norland->in_degree == 1);
  CHECK(norland->degree == 4);
  CHECK(c.find("oslo-talks")->in_degree == 3);
  CHECK(c.component_sizes == std::vector<std::size_t>{5, 1});
  CHECK(norland->component == 0);
  CHECK(c.find("ines-orsted")->component == 1);
  CHECK(c.find("nobody") == nullptr);
  CHECK(ag::compute_centrality(ag::KnowledgeGraph{}).actors.empty());

  // A star: the hub lies on every path, the leaves on none.
  ag::KnowledgeGraph star;
  star.add_entity(make_entity("hub", "Hub", EntityType::organization));
  for (const char* leaf : {"l1", "l2", "l3", "l4"}) {
    star.add_entity(make_entity(leaf, leaf, EntityType::country));
    star.add_relation(make_relation(leaf, "attends", "hub", {make_evidence("d", 0, "s", "r", "")}));
  }
  const auto s = ag::compute_centrality(star);
  CHECK(s.find("hub")->betweenness == Approx(1.0));
  CHECK(s.find("l1")->betweenness == 0.0);
  CHECK(s.find("hub")->pagerank > 3 * s.find("l1")->pagerank);
}

TEST_CASE("the fixture graph resolves names in other scripts and accents", "[query]") {
  const auto g = ag::read_json_file(ag::test::source_dir() / "tests/data/fixture-graph.json");
  const ag::NameIndex names(g);
  CHECK(names.resolve("turkey") == "turkiye");
  CHECK(names.resolve("TÜRKIYE") == "turkiye");
  CHECK(names.resolve("ерлан абдрахманов") == "yerlan-abdrakhmanov");
  CHECK(names.resolve("abdrakhmanov") == "yerlan-abdrakhmanov");
  CHECK(names.suggest("Turkye") == std::vector<std::string>{"Türkiye"});
  ag::RelationFilter f;
  f.source = "turkiye";
  f.target = "geneva-talks-2019";
  CHECK(keys(ag::find_relations(g, f)) ==
        std::vector<std::string>{"turkiye attends geneva-talks-2019",
                                 "turkiye hosts geneva-talks-2019"});
  const auto path = ag::shortest_path(g, "yerlan-abdrakhmanov", "back\\slash-org");
  REQUIRE(path);
  CHECK(path->hops.size() == 4);  // yerlan - geneva - turkiye - node - back\slash-org
}

TEST_CASE("const queries give the same answers from many threads", "[query]") {
  const auto g = dispute_graph();
  const ag::NameIndex names(g);
  ag::RelationFilter filter;
  filter.since = "2021-03";
  const auto expected_edges = keys(ag::find_relations(g, filter));
  const auto expected_path = ag::shortest_path(g, "sudland", "union-of-ports")->nodes;
  const auto expected_centrality = ag::compute_centrality(g);
  const auto expected_ego = ids(ag::ego_network(g, "norland", 1));
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 40; ++i) {
        if (keys(ag::find_relations(g, filter)) != expected_edges) ++mismatches;
        if (ag::shortest_path(g, "sudland", "union-of-ports")->nodes != expected_path) ++mismatches;
        if (names.resolve("Sudland Republic") != std::optional<std::string>("sudland"))
          ++mismatches;
        if (names.suggest("Petrenco").size() != 1) ++mismatches;
        if (ids(ag::ego_network(g, "norland", 1)) != expected_ego) ++mismatches;
        const auto c = ag::compute_centrality(g);
        for (std::size_t k = 0; k < c.actors.size(); ++k)
          if (c.actors[k].pagerank != expected_centrality.actors[k].pagerank ||
              c.actors[k].betweenness != expected_centrality.actors[k].betweenness)
            ++mismatches;
      }
    });
  }
  for (auto& t : threads) t.join();
  CHECK(mismatches == 0);
}

TEST_CASE("the umbrella header includes every public header", "[query]") {
  const auto dir = ag::test::source_dir() / "lib/include/actorgraph";
  const std::string umbrella = ag::test::read_file(dir / "actorgraph.hpp");
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const auto name = entry.path().filename().string();
    if (entry.path().extension() != ".hpp" || name == "actorgraph.hpp") continue;
    INFO(name);
    CHECK(umbrella.find("#include \"actorgraph/" + name + "\"") != std::string::npos);
  }
}
