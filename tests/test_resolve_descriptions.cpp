// Generic nouns and definite descriptions: resolved by the passage they stand in, or
// left unresolved when the passage does not say. Every sentence is written for the tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "mention_test_analyse.hpp"

using namespace actorgraph;
using actorgraph::test::analyse;
using actorgraph::test::dump;
using actorgraph::test::has_member;

TEST_CASE("the country is the country the passage is about, not the one named last",
          "[resolution][generic]") {
  // The ambassador's host country is named last; the sentence is about Peru.
  const auto a = analyse(
      "The Peruvian Foreign Ministry said it would not send a minister to Quito, but the "
      "Peruvian ambassador to Ecuador, Ana Torres, will represent the country.");
  INFO(dump(a));
  const Mention* country = a.find("the country");
  REQUIRE(country);
  CHECK(country->entity == "peru");
  CHECK(country->decision == "salience: peru");
  // One country named: it is that one.
  const auto b = analyse("Floods hit Bangladesh again. Officials said the country needs rice.");
  INFO(dump(b));
  REQUIRE(b.find("the country"));
  CHECK(b.find("the country")->entity == "bangladesh");
}

TEST_CASE("the country stays unresolved when two countries are equally salient or none is near",
          "[resolution][generic]") {
  const auto a = analyse("Chile and Bolivia argued over the border. The country will appeal.");
  INFO(dump(a));
  const Mention* tie = a.find("The country");
  REQUIRE(tie);
  CHECK(tie->entity.empty());
  CHECK(tie->decision == "abstain: two countries equally salient");
  const auto b = analyse(
      "Farmers in Chile protested. Prices rose. Rain fell all week. The roads closed. Officials "
      "said the country would recover.");
  INFO(dump(b));
  const Mention* far = b.find("the country");
  REQUIRE(far);
  CHECK(far->entity.empty());
  CHECK(far->decision.starts_with("abstain"));
}

TEST_CASE("the two leaders are the two people of the passage", "[resolution][descriptions]") {
  // No coordination: a subject and an object, then the counted description.
  const auto a = analyse(
      "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. "
      "The two leaders agreed to reopen the border.");
  INFO(dump(a));
  const Mention* leaders = a.find("The two leaders");
  REQUIRE(leaders);
  CHECK(leaders->entity.empty());
  CHECK(leaders->members.size() == 2);
  CHECK(has_member(*leaders, "william-ruto"));
  CHECK(has_member(*leaders, "yoweri-museveni"));
  CHECK(leaders->decision == "members");
  // "both ministers" after a coordinated pair.
  const auto b = analyse(
      "Foreign ministers Ana Ruiz and Pedro Salas flew to Lima. Both ministers said the talks went "
      "well.");
  INFO(dump(b));
  const Mention* both = b.find("Both ministers");
  REQUIRE(both);
  CHECK(both->members.size() == 2);
}

TEST_CASE("the two leaders abstain when the passage names more or fewer people",
          "[resolution][descriptions]") {
  const auto a = analyse(
      "William Ruto, Yoweri Museveni and Paul Kagame met in Kampala. The two leaders later spoke "
      "to reporters.");
  INFO(dump(a));
  const Mention* leaders = a.find("The two leaders");
  REQUIRE(leaders);
  CHECK(leaders->members.empty());
  CHECK(leaders->entity.empty());
  CHECK(leaders->decision.starts_with("abstain"));
  const auto b = analyse("Rain fell in Kampala. The two leaders did not meet.");
  INFO(dump(b));
  const Mention* none = b.find("The two leaders");
  REQUIRE(none);
  CHECK(none->members.empty());
  CHECK(none->decision.starts_with("abstain"));
  // Uncounted plural people are no referent: "the leaders" is left alone.
  const auto c = analyse("William Ruto met Yoweri Museveni. The leaders spoke.");
  CHECK_FALSE(c.find("The leaders"));
}

TEST_CASE("the trio may be three people as well as three countries", "[resolution][descriptions]") {
  const auto a = analyse(
      "William Ruto, Yoweri Museveni and Paul Kagame met in Kampala. The trio signed a joint "
      "statement.");
  INFO(dump(a));
  const Mention* trio = a.find("The trio");
  REQUIRE(trio);
  CHECK(trio->members.size() == 3);
  CHECK(has_member(*trio, "paul-kagame"));
  CHECK(trio->type == EntityType::person);
  // "the three countries" never takes a list of people.
  const auto b = analyse(
      "William Ruto, Yoweri Museveni and Paul Kagame met in Kampala. The three countries signed a "
      "joint statement.");
  INFO(dump(b));
  const Mention* countries = b.find("The three countries");
  REQUIRE(countries);
  CHECK(countries->members.empty());
}

TEST_CASE("the North and the South are the document's one country of that half",
          "[resolution][descriptions]") {
  const auto a = analyse(
      "Seoul protested after North Korea fired two missiles into the sea. South Korean officials "
      "said the North had ignored every warning.");
  INFO(dump(a));
  const Mention* north = a.find("the North");
  REQUIRE(north);
  CHECK(north->entity == "north-korea");
  CHECK(north->decision == "half: north-korea");
  const auto b = analyse(
      "Sudan and South Sudan signed an oil deal in Addis Ababa. Traders said the South would "
      "gain the most.");
  INFO(dump(b));
  REQUIRE(b.find("the South"));
  CHECK(b.find("the South")->entity == "south-sudan");
}

