// Affiliation edges (member_of / leads / represents) read from titles and role
// nouns, on sentences written for the tests with invented people.
#include <catch2/catch.hpp>

#include <string>

#include "relation_test_support.hpp"

using namespace actorgraph;
using namespace actorgraph::test;

TEST_CASE("affiliation: an organisation's chief leads it", "[relations][affiliation]") {
  auto x = extract("She later met WHO chief Maria Lindqvist in Geneva.");
  INFO(x.dump());
  CHECK(x.has("maria-lindqvist", "leads", "who"));
}

TEST_CASE("affiliation: the chief of one branch is a member of the whole",
          "[relations][affiliation]") {
  auto x = extract("The talks included NATO's defence policy chief Oskar Brandt.");
  INFO(x.dump());
  CHECK(x.has("oskar-brandt", "member_of", "nato"));
  CHECK_FALSE(x.has("oskar-brandt", "leads", "nato"));
}

TEST_CASE("affiliation: a possessor opens a title before the name", "[relations][affiliation]") {
  auto x = extract("Peru's foreign minister, Carla Mendez, said the vote was valid.");
  INFO(x.dump());
  CHECK(x.has("carla-mendez", "member_of", "peru"));
}

TEST_CASE("affiliation: a title in a list titles the next name", "[relations][affiliation]") {
  auto x = extract(
      "Ana Ruiz, Chilean President Jorge Pardo and Ecuadorian President Luis Mora gathered in "
      "Lima.");
  INFO(x.dump());
  CHECK(x.has("jorge-pardo", "leads", "chile"));
  CHECK(x.has("luis-mora", "leads", "ecuador"));
  CHECK_FALSE(x.has("ana-ruiz", "leads", "chile"));
}

TEST_CASE("affiliation: a national counterpart, a military pilot", "[relations][affiliation]") {
  auto x = extract("The talks included Peruvian counterpart Jorge Pardo.");
  INFO(x.dump());
  CHECK(x.has("jorge-pardo", "member_of", "peru"));
  auto y = extract("Norwegian military pilot Erik Dahl was freed on Monday.");
  INFO(y.dump());
  CHECK(y.has("erik-dahl", "member_of", "norway"));
}

TEST_CASE("affiliation: a backer inside a hyphenated compound is not the principal",
          "[relations][affiliation]") {
  auto x = extract("The coup ousted the Kremlin-backed Georgian leader Giorgi Beridze last year.");
  INFO(x.dump());
  CHECK(x.has("giorgi-beridze", "leads", "georgia"));
  CHECK_FALSE(x.has("giorgi-beridze", "leads", "russia"));
}

TEST_CASE("affiliation: a fellow at an organisation, not an officer at a place",
          "[relations][affiliation]") {
  auto x =
      extract("\"It will fail,\" said Lena Haas, a senior fellow at the Brookings Institution.");
  INFO(x.dump());
  CHECK(x.has("lena-haas", "member_of", "brookings-institution"));
  auto y = extract("Pablo Ortiz, an officer at the border, said nothing.");
  INFO(y.dump());
  CHECK(y.out.relations.empty());
}

TEST_CASE("affiliation: a leader's administration is his country's government",
          "[relations][affiliation]") {
  auto x = extract(
      "\"We are ready,\" Carl Berg, the Obama administration's newly appointed adviser on Iraq, "
      "told reporters.");
  INFO(x.dump());
  CHECK(x.has("carl-berg", "member_of", "united-states"));
  CHECK_FALSE(x.has("carl-berg", "member_of", "iraq"));
}

TEST_CASE("affiliation: an expert at an organisation; the topic is no principal",
          "[relations][affiliation]") {
  auto x =
      extract("\"It will fail,\" said Omar Nasser, a Chad expert at the Brookings Institution.");
  INFO(x.dump());
  CHECK(x.has("omar-nasser", "member_of", "brookings-institution"));
  CHECK_FALSE(x.has("omar-nasser", "member_of", "chad"));
  auto y = extract("Luis Vega, an analyst at the border, said nothing.");
  INFO(y.dump());
  CHECK(y.out.relations.empty());
}

