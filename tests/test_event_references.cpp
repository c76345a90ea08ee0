// "this initiative", "that initiative", "the joint initiative by X and Y": nouns
// that refer to the gathering an article is about, and the relations read
// through them. Every sentence is written for the tests.
#include <catch2/catch.hpp>

#include <string>

#include "actorgraph/pipeline.hpp"

using namespace actorgraph;

namespace {

DocumentAnalysis analyse(std::string text, std::string date = "2018-03-14") {
  Pipeline pipeline(Lexicon::builtin());
  Document document;
  document.id = "doc";
  document.date = std::move(date);
  document.text = std::move(text);
  return pipeline.analyze(document);
}

std::string dump(const DocumentAnalysis& a) {
  std::string d;
  for (const auto* r : a.graph.relations()) d += r->source + " " + r->type + " " + r->target + "\n";
  for (const auto& m : a.mentions)
    if (m.type == EntityType::event) d += "[" + m.text + " -> " + m.entity + "]\n";
  return d;
}

bool refers(const DocumentAnalysis& a, std::string_view text, std::string_view id) {
  for (const auto& m : a.mentions)
    if (m.type == EntityType::event && m.text == text && m.entity == id) return true;
  return false;
}

bool any_event_mention(const DocumentAnalysis& a, std::string_view text) {
  for (const auto& m : a.mentions)
    if (m.type == EntityType::event && m.text == text) return true;
  return false;
}

}  // namespace

TEST_CASE("an initiative refers to the gathering mentioned before it", "[events][references]") {
  const auto a = analyse(
      "Peace talks between Sudan and South Sudan opened in Addis Ababa on Monday. "
      "Both Egypt and the African Union support this initiative, officials said. "
      "It was the initiative of Ethiopian Prime Minister Abiy Ahmed, while Kenyan President "
      "Uhuru Kenyatta supported that initiative.");
  INFO(dump(a));
  const std::string talks = "addis-ababa-talks-2018-03";
  REQUIRE(a.graph.find_entity(talks));
  CHECK(refers(a, "initiative", talks));
  CHECK(a.graph.find_relation("egypt", "backs", talks));
  CHECK(a.graph.find_relation("african-union", "backs", talks));
  CHECK(a.graph.find_relation("abiy-ahmed", "brokered", talks));
  CHECK(a.graph.find_relation("uhuru-kenyatta", "backs", talks));
  // A reference is no name of the event.
  CHECK(a.graph.find_entity(talks)->aliases.count("initiative") == 0);
}

TEST_CASE("a joint initiative by a list: each member brokered it", "[events][references]") {
  const auto a = analyse(
      "Negotiations on Yemen resumed in Kuwait on Tuesday. "
      "The joint initiative by Oman, Qatar and Kuwait suffered a setback when the delegations "
      "left the room.");
  INFO(dump(a));
  const std::string talks = "kuwait-talks-2018-03";
  REQUIRE(a.graph.find_entity(talks));
  CHECK(a.graph.find_relation("oman", "brokered", talks));
  CHECK(a.graph.find_relation("qatar", "brokered", talks));
  CHECK(a.graph.find_relation("kuwait", "brokered", talks));
}

TEST_CASE("initiatives that refer to nothing", "[events][references]") {
  SECTION("no gathering in the document") {
    const auto a = analyse("Egypt and Jordan support this initiative, the minister said.");
    INFO(dump(a));
    CHECK_FALSE(any_event_mention(a, "initiative"));
    for (const auto* r : a.graph.relations()) CHECK(r->type != "backs");
  }
  SECTION("indefinite, quantified or new initiatives introduce something else") {
    const auto a = analyse(
        "Talks between Armenia and Azerbaijan opened in Vienna on Monday. "
        "Russia welcomes any initiative that could end the war. "
        "France backed a new initiative by Germany.");
    INFO(dump(a));
    CHECK_FALSE(any_event_mention(a, "initiative"));
    CHECK_FALSE(any_event_mention(a, "new initiative"));
    CHECK_FALSE(a.graph.find_relation("germany", "brokered", "vienna-talks-2018-03"));
    CHECK_FALSE(a.graph.find_relation("france", "backs", "vienna-talks-2018-03"));
  }
  SECTION("a negated backing is no fact") {
    const auto a = analyse(
        "Talks between Armenia and Azerbaijan opened in Vienna on Monday. "
        "Turkey did not support that initiative.");
    INFO(dump(a));
    CHECK(refers(a, "initiative", "vienna-talks-2018-03"));
    CHECK_FALSE(a.graph.find_relation("turkey", "backs", "vienna-talks-2018-03"));
  }
}

TEST_CASE("event places: the country of the city and the venue are places too",
          "[events][references]") {
  const auto a = analyse(
      "Peace talks between Sudan and South Sudan opened at Nairobi's Serena Hotel on Monday. "
      "The talks resumed in the East African republic of Kenya on Tuesday.");
  INFO(dump(a));
  const std::string talks = "nairobi-talks-2018-03";
  REQUIRE(a.graph.find_entity(talks));
  CHECK(a.graph.find_relation(talks, "located_in", "nairobi"));
  CHECK(a.graph.find_relation(talks, "located_in", "kenya"));
  CHECK(a.graph.find_relation(talks, "located_in", "serena-hotel"));
  CHECK(a.graph.find_relation("serena-hotel", "located_in", "nairobi"));
}