TEST_CASE("the North abstains when no country or two countries of that half are named",
          "[resolution][descriptions]") {
  // Sudan is the northern neighbour here, but its name does not say so: no guess.
  const auto a = analyse(
      "South Sudan accused Sudan of bombing a border town. Officials in Juba said the North had "
      "moved troops.");
  INFO(dump(a));
  const Mention* north = a.find("the North");
  REQUIRE(north);
  CHECK(north->entity.empty());
  CHECK(north->decision == "abstain: no country of that half");
  const auto b = analyse(
      "North Macedonia and North Korea opened embassies. Diplomats said the North would send "
      "an envoy.");
  INFO(dump(b));
  REQUIRE(b.find("the North"));
  CHECK(b.find("the North")->entity.empty());
  CHECK(b.find("the North")->decision == "abstain: two countries of that half");
  // Lower case "the north" is a region, not a description of a country.
  const auto c = analyse("North Korea held drills. Floods hit the north of the peninsula.");
  INFO(dump(c));
  CHECK_FALSE(c.find("the north"));
}

TEST_CASE("the group, the alliance, the militia are the organisation the passage is about",
          "[resolution][descriptions]") {
  const auto a = analyse(
      "Hamas rejected the Egyptian proposal on Tuesday. The group said it wanted guarantees.");
  INFO(dump(a));
  const Mention* group = a.find("The group");
  REQUIRE(group);
  CHECK(group->entity == "hamas");
  CHECK(group->decision == "salience: hamas");
  const auto b = analyse(
      "NATO defence ministers met in Brussels with Norway's envoy. The alliance agreed to send "
      "more ships.");
  INFO(dump(b));
  REQUIRE(b.find("The alliance"));
  CHECK(b.find("The alliance")->entity == "nato");
}

TEST_CASE("the group abstains with two organisations equally salient, none, or a wrong kind",
          "[resolution][descriptions]") {
  const auto a = analyse("Hamas and Hezbollah issued statements. The group said talks had failed.");
  INFO(dump(a));
  REQUIRE(a.find("The group"));
  CHECK(a.find("The group")->entity.empty());
  CHECK(a.find("The group")->decision == "abstain: two organisations equally salient");
  // A group of people, no organisation named: nothing to refer to.
  const auto b = analyse("A group of farmers blocked the road. The group demanded water.");
  INFO(dump(b));
  REQUIRE(b.find("The group"));
  CHECK(b.find("The group")->entity.empty());
  // An alliance is no armed group; a militia is no alliance.
  const auto c = analyse("Hezbollah fired rockets at dawn. The alliance condemned the raid.");
  INFO(dump(c));
  REQUIRE(c.find("The alliance"));
  CHECK(c.find("The alliance")->entity.empty());
  const auto d = analyse("The African Union met in Addis Ababa. The militia ignored the call.");
  INFO(dump(d));
  REQUIRE(d.find("The militia"));
  CHECK(d.find("The militia")->entity.empty());
}

TEST_CASE("the kingdom and the Islamic Republic are the salient country of that form of state",
          "[resolution][descriptions]") {
  // Morocco's official name is the Kingdom of Morocco; Algeria is a republic.
  const auto a = analyse(
      "Algeria closed its border with Morocco after the talks in Rabat failed. Officials said "
      "the kingdom would appeal to the African Union.");
  INFO(dump(a));
  const Mention* kingdom = a.find("the kingdom");
  REQUIRE(kingdom);
  CHECK(kingdom->entity == "morocco");
  const auto b = analyse(
      "Iraq and Iran reopened a border crossing. Traders said the Islamic Republic would export "
      "more gas.");
  INFO(dump(b));
  REQUIRE(b.find("the Islamic Republic"));
  CHECK(b.find("the Islamic Republic")->entity == "iran");
}

TEST_CASE("the kingdom abstains with no kingdom nearby or two equally salient",
          "[resolution][descriptions]") {
  const auto a = analyse("Chile and Peru signed a fishing accord. The kingdom was not invited.");
  INFO(dump(a));
  REQUIRE(a.find("The kingdom"));
  CHECK(a.find("The kingdom")->entity.empty());
  CHECK(a.find("The kingdom")->decision == "abstain: no country of that form nearby");
  const auto b = analyse("Norway and Sweden signed a fishing accord. The kingdom will host talks.");
  INFO(dump(b));
  REQUIRE(b.find("The kingdom"));
  CHECK(b.find("The kingdom")->entity.empty());
  CHECK(b.find("The kingdom")->decision == "abstain: two countries equally salient");
  // A name that goes on is no description: "the Kingdom of Tonga" is the country's name.
  const auto c = analyse("Fiji sent aid to the Kingdom of Tonga.");
  INFO(dump(c));
  CHECK_FALSE(c.find("the Kingdom"));
}