TEST_CASE("affiliation: an apposition whose closing comma is missing", "[relations][affiliation]") {
  auto x = extract(
      "\"We are talking,\" Ana Ruiz, chairwoman of the Brookings Institution told reporters.");
  INFO(x.dump());
  CHECK(x.has("ana-ruiz", "leads", "brookings-institution"));
  auto y = extract("Ana Ruiz, Jorge Pardo and Luis Mora met.");
  INFO(y.dump());
  for (const auto& r : y.out.relations) CHECK(r.type != "leads");
}

TEST_CASE("affiliation: an organisation before 'ambassador' is the posting",
          "[relations][affiliation]") {
  auto x = extract(
      "The delegation was headed by NATO ambassador Ana Ruiz. Peruvian ambassador Jorge Pardo "
      "arrived.");
  INFO(x.dump());
  CHECK_FALSE(x.has("ana-ruiz", "represents", "nato"));
  CHECK(x.has("jorge-pardo", "represents", "peru"));
}

TEST_CASE("affiliation: an official's lexicon title without a state named",
          "[relations][affiliation]") {
  auto x = extract(
      "Foreign Minister Mevlut Cavusoglu flew to Oslo. Secretary-General Antonio Guterres "
      "stayed home.");
  INFO(x.dump());
  CHECK(x.has("mevlut-cavusoglu", "member_of", "turkey"));
  // A leader's title may be an organisation's: no country is read from it.
  CHECK_FALSE(x.has("antonio-guterres", "member_of", "portugal"));
  CHECK_FALSE(x.has("antonio-guterres", "leads", "portugal"));
}

TEST_CASE("affiliation: a named group of a group", "[relations][affiliation]") {
  auto x =
      extract("Ana Ruiz, the leader of the \"Tigris platform\" of the Syrian opposition, spoke.");
  INFO(x.dump());
  CHECK(x.has("tigris-platform", "member_of", "syrian-opposition"));
  auto y = extract("The Brookings Institution of Washington published a report.");
  INFO(y.dump());
  CHECK(y.out.relations.empty());
}

TEST_CASE("affiliation: a country does not lead its own government", "[relations][affiliation]") {
  auto x =
      extract("The deal requires the withdrawal of all Chadian and Chadian-led forces from Mali.");
  INFO(x.dump());
  CHECK_FALSE(x.has("chad", "leads", "chad-government"));
  auto y = extract("The Saudi-led coalition struck the port.");
  INFO(y.dump());
  CHECK(y.has("saudi-arabia", "leads", "saudi-led-coalition"));
}

TEST_CASE("affiliation: '-linked' and '-affiliated' compounds make the head the member",
          "[relations][affiliation]") {
  auto x = extract(
      "Officials said the Al Qaeda-linked Jund al-Aqsa Brigade had fled Idlib. The "
      "Hezbollah-affiliated Ruritanian Resistance Front denied it.");
  INFO(x.dump());
  CHECK(x.has("jund-al-aqsa-brigade", "member_of", "al-qaeda"));
  CHECK_FALSE(x.has("al-qaeda", "member_of", "jund-al-aqsa-brigade"));
  CHECK(x.has("ruritanian-resistance-front", "member_of", "hezbollah"));
}

TEST_CASE("affiliation: an organisation described as a body of another",
          "[relations][affiliation]") {
  auto x = extract(
      "Ministers met at the World Health Organization, the U.N. body expected to issue a "
      "report.");
  INFO(x.dump());
  CHECK(x.has("who", "member_of", "united-nations"));
  // A description without an organisation in it, or with a country, is no membership.
  auto y = extract("NATO, the Western alliance, met. Hezbollah, the Lebanese group, denied it.");
  INFO(y.dump());
  CHECK(y.out.relations.empty());
}

