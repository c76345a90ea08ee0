// Bodies named the way news prose names them: official names in lower case, names in
// quotes, a lexicon name continued in lower case. Every sentence is written for the tests.
#include <catch2/catch.hpp>

#include <string>

#include "mention_test_analyse.hpp"

using namespace actorgraph;
using actorgraph::test::analyse;
using actorgraph::test::dump;

TEST_CASE("an official name written in lower case is the body", "[mentions][bodies]") {
  const auto a = analyse("Diplomats from Chile briefed the security council on Monday.");
  INFO(dump(a));
  const Mention* council = a.find("security council");
  REQUIRE(council);
  CHECK(council->entity == "un-security-council");
  // "of" after it names another body; common words are no body.
  const auto b = analyse(
      "Members of the general assembly of the rowing club voted. The general mood was calm.");
  INFO(dump(b));
  CHECK_FALSE(b.find("general assembly"));
  CHECK(b.count_entity("un-general-assembly") == 0);
}

TEST_CASE("a group named in quotes after the", "[mentions][bodies]") {
  const auto a = analyse(
      "Lina Haddad, the leader of the \xE2\x80\x9C"
      "Cairo group\xE2\x80\x9D of the opposition, "
      "told reporters the talks would fail.");
  INFO(dump(a));
  const Mention* group = a.find("Cairo group");
  REQUIRE(group);
  CHECK(group->type == EntityType::organization);
  CHECK(group->entity == "cairo-group");
  CHECK_FALSE(a.find("Cairo"));  // the city is part of the name, not a place of the story
  // Quotes around a phrase that is no group name make nothing.
  const auto b = analyse("Officials called it the \"Nile deal\" and moved on.");
  INFO(dump(b));
  CHECK_FALSE(b.find("Nile deal"));
}

TEST_CASE("the permanent members of the Security Council", "[mentions][bodies]") {
  const auto a = analyse(
      "The Security Council permanent members issued a statement on Mali. Envoys of the P5 met "
      "in Vienna.");
  INFO(dump(a));
  const Mention* members = a.find("Security Council permanent members");
  REQUIRE(members);
  CHECK(members->entity == "un-security-council-permanent-members");
  REQUIRE(a.find("P5"));
  CHECK(a.find("P5")->entity == "un-security-council-permanent-members");
  // The Council itself stays the Council.
  const auto b = analyse("The Security Council met on Mali.");
  REQUIRE(b.find("Security Council"));
  CHECK(b.find("Security Council")->entity == "un-security-council");
}

TEST_CASE("a newspaper that employs a journalist of the story is an organisation",
          "[mentions][bodies]") {
  const auto a =
      analyse("The plan would fail, wrote columnist Ada Kaya in the Harbour Daily News on Monday.");
  INFO(dump(a));
  const Mention* paper = a.find("Harbour Daily News");
  REQUIRE(paper);
  CHECK(paper->type == EntityType::organization);
  // Cited as a source it is no actor: the article's source, not a party to the story.
  const auto b = analyse("The plan would fail, officials told the Harbour Daily News on Monday.");
  INFO(dump(b));
  CHECK_FALSE(b.any_text("Harbour"));
}

TEST_CASE("suburbs, neighbourhoods and strongholds are places", "[mentions][places]") {
  const auto a = analyse(
      "Troops told fighters to leave the suburb of Malvina by Friday, and drones struck the "
      "militants in their Tarnak stronghold.");
  INFO(dump(a));
  for (const auto* text : {"Malvina", "Tarnak"}) {
    INFO(text);
    const Mention* m = a.find(text);
    REQUIRE(m);
    CHECK(m->type == EntityType::location);
  }
}

TEST_CASE("an area noun that goes on with of and its country", "[mentions][places]") {
  const auto a = analyse("Rebels attacked the Kivu region of eastern Congo on Monday.");
  INFO(dump(a));
  const Mention* kivu = a.find("Kivu");
  REQUIRE(kivu);
  CHECK(kivu->type == EntityType::location);
  // Other nouns still stop at "of": no place is read from "the Jenin camp of refugees".
}

