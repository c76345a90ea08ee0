// Actors that news about any conflict names without a lexicon entry: armed
// forces, groups known by their own language's acronym, places the prose calls
// places, surnames opening a sentence, state spokesmen. Sentences written for
// the tests, each with a negative case.
#include <catch2/catch.hpp>

#include "mention_test_analyse.hpp"
#include "relation_test_support.hpp"

using namespace actorgraph;
using actorgraph::test::analyse;
using actorgraph::test::extract;

TEST_CASE("a state's armed forces act for its government", "[mentions][military]") {
  const auto a = analyse(
      "Ethiopian troops entered the town on Monday. Eritrea's army denied it. "
      "The military said later that it had withdrawn.");
  const auto* troops = a.find("Ethiopian troops");
  REQUIRE(troops);
  CHECK(troops->entity == "ethiopia-government");
  CHECK(troops->type == EntityType::government);
  const auto* army = a.find("Eritrea's army");
  REQUIRE(army);
  CHECK(army->entity == "eritrea-government");
  // "The military" is the last armed force named.
  const auto* military = a.find("military");
  REQUIRE(military);
  CHECK(military->entity == "eritrea-government");
}

TEST_CASE("military and army as modifiers, and unqualified troops, are no actor", "[mentions][military]") {
  const auto a = analyse(
      "The ministry approved military aid for Kenya. Army chief Peter Njoroge said troops were tired. "
      "An army of volunteers cleared the roads.");
  CHECK_FALSE(a.any_text("military"));
  CHECK_FALSE(a.any_text("troops"));
  CHECK_FALSE(a.any_text("army of"));
  for (const auto& m : a.mentions) CHECK(m.entity != "kenya-government");
}

TEST_CASE("armed forces take part in relations", "[relations][military]") {
  auto x = extract("Malian troops attacked the Azawad Liberation Front near Kidal on Sunday.");
  INFO(x.dump());
  CHECK(x.has("mali-government", "attacks", "azawad-liberation-front"));
  auto y = extract("The Sudanese army accused the Rapid Support Forces of shelling the market.");
  INFO(y.dump());
  CHECK(y.has("sudan-government", "accuses", "rapid-support-forces"));
}

TEST_CASE("a group named with the acronym of its own language", "[mentions][acronym]") {
  const auto a = analyse(
      "The Revolutionary Armed Forces of Colombia (FARC) laid down their arms in 2017. "
      "FARC leaders later formed a party.");
  const auto* full = a.find("Revolutionary Armed Forces of Colombia");
  REQUIRE(full);
  const auto* first = a.find("FARC");
  REQUIRE(first);
  CHECK(first->entity == full->entity);
  const auto* later = a.find("FARC", 1);
  REQUIRE(later);
  CHECK(later->entity == full->entity);
}

TEST_CASE("a parenthesised news agency is not an acronym of the group before it", "[mentions][acronym]") {
  const auto a = analyse("The Oromo Liberation Army (AFP) said it had captured the town.");
  const auto* group = a.find("Oromo Liberation Army");
  REQUIRE(group);
  const auto* afp = a.find("AFP");
  CHECK((afp == nullptr || afp->entity != group->entity));
}

TEST_CASE("places the prose calls places", "[mentions][places]") {
  const auto a = analyse(
      "Shells hit the southern port city of Mariupol overnight. Aid reached the Zamzam camp "
      "on Friday, and talks resumed in Jeddah.");
  for (const char* place : {"Mariupol", "Zamzam", "Jeddah"}) {
    INFO(place);
    const auto* m = a.find(place);
    REQUIRE(m);
    CHECK(m->type == EntityType::location);
  }
  // A capitalised word before a noun that is not a place stays unknown.
  const auto b = analyse("Officials said the Pentagon budget would grow.");
  const auto* pentagon = b.find("Pentagon");
  CHECK((pentagon == nullptr || pentagon->type != EntityType::location));
}

TEST_CASE("a one-word place joins the longer place it begins", "[resolution][places]") {
  const auto a = analyse(
      "Delegates met at Nairobi's Serena Beach Hotel on Monday. Security at the Serena hotel was tight.");
  const auto* full = a.find("Serena Beach Hotel");
  REQUIRE(full);
  const auto* short_name = a.find("Serena");
  REQUIRE(short_name);
  CHECK(short_name->entity == full->entity);
}