TEST_CASE("affiliation: a title after a body whose name has its own 'of'",
          "[relations][affiliation]") {
  auto x = extract("Union of Zorbian Teachers spokesman Lem Varga said the strike would go on.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "represents", "union-of-zorbian-teachers"));
}

TEST_CASE("affiliation: an organisation's possessive before a person's name",
          "[relations][affiliation]") {
  auto x = extract(
      "Quarnby University's Lem Varga said the crater was old. "
      "Peru's Carla Mendez said the vote was valid.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "member_of", "quarnby-university"));
  // A country's possessive is no organisation's: the title rules read those.
  CHECK_FALSE(x.has("carla-mendez", "member_of", "peru"));
}

TEST_CASE("affiliation: the head of a state's delegation, in a participle after it, represents it",
          "[relations][affiliation]") {
  auto x = extract(
      "The Chilean government delegation, headed by ambassador Lem Varga, arrived at the talks.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "represents", "chile-government"));
  // Heading a body that is no delegation is leading it.
  auto y = extract("The Quarnby Institute, headed by Lem Varga, opened on Friday.");
  INFO(y.dump());
  CHECK_FALSE(y.has("lem-varga", "represents", "quarnby-institute"));
}

TEST_CASE("affiliation: a leader's counterpart leads, a minister's is a member",
          "[relations][affiliation]") {
  auto x =
      extract("Chilean President Jorge Pardo told Peruvian counterpart Lem Varga that it held.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "leads", "peru"));
  auto y = extract(
      "Chilean Foreign Minister Jorge Pardo told his Peruvian counterpart Lem Varga that it held.");
  INFO(y.dump());
  CHECK(y.has("lem-varga", "member_of", "peru"));
  CHECK_FALSE(y.has("lem-varga", "leads", "peru"));
}

TEST_CASE("affiliation: a title after a preposition before the name, a list of people of bodies",
          "[relations][affiliation]") {
  auto x = extract("Chile agreed under the auspices of UN Secretary-General Lem Varga.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "leads", "united-nations"));
  auto y = extract(
      "The dig was led by Pat Quell of Quarnby University and Ivo Brandt of the Zorbia Institute.");
  INFO(y.dump());
  CHECK(y.has("pat-quell", "member_of", "quarnby-university"));
  CHECK(y.has("ivo-brandt", "member_of", "zorbia-institute"));
  CHECK_FALSE(y.has("pat-quell", "member_of", "zorbia-institute"));
}

TEST_CASE("affiliation: a club's or a company's people", "[relations][affiliation]") {
  auto x = extract(
      "But Lem Varga, Quarnby Rotary Club president, said the ducks were found. "
      "Analyst Pat Quell of Zorbex Futures Inc. said prices rose.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "leads", "quarnby-rotary-club"));
  CHECK(x.has("pat-quell", "member_of", "zorbex-futures-inc"));
}

TEST_CASE("affiliation: X and other members of a body", "[relations][affiliation]") {
  auto x = extract(
      "Pat Quell and other members of the Quarnby Expedition Society suffered hunger. "
      "Lem Varga and other residents of Quarnby City fled.");
  INFO(x.dump());
  CHECK(x.has("pat-quell", "member_of", "quarnby-expedition-society"));
  CHECK_FALSE(x.has("lem-varga", "member_of", "quarnby-city"));
}

TEST_CASE("affiliation: a copula and a body's possessive before 'member'",
          "[relations][affiliation]") {
  auto x = extract("Chile is the Union of Southern Cocoa Exporters's third-largest member.");
  INFO(x.dump());
  CHECK(x.has("chile", "member_of", "union-of-southern-cocoa-exporters"));
  auto y = extract("Peru is the Union of Southern Cocoa Exporters's newest member state.");
  INFO(y.dump());
  CHECK(y.has("peru", "member_of", "union-of-southern-cocoa-exporters"));
  auto z = extract(
      "Chile is not the Union of Southern Cocoa Exporters's member. "
      "Peru is the Union of Southern Cocoa Exporters's biggest market.");
  INFO(z.dump());
  CHECK_FALSE(z.has("chile", "member_of", "union-of-southern-cocoa-exporters"));
  CHECK_FALSE(z.has("peru", "member_of", "union-of-southern-cocoa-exporters"));
}

TEST_CASE("affiliation: a one-word name before a description with a body's name and a role",
          "[relations][affiliation]") {
  auto x = extract("Varga, a University of Quarnby law professor, served as a lawyer.");
  INFO(x.dump());
  CHECK(x.has("varga", "member_of", "university-of-quarnby"));
}

TEST_CASE("affiliation: a body's name before a person role noun", "[relations][affiliation]") {
  auto x = extract(
      "Quarnby University economist Lem Varga said it. "
      "Pat Quell, a Zorbian Weather Service meteorologist, said it rained. "
      "Ivo Brandt, a former Quarnby Institute scientist, said no.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "member_of", "quarnby-university"));
  CHECK(x.has("pat-quell", "member_of", "zorbian-weather-service"));
  CHECK_FALSE(x.has("ivo-brandt", "member_of", "quarnby-institute"));
}

TEST_CASE("affiliation: a topic between the role and 'at' the workplace",
          "[relations][affiliation]") {
  auto x = extract(
      "Lem Varga, an expert on missiles at Quarnby University, agrees. "
      "Pat Quell, an expert on Chile at the Zorbia Institute, said it.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "member_of", "quarnby-university"));
  CHECK(x.has("pat-quell", "member_of", "zorbia-institute"));
  CHECK_FALSE(x.has("pat-quell", "member_of", "chile"));
  // An organisation as the topic is no workplace's stand-in.
  auto y = extract("Ivo Brandt, an expert on the Quarnby Institute at Zorbia University, spoke.");
  INFO(y.dump());
  CHECK_FALSE(y.has("ivo-brandt", "member_of", "quarnby-institute"));
}

TEST_CASE("affiliation: a one-word speaker after 'asks', who works for a body",
          "[relations][affiliation]") {
  auto x = extract("\"What is the goal?\" asks Varga, who now works for the Quarnby Institute.");
  INFO(x.dump());
  CHECK(x.has("varga", "member_of", "quarnby-institute"));
}

TEST_CASE("affiliation: an office verb gives its subject the office named after it",
          "[relations][affiliation]") {
  auto x = extract(
      "Lem Varga was elected chairman of the Quarnby Rotary Club. "
      "Pat Quell was named a member of the Zorbia Institute.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "leads", "quarnby-rotary-club"));
  CHECK(x.has("pat-quell", "member_of", "zorbia-institute"));
  auto y = extract(
      "Lem Varga was not elected chairman of the Quarnby Rotary Club. "
      "Pat Quell could become a member of the Zorbia Institute.");
  INFO(y.dump());
  CHECK_FALSE(y.has("lem-varga", "leads", "quarnby-rotary-club"));
  CHECK_FALSE(y.has("pat-quell", "member_of", "zorbia-institute"));
}

TEST_CASE("affiliation: a body named by a country's possessive is that country's",
          "[relations][affiliation]") {
  auto x = extract("Hardliners in Chile's parliament burned a flag. Peru's government said no.");
  INFO(x.dump());
  CHECK(x.has("chile-parliament", "member_of", "chile"));
  CHECK_FALSE(x.has("peru-government", "member_of", "peru"));
}

TEST_CASE("affiliation: a place's role noun in a body's name titles no one",
          "[relations][affiliation]") {
  auto x = extract("City University Chancellor Lem Varga said it in a statement.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "leads", "city-university"));
}

TEST_CASE("affiliation: a body's name in apposition before a lower-case title",
          "[relations][affiliation]") {
  auto x = extract(
      "\"It was hard,\" said Lem Varga, Zorbex-Brandt president, on Monday. "
      "Pat Quell, QXF minister, spoke.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "leads", "zorbex-brandt"));
  CHECK(x.has("pat-quell", "member_of", "qxf"));
}

TEST_CASE("affiliation: two descriptions joined by 'and' in one apposition",
          "[relations][affiliation]") {
  auto x = extract(
      "Lem Varga, diplomat in residence at Quarnby College and State Department special adviser "
      "on Syria during the war, said it. Pat Quell, a member of the Quarnby Party and Chile's "
      "envoy to Peru, spoke.");
  INFO(x.dump());
  CHECK(x.has("lem-varga", "member_of", "quarnby-college"));
  CHECK(x.has("lem-varga", "member_of", "us-state-department"));
  CHECK(x.has("pat-quell", "member_of", "quarnby-party"));
  CHECK(x.has("pat-quell", "represents", "chile"));
  CHECK_FALSE(x.has("pat-quell", "represents", "peru"));
}