TEST_CASE("an unknown name before a lower-case title and a person is the body",
          "[mentions][bodies]") {
  const auto a = analyse(
      "Northwind Timber spokeswoman Ada Lind said the mill would close. Red Harbor Front "
      "leader Tomas Vik objected.");
  INFO(dump(a));
  REQUIRE(a.find("Northwind Timber"));
  CHECK(a.find("Northwind Timber")->type == EntityType::organization);
  REQUIRE(a.find("Red Harbor Front"));
  CHECK(a.find("Red Harbor Front")->type != EntityType::person);
  REQUIRE(a.find("Ada Lind"));
  CHECK(a.find("Ada Lind")->type == EntityType::person);
  // A capitalised title after an unknown name: "Zorvex Director Ada Lind".
  const auto c = analyse("Zorvex Director Ada Lind told reporters the plant was safe.");
  INFO(dump(c));
  REQUIRE(c.find("Zorvex"));
  CHECK(c.find("Zorvex")->type == EntityType::organization);
  REQUIRE(c.find("Ada Lind"));
  CHECK(c.find("Ada Lind")->type == EntityType::person);
  // A person of the document before a title stays a person: "Lind adviser".
  const auto b = analyse("Ada Lind spoke first. Later Lind adviser Tomas Vik spoke.");
  INFO(dump(b));
  for (const auto& m : b.mentions)
    if (m.text == "Lind") CHECK(m.type == EntityType::person);
}

TEST_CASE("an unknown acronym before a lower-case title and a name is the body",
          "[mentions][bodies]") {
  const auto a = analyse("ZRF spokesman Lem Varga said the strike would go on.");
  INFO(dump(a));
  const Mention* body = a.find("ZRF");
  REQUIRE(body);
  CHECK(body->type == EntityType::organization);
  CHECK(body->entity == "zrf");
  // After a lower-case title and "of".
  const auto c = analyse("Lem Varga, head of QXR's design department, said it.");
  INFO(dump(c));
  REQUIRE(c.find("QXR"));
  CHECK(c.find("QXR")->type == EntityType::organization);
  // A plural title or no name after it: the acronym is left to the lexicon.
  const auto b = analyse("QXV officials said the strike would go on. QXV said no.");
  INFO(dump(b));
  CHECK_FALSE(b.find("QXV"));
}

TEST_CASE("a body's name with 'of' may end in a word joined by 'and'", "[mentions][bodies]") {
  const auto a = analyse("A spokesman for the Department of Inland Fisheries and Wildlife spoke.");
  INFO(dump(a));
  CHECK(a.find("Department of Inland Fisheries and Wildlife"));
  // A name of its own after "and" is another actor.
  const auto b = analyse(
      "The Ministry of Defence and Zorbex signed it. The Ministry of Defence and "
      "Chile signed it.");
  INFO(dump(b));
  CHECK_FALSE(b.find("Ministry of Defence and Zorbex"));
  CHECK_FALSE(b.find("Ministry of Defence and Chile"));
}

TEST_CASE("a body's head noun and its own 'of' open an organisation's name", "[mentions][bodies]") {
  const auto a =
      analyse("Lem Varga, executive director of the Council of Quarnby City Schools, spoke.");
  INFO(dump(a));
  const Mention* body = a.find("Council of Quarnby City Schools");
  REQUIRE(body);
  CHECK(body->type == EntityType::organization);
  CHECK_FALSE(a.find("of Quarnby City Schools"));
}

TEST_CASE("an ordinal opens a body's name", "[mentions][bodies]") {
  const auto a =
      analyse("Lem Varga of the 3rd Quarnby Circuit Court said it. The 2 Zorbia Institutes met.");
  INFO(dump(a));
  CHECK(a.find("3rd Quarnby Circuit Court"));
  CHECK_FALSE(a.find("2 Zorbia Institutes"));
}
