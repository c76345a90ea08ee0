// Every actor a reader sees: names with hyphens, month words and titles inside,
// aliases as newspapers write them, collectives with no name, and generic nouns
// resolved by the passage they stand in (or left unresolved). Sentences written
// for the tests, with other names than any corpus; each class has a negative case.
#include <catch2/catch.hpp>

#include "mention_test_analyse.hpp"

using namespace actorgraph;
using actorgraph::test::analyse;

namespace {

const Mention* person(const test::Analysed& a, std::string_view text) {
  const auto* m = a.find(text);
  return m && m->type == EntityType::person ? m : nullptr;
}

}  // namespace

TEST_CASE("hyphenated given names of Korean style are part of the name", "[mentions][names]") {
  const auto a = analyse(
      "Foreign Minister Park Hyun-woo met envoy Kang Min-seok in Busan on Friday. "
      "Park Hyun-woo said the talks were useful.");
  CHECK(person(a, "Park Hyun-woo"));
  CHECK(person(a, "Kang Min-seok"));
  // A modifier after a name is no given name: "Gaza-based", "Putin-style".
  const auto b = analyse(
      "Officials said Hamas had moved its Doha-based office, and critics saw a Putin-style purge.");
  CHECK_FALSE(b.any_text("Doha-based"));
  CHECK_FALSE(b.any_text("Putin-style"));
}

TEST_CASE("month words and May inside names", "[mentions][names]") {
  const auto a = analyse(
      "Reporter June Alvarez asked Prime Minister Ellen May about the vote. "
      "Ellen May said the vote would be held in May. In June Brazil protested.");
  CHECK(person(a, "June Alvarez"));
  CHECK(person(a, "Ellen May"));
  for (const auto& m : a.mentions) {
    CHECK(m.text != "May");
    CHECK(m.text != "June Brazil");
  }
  const auto* brazil = a.find("Brazil");
  REQUIRE(brazil);
  CHECK(brazil->type == EntityType::country);
}

TEST_CASE("a title continued by for/of is not part of the name", "[mentions][titles]") {
  const auto a = analyse("Special Envoy for Trade Mira Solberg said the deal was close.");
  const auto* m = person(a, "Mira Solberg");
  REQUIRE(m);
  CHECK(m->role.find("Trade") != std::string::npos);
  CHECK_FALSE(a.any_text("Trade Mira"));
  const auto b = analyse("Special Envoy for Sudan Affairs Tom Okello met the delegation.");
  CHECK(person(b, "Tom Okello"));
  CHECK_FALSE(b.any_text("Affairs Tom"));
}

TEST_CASE("acronyms written as words and with hyphens match the lexicon", "[mentions][aliases]") {
  const auto a = analyse("Isis fighters fled as Opec met. The G-20 and the G7 issued statements.");
  const auto* isis = a.find("Isis");
  REQUIRE(isis);
  CHECK(isis->entity == "islamic-state");
  const auto* opec = a.find("Opec");
  REQUIRE(opec);
  CHECK(opec->entity == "opec");
  const auto* g20 = a.find("G-20");
  REQUIRE(g20);
  CHECK(g20->entity == "g20");
  // Short acronyms are words when written so: "Us" is not the United States.
  const auto b = analyse("Let Us pray, said Father Tomas Rieder.");
  for (const auto& m : b.mentions) CHECK(m.entity != "united-states");
}

TEST_CASE("a name before a hyphenated modifier", "[mentions][aliases]") {
  const auto a = analyse(
      "Police arrested members of an Al Qaeda-inspired cell and a North Korea-based network.");
  const auto* q = a.find("Al Qaeda");
  REQUIRE(q);
  CHECK(q->entity == "al-qaeda");
  const auto* nk = a.find("North Korea");
  REQUIRE(nk);
  CHECK(nk->entity == "north-korea");
}

TEST_CASE("names with an elided article", "[mentions][aliases]") {
  const auto a = analyse("Troops from Cote d'Ivoire and from Côte d’Ivoire's neighbours arrived.");
  REQUIRE(a.find("Cote d'Ivoire"));
  CHECK(a.find("Cote d'Ivoire")->entity == "ivory-coast");
}

TEST_CASE("collectives named by their backer", "[mentions][collectives]") {
  const auto a = analyse(
      "Iran-backed militias shelled the town, and pro-government forces answered. "
      "Later, Russian-backed separatists and pro-Kyiv volunteers clashed near the river.");
  const auto* militias = a.find("Iran-backed militias");
  REQUIRE(militias);
  CHECK(militias->type == EntityType::armed_group);
  CHECK(militias->entity == "iran-backed-militias");
  // The backer stays a mention of its own.
  const auto* iran = a.find("Iran");
  REQUIRE(iran);
  CHECK(iran->entity == "iran");
  const auto* pro = a.find("pro-government forces");
  REQUIRE(pro);
  CHECK(pro->type == EntityType::armed_group);
  REQUIRE(a.find("Russian-backed separatists"));
  // "volunteers" is no collective head: no node.
  CHECK_FALSE(a.any_text("pro-Kyiv volunteers"));
  // A backer must be a name or a government: "extremist-linked" names none.
  const auto b =
      analyse("Officials blamed extremist-linked rebel groups and locally-funded militias.");
  CHECK_FALSE(b.any_text("extremist-linked"));
  CHECK_FALSE(b.any_text("locally-funded"));
}

