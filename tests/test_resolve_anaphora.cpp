// References back to an actor: "it" and "its" for a country, government or
// organisation, and "the rebels" for the group named before by the same head noun;
// left alone where they mean a thing. Every sentence is written for the tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "actorgraph/pipeline.hpp"
#include "mention_test_analyse.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using actorgraph::test::analyse;
using actorgraph::test::dump;
using actorgraph::test::has_member;

TEST_CASE("its is the actor named before it in the sentence", "[resolution][pronoun]") {
  const auto a =
      analyse("Peru said it would halt its patrols, and Chile ended its blockade of the port.");
  INFO(dump(a));
  REQUIRE(a.find("it"));
  CHECK(a.find("it")->entity == "peru");  // the speaker of "said it"
  REQUIRE(a.find("its", 0));
  CHECK(a.find("its", 0)->entity == "peru");
  REQUIRE(a.find("its", 1));
  CHECK(a.find("its", 1)->entity == "chile");  // the nearer actor, not the subject
  // A sentence naming nothing before "its": the previous sentence's subject.
  const auto b = analyse("Ecuador closed the border on Monday. Its army sent two brigades.");
  INFO(dump(b));
  REQUIRE(b.find("Its"));
  CHECK(b.find("Its")->entity == "ecuador");
}

TEST_CASE("it and its are left alone where they mean a thing", "[resolution][pronoun]") {
  // "it" as what was said, not who says: no mention.
  const auto e = analyse("Peru denied it. Chile said it firmly.");
  INFO(dump(e));
  CHECK_FALSE(e.find("it"));
  // Expletive and event "it": no mention at all.
  const auto a = analyse("It is clear that Peru will win. It was the first such vote in Chile.");
  INFO(dump(a));
  CHECK_FALSE(a.find("It"));
  // A person speaking: "it" is what was said about, not an actor.
  const auto b = analyse("The Chilean minister Ana Rojas said it was unclear whether Peru agreed.");
  INFO(dump(b));
  if (const Mention* it = b.find("it")) CHECK(it->entity.empty());
  // A place or an event nearer than any actor: its fate is the town's.
  const auto c = analyse("Bolivia said the town of Oruro feared for its water supply.");
  INFO(dump(c));
  REQUIRE(c.find("its"));
  CHECK(c.find("its")->entity.empty());
  const auto d = analyse("The truce, the first of its kind, held for a week.");
  INFO(dump(d));
  if (const Mention* its = d.find("its")) CHECK(its->entity.empty());
}

TEST_CASE("a relation stated through its reaches the actor", "[resolution][pronoun][relations]") {
  // Edges read through the pronoun: the possessor of "its support for".
  Document doc;
  doc.id = "its";
  doc.text = "Norway renewed its support for the government of Chile on Monday.";
  const KnowledgeGraph g = test::builtin_pipeline().process(doc);
  bool backs = false;
  for (const Relation* r : g.relations())
    if (r->source == "norway" && r->type == "backs") backs = true;
  CHECK(backs);
}

TEST_CASE("the rebels are the group named before by the same head noun",
          "[resolution][collective]") {
  // No country's opposition named: "rebels" and "separatists" are one head.
  const auto a = analyse(
      "Pro-Serbian separatists seized the airport on Monday. The rebels later shelled the "
      "town.");
  INFO(dump(a));
  REQUIRE(a.find("rebels"));
  CHECK(a.find("rebels")->entity == a.find("Pro-Serbian separatists")->entity);
  CHECK(a.find("rebels")->decision.starts_with("head: "));
  // A country's opposition named: the rebels are the passage's opposition, not the
  // separatists, whose head differs.
  const auto b = analyse(
      "The Chilean opposition met in Lima on Monday. Pro-Bolivian separatists blocked roads "
      "in the north. The rebels said talks had failed.");
  INFO(dump(b));
  REQUIRE(b.find("rebels"));
  CHECK(b.find("rebels")->entity != b.find("Pro-Bolivian separatists")->entity);
}

TEST_CASE("pro-Moscow and pro-Russian name one group, in either order",
          "[resolution][collective]") {
  for (const std::string text :
       {"Pro-Belgrade militias blocked the road. Later pro-Serbian militias shelled the town.",
        "Pro-Serbian militias blocked the road. Later pro-Belgrade militias shelled the town."}) {
    const auto a = analyse(text);
    INFO(dump(a));
    std::string belgrade, serbian;
    for (const auto& m : a.mentions) {
      if (m.text.ends_with("Belgrade militias")) belgrade = m.entity;
      if (m.text.ends_with("Serbian militias")) serbian = m.entity;
    }
    CHECK_FALSE(belgrade.empty());
    CHECK(belgrade == serbian);
  }
}

TEST_CASE("they is not a list of places after a locative preposition", "[resolution][pronoun]") {
  const auto a = analyse(
      "Rebel fighters surged across Peru and Bolivia last year, and Chile launched air strikes "
      "against them.");
  INFO(dump(a));
  const Mention* them = a.find("them");
  REQUIRE(them);
  CHECK_FALSE(has_member(*them, "peru"));
  CHECK(them->entity != "peru");
  // A list that is who acted stays the antecedent.
  const auto b = analyse("Peru and Bolivia signed the pact. They will meet again in May.");
  INFO(dump(b));
  REQUIRE(b.find("They"));
  CHECK(has_member(*b.find("They"), "peru"));
}

TEST_CASE("a country backing or leading a regime is not its owner", "[resolution][collective]") {
  const auto a = analyse(
      "The Bolivian army held the north. Resurgent Chile-backed regime forces then swept across "
      "Bolivia, and Peru-led government troops followed.");
  INFO(dump(a));
  for (const auto& m : a.mentions) {
    if (m.type != EntityType::government) continue;
    CHECK(m.entity != "chile-government");
    CHECK(m.entity != "peru-government");
  }
  // The backer itself stays a mention, for the relation rules to read.
  CHECK(a.count_entity("chile") >= 1);
  // Its own regime keeps the country: "the Chilean regime", "Chile's government".
  const auto b = analyse("The Chilean regime denied it. Chile's government said so too.");
  INFO(dump(b));
  CHECK(b.count_entity("chile-government") == 2);
}
