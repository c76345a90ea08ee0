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