TEST_CASE("a surname opening a sentence is the person named before", "[mentions][people]") {
  const auto a = analyse(
      "Chilean President Gabriel Boric flew to Lima. Boric met the delegation on Tuesday.");
  const auto* later = a.find("Boric");
  REQUIRE(later);
  CHECK(later->entity == "gabriel-boric");
  // Before anyone is named, a capitalised first word alone is no person.
  const auto b = analyse("Boric met the delegation on Tuesday.");
  CHECK(b.find("Boric") == nullptr);
}

TEST_CASE("titles of office give membership or leadership", "[relations][titles]") {
  auto x = extract(
      "U.S. Secretary of State Marco Ruiz and NATO Secretary-General Anna Berg arrived in Vilnius.");
  INFO(x.dump());
  CHECK(x.has("marco-ruiz", "member_of", "united-states"));
  CHECK(x.has("anna-berg", "leads", "nato"));
  auto y = extract("Kremlin spokesman Pavel Orlov said the offer stood. Moscow mayor Ivan Petrov agreed.");
  INFO(y.dump());
  CHECK(y.has("pavel-orlov", "represents", "russia"));
  // A city's mayor holds nothing of the state.
  CHECK_FALSE(y.has("ivan-petrov", "leads", "russia"));
  CHECK_FALSE(y.has("ivan-petrov", "member_of", "russia"));
}

TEST_CASE("an organisation's acronym or name before a title is not part of the person", "[mentions][titles]") {
  const auto a = analyse("She met FBI Director Laura Kent and Shin Bet chief Yoram Dror in Haifa.");
  const auto* kent = a.find("Laura Kent");
  REQUIRE(kent);
  CHECK(kent->type == EntityType::person);
  const auto* fbi = a.find("FBI");
  REQUIRE(fbi);
  CHECK(fbi->type == EntityType::organization);
  const auto* dror = a.find("Yoram Dror");
  REQUIRE(dror);
  CHECK(dror->type == EntityType::person);
  CHECK_FALSE(a.any_text("Director Laura"));
  auto x = extract("FBI Director Laura Kent said the inquiry was closed.");
  INFO(x.dump());
  CHECK(x.has("laura-kent", "leads", "fbi"));
}

TEST_CASE("a clause subject after a comma is no apposition of the place before it", "[mentions][places]") {
  const auto a = analyse("Fighting stopped in Marib, Oman's foreign ministry said on Sunday.");
  const auto* marib = a.find("Marib");
  REQUIRE(marib);
  CHECK(marib->type == EntityType::location);
  CHECK(marib->role.empty());
}

TEST_CASE("names with two particles stay whole", "[mentions][people]") {
  const auto a = analyse("Commission President Margrethe van der Berg met Juan de la Cruz in Lima.");
  const auto* berg = a.find("Margrethe van der Berg");
  REQUIRE(berg);
  CHECK(berg->type == EntityType::person);
  const auto* cruz = a.find("Juan de la Cruz");
  REQUIRE(cruz);
  CHECK(cruz->type == EntityType::person);
}

TEST_CASE("a one-word name that begins an organisation of the document is that organisation",
          "[resolution][organisations]") {
  const auto a = analyse("Nordwind Logistics Group cut 900 jobs on Monday. Nordwind said the market was weak.");
  const auto* full = a.find("Nordwind Logistics Group");
  REQUIRE(full);
  const auto* short_name = a.find("Nordwind");
  REQUIRE(short_name);
  CHECK(short_name->entity == full->entity);
  CHECK(short_name->type != EntityType::person);
  // A surname that begins no organisation stays a person.
  const auto b = analyse("Nordwind Logistics Group cut 900 jobs. Halvorsen said the market was weak.");
  const auto* person = b.find("Halvorsen");
  REQUIRE(person);
  CHECK(person->type == EntityType::person);
}

TEST_CASE("states and provinces of the built-in lexicon are places of their country", "[mentions][places]") {
  const auto a = analyse("Floods hit Queensland and Manitoba, while Ohio stayed dry.");
  for (const char* place : {"Queensland", "Manitoba", "Ohio"}) {
    INFO(place);
    const auto* m = a.find(place);
    REQUIRE(m);
    CHECK(m->type == EntityType::location);
  }
  CHECK(a.find("Queensland")->entity == "queensland");
  // A subdivision named like a country stays the country.
  const auto b = analyse("Georgia signed the accord with Armenia.");
  REQUIRE(b.find("Georgia"));
  CHECK(b.find("Georgia")->type == EntityType::country);
}