TEST_CASE("a backer before a group's own name leaves the name alone", "[mentions][collectives]") {
  // "Houthi rebels" is a lexicon name: the group is that actor, and "Eritrea-backed"
  // only gives the backer, as before a bare name ("Eritrea-backed Houthis").
  const auto a = analyse("Eritrea-backed Houthi rebels clashed with troops near the port.");
  CHECK_FALSE(a.any_text("Eritrea-backed Houthi rebels"));
  const auto* rebels = a.find("Houthi rebels");
  REQUIRE(rebels);
  CHECK(rebels->entity == "houthis");
  REQUIRE(a.find("Eritrea"));
  CHECK(a.find("Eritrea")->entity == "eritrea");
}

TEST_CASE("a coalition named after its leader", "[mentions][collectives]") {
  const auto a = analyse("A military coalition led by France struck the depot.");
  const auto* c = a.find("military coalition");
  REQUIRE(c);
  CHECK(c->entity == "french-led-coalition");
  CHECK(a.find("France"));
}

TEST_CASE("collectives the lexicon knows: the West, world powers, legislatures, parties",
          "[mentions][collectives]") {
  const auto a = analyse(
      "The West imposed sanctions and Western governments froze assets. Major powers met in Oslo. "
      "Lawmakers in Chile's parliament objected, and Republicans in the Senate agreed.");
  const auto* west = a.find("West");
  REQUIRE(west);
  CHECK(west->entity == "the-west");
  const auto* western = a.find("Western governments");
  REQUIRE(western);
  CHECK(western->entity == "the-west");
  const auto* powers = a.find("Major powers");
  REQUIRE(powers);
  CHECK(powers->entity == "world-powers");
  const auto* parliament = a.find("Chile's parliament");
  REQUIRE(parliament);
  CHECK(parliament->entity == "chile-parliament");
  CHECK(parliament->type == EntityType::organization);
  REQUIRE(a.find("Republicans"));
  CHECK(a.find("Republicans")->entity == "republican-party");
  // A head noun after an unknown name is that name's: "Tula Congress" is no US Congress.
  const auto c = analyse("Delegates Gather For Tula Congress On Reform", true, true);
  for (const auto& m : c.mentions) CHECK(m.entity != "us-congress");
  // A compass word before a named place is the place's: "the West Bank" is no West.
  const auto b = analyse("Settlers moved into the West Bank and Western Sahara.");
  for (const auto& m : b.mentions) CHECK(m.entity != "the-west");
}

TEST_CASE("names listed as companies", "[mentions][collectives]") {
  const auto a = analyse("Two mining companies, Varakor and Belmont, signed contracts in Lima.");
  const auto* v = a.find("Varakor");
  REQUIRE(v);
  CHECK(v->type == EntityType::organization);
  const auto* b = a.find("Belmont");
  REQUIRE(b);
  CHECK(b->type == EntityType::organization);
  CHECK(a.find("Lima")->type == EntityType::location);
}

TEST_CASE("the government resolves by the country the passage is about", "[resolution][generic]") {
  const auto a = analyse(
      "The Malian government and the Nigerien government met in Niamey. "
      "Mali said the talks went well. The government added that aid would follow.");
  // The third "government": the sentence before is about Mali.
  const Mention* last = a.find("government");
  REQUIRE(last);
  CHECK(last->kind == MentionKind::nominal);
  REQUIRE(last);
  CHECK(last->entity == "mali-government");
  CHECK(last->decision.starts_with("salience"));
}

TEST_CASE("a generic noun with two equally salient countries stays unresolved",
          "[resolution][generic]") {
  const auto a = analyse(
      "The Malian government and the Nigerien government met in Niamey. "
      "Mali and Niger signed a pact. The government said it was pleased.");
  const Mention* last = a.find("government");
  REQUIRE(last);
  CHECK(last->kind == MentionKind::nominal);
  CHECK(last->entity.empty());
  CHECK(last->decision.starts_with("abstain"));
}

TEST_CASE("photo labels and credits name no one", "[mentions][captions]") {
  const auto a = analyse(
      "FILE PHOTO: Finance Minister Lena Okafor speaks in Abuja, Nigeria March 3, 2019. "
      "REUTERS/Samuel Adeyemi/File Photo");
  CHECK(person(a, "Lena Okafor"));
  for (const auto& m : a.mentions) {
    CHECK(m.text.find("FILE") == std::string::npos);
    CHECK(m.text.find("Adeyemi") == std::string::npos);
    CHECK(m.text.find("Photo") == std::string::npos);
  }
  // A slash inside the story is no credit: "the AU/UN mission said" goes on.
  const auto b = analyse("The AU/UN mission in Darfur said Colonel Idris Haroun was released.");
  CHECK(person(b, "Idris Haroun"));
}

TEST_CASE("place names with particles and compass words", "[mentions][places]") {
  const auto a =
      analyse("Shelling hit Tell Abyad and Deir ez-Zor, and aid reached Northern Rakhine.");
  for (const auto* text : {"Tell Abyad", "Deir ez-Zor", "Northern Rakhine"}) {
    INFO(text);
    const auto* m = a.find(text);
    REQUIRE(m);
    CHECK(m->type == EntityType::location);
  }
  // A person whose name begins with such a word stays a person when titled.
  const auto b = analyse("Commander Khan Yusufzai said the road was open.");
  CHECK(person(b, "Khan Yusufzai"));
}
