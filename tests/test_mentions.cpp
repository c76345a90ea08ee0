// Mention recognition on sentences written for the tests (other places, other people).
#include <catch2/catch.hpp>

#include "mention_test_analyse.hpp"

using namespace actorgraph;
using actorgraph::test::analyse;

TEST_CASE("titles before names give a person with role and country", "[mentions]") {
  const auto a = analyse("German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday.");
  const auto* merkel = a.find("Angela Merkel");
  REQUIRE(merkel);
  CHECK(merkel->type == EntityType::person);
  CHECK(merkel->role == "Chancellor");
  CHECK(merkel->country == "germany");
  const auto* macron = a.find("Emmanuel Macron");
  REQUIRE(macron);
  CHECK(macron->role == "President");
  CHECK(macron->country == "france");
  CHECK_FALSE(a.any_text("Monday"));
  CHECK_FALSE(a.any_text("Chancellor Angela"));
}

TEST_CASE("a bare title with a surname is a person", "[mentions]") {
  const auto a = analyse("The talks ended late. Minister Okonkwo left the building without comment.");
  const auto* m = a.find("Okonkwo");
  REQUIRE(m);
  CHECK(m->type == EntityType::person);
  CHECK(m->role == "Minister");
}

TEST_CASE("apposition gives role and group of an unknown person", "[mentions]") {
  const auto a = analyse("Ali Haidar, a spokesman for the Popular Front, told reporters that the truce held.");
  const auto* haidar = a.find("Ali Haidar");
  REQUIRE(haidar);
  CHECK(haidar->type == EntityType::person);
  CHECK(haidar->role == "spokesman");
  CHECK(haidar->member_of == "Popular Front");
  const auto* front = a.find("Popular Front");
  REQUIRE(front);
  CHECK(front->type == EntityType::armed_group);
}

TEST_CASE("apposition with a demonym: the Ukrainian envoy to Poland", "[mentions]") {
  const auto a = analyse("Taras Melnyk, the Ukrainian envoy to Poland, said the border would reopen.");
  const auto* m = a.find("Taras Melnyk");
  REQUIRE(m);
  CHECK(m->type == EntityType::person);
  CHECK(m->country == "ukraine");
  CHECK(m->role.find("envoy") != std::string::npos);
}

TEST_CASE("names with particles are people", "[mentions]") {
  const auto a = analyse("The plan was drafted by Sergio Vieira de Mello and later praised by Ahmed bin Salem.");
  const auto* m = a.find("Sergio Vieira de Mello");
  REQUIRE(m);
  CHECK(m->type == EntityType::person);
  const auto* b = a.find("Ahmed bin Salem");
  REQUIRE(b);
  CHECK(b->type == EntityType::person);
}

TEST_CASE("a speech verb makes a single unknown name a person", "[mentions]") {
  const auto a = analyse("Negotiations stalled on Thursday. Gutierrez said the rebels had walked out.");
  const auto* m = a.find("Gutierrez");
  REQUIRE(m);
  CHECK(m->type == EntityType::person);
}

TEST_CASE("demonyms in coordination and hyphen compounds", "[mentions]") {
  const std::string text = "Ukrainian and Polish-backed talks opened on Tuesday.";
  const auto a = analyse(text);
  const auto* ua = a.find("Ukrainian");
  REQUIRE(ua);
  CHECK(ua->kind == MentionKind::demonym);
  CHECK(ua->entity == "ukraine");
  const auto* pl = a.find("Polish");
  REQUIRE(pl);
  CHECK(pl->entity == "poland");
  CHECK(text.substr(pl->begin, pl->end - pl->begin) == "Polish");  // not "Polish-backed"
}

TEST_CASE("possessives name the country without the ending", "[mentions]") {
  const std::string text = "Colombia's president met the rebels in Havana.";
  const auto a = analyse(text);
  const auto* m = a.find("Colombia");
  REQUIRE(m);
  CHECK(m->entity == "colombia");
  CHECK(text.substr(m->begin, m->end - m->begin) == "Colombia");
}

TEST_CASE("capitals: metonym when acting, location after a preposition", "[mentions]") {
  const auto a = analyse("Moscow supports the government, and talks will be held in Bogota next week.");
  const auto* moscow = a.find("Moscow");
  REQUIRE(moscow);
  CHECK(moscow->kind == MentionKind::metonym);
  CHECK(moscow->entity == "russia");
  const auto* bogota = a.find("Bogota");
  REQUIRE(bogota);
  CHECK(bogota->kind == MentionKind::name);
  CHECK(bogota->type == EntityType::location);
  CHECK(bogota->country == "colombia");
}

TEST_CASE("capitals: metonym as the object of accusations, appeals and sanctions", "[mentions]") {
  const auto a = analyse(
      "Oslo accused Nairobi of stalling. Donors urged Lima to act and imposed sanctions on "
      "Caracas.");
  for (const char* city : {"Nairobi", "Lima", "Caracas"}) {
    INFO(city);
    const auto* m = a.find(city);
    REQUIRE(m);
    CHECK(m->kind == MentionKind::metonym);
  }
  CHECK(a.find("Caracas")->entity == "venezuela");
  // Travel and location stay the city: "flew to Nairobi", "talks on Lima's outskirts".
  const auto b = analyse("The minister flew to Nairobi and then met farmers in Lima.");
  REQUIRE(b.find("Nairobi"));
  CHECK(b.find("Nairobi")->kind == MentionKind::name);
  CHECK(b.find("Nairobi")->type == EntityType::location);
  REQUIRE(b.find("Lima"));
  CHECK(b.find("Lima")->kind == MentionKind::name);
}

TEST_CASE("US state abbreviations after a town: Wash. is the state, not the capital",
          "[mentions]") {
  const auto a = analyse("Crews from Spokane, Wash., and Bend, Ore., reached the fire.");
  const auto* wash = a.find("Wash.");
  REQUIRE(wash);
  CHECK(wash->entity == "washington-state");
  CHECK(wash->type == EntityType::location);
  REQUIRE(a.find("Ore."));
  CHECK(a.find("Ore.")->entity == "oregon");
  // Washington alone stays the capital.
  const auto b = analyse("Washington said the talks would resume.");
  REQUIRE(b.find("Washington"));
  CHECK(b.find("Washington")->entity == "united-states");
}

TEST_CASE("case rules: turkey the bird and us the pronoun are not countries", "[mentions]") {
  const auto a = analyse("They served turkey to us at dinner. Turkey and the US signed the accord.");
  CHECK_FALSE(a.find("turkey"));
  CHECK_FALSE(a.find("us"));
  REQUIRE(a.find("Turkey"));
  CHECK(a.find("Turkey")->entity == "turkey");
  REQUIRE(a.find("US"));
  CHECK(a.find("US")->entity == "united-states");
}

TEST_CASE("months, weekdays and sentence-initial common words are not actors", "[mentions]") {
  const auto a = analyse("Even so, Peace talks resumed on Wednesday. On January 12, Monday talks were cancelled.");
  for (const auto& m : a.mentions) {
    INFO(m.text);
    CHECK(m.kind != MentionKind::name);
  }
}

TEST_CASE("title-case headlines yield only lexicon names", "[mentions]") {
  const auto a = analyse("Diplomats Arrive For Yemen Peace Talks\nThe envoy arrived in Aden.", true, true);
  CHECK(a.find("Yemen"));
  CHECK_FALSE(a.any_text("Arrive"));
  CHECK_FALSE(a.any_text("Peace Talks"));
}

TEST_CASE("news outlets cited as sources are not actors", "[mentions]") {
  const auto a = analyse(
      "The deal was signed, state news agency Kazinform reported. The minister told Xinhua that it would hold. "
      "Talks resumed on Monday, reports Bloomberg.");
  CHECK_FALSE(a.any_text("Kazinform"));
  CHECK_FALSE(a.any_text("Xinhua"));
  CHECK_FALSE(a.any_text("Bloomberg"));
}

TEST_CASE("bylines at the end are not actors", "[mentions]") {
  const auto a = analyse("Ali Haidar said the truce held.\nJohn Pemberton\n");
  CHECK(a.find("Ali Haidar"));
  CHECK_FALSE(a.any_text("Pemberton"));
}

TEST_CASE("acronyms defined in the text resolve to their expansion", "[mentions]") {
  const auto a = analyse("The Sahel Monitoring Council (SMC) met in Bamako. Later the SMC said it would stay.");
  const auto* full = a.find("Sahel Monitoring Council");
  REQUIRE(full);
  CHECK(full->type == EntityType::organization);
  const auto* later = a.find("SMC", 1);
  REQUIRE(later);
  CHECK(later->kind == MentionKind::acronym);
  CHECK(later->alias_of == "Sahel Monitoring Council");
  CHECK(later->entity == full->entity);
}

TEST_CASE("a group named with its translation: the Y rebel group", "[mentions]") {
  const auto a = analyse("Chief negotiator Omar Khaled of the Liwa al-Haqq (Brigade of Truth) rebel group attended.");
  const auto* group = a.find("Liwa al-Haqq");
  REQUIRE(group);
  CHECK(group->type == EntityType::armed_group);
  const auto* alias = a.find("Brigade of Truth");
  REQUIRE(alias);
  CHECK(alias->alias_of == "Liwa al-Haqq");
  CHECK(alias->entity == group->entity);
  const auto* person = a.find("Omar Khaled");
  REQUIRE(person);
  CHECK(person->type == EntityType::person);
  CHECK(person->role == "Chief negotiator");
}

TEST_CASE("organisations by head noun; state bodies by their country", "[mentions]") {
  const auto a = analyse(
      "The Ukrainian Foreign Ministry said the Kyiv Institute for Peace Studies was consulted. "
      "A statement by the Foreign Ministry of Ukraine followed.");
  const auto* ministry = a.find("Ukrainian Foreign Ministry");
  REQUIRE(ministry);
  CHECK(ministry->type == EntityType::government);
  const auto* again = a.find("Foreign Ministry of Ukraine");
  REQUIRE(again);
  CHECK(again->entity == ministry->entity);
  const auto* institute = a.find("Kyiv Institute for Peace Studies");
  REQUIRE(institute);
  CHECK(institute->type == EntityType::organization);
}

TEST_CASE("governments and oppositions qualified by a country", "[mentions]") {
  const auto a = analyse("The Yemeni government rejected the offer. Yemeni rebels said the government had lied.");
  const auto* gov = a.find("Yemeni government");
  REQUIRE(gov);
  CHECK(gov->type == EntityType::government);
  CHECK(gov->entity == "yemen-government");
  const auto* rebels = a.find("Yemeni rebels");
  REQUIRE(rebels);
  CHECK(rebels->type == EntityType::armed_group);
  CHECK(rebels->entity == "yemeni-opposition");
  const auto* later = a.find("government", 0);
  REQUIRE(later);
  CHECK(later->entity == "yemen-government");
}

TEST_CASE("pronouns and descriptions are mentions", "[mentions]") {
  const auto a = analyse("The envoy said he would return. The diplomat thanked the three countries.", false);
  CHECK(a.find("he"));
  CHECK(a.find("he")->kind == MentionKind::pronoun);
  REQUIRE(a.find("The diplomat"));
  CHECK(a.find("The diplomat")->kind == MentionKind::nominal);
  REQUIRE(a.find("the three countries"));
  CHECK(a.find("the three countries")->kind == MentionKind::nominal);
}

TEST_CASE("mention spans point into the original text", "[mentions]") {
  const std::string text = "Rebels\u2019 leader Ali Haidar said Colombia\u2019s army had left. Bogota denied it.";
  const auto a = analyse(text);
  REQUIRE_FALSE(a.mentions.empty());
  for (const auto& m : a.mentions) {
    INFO(m.text);
    REQUIRE(m.end <= text.size());
    CHECK(text.substr(m.begin, m.end - m.begin) == m.text);
  }
}

TEST_CASE("recognition never throws on odd input", "[mentions]") {
  for (std::string text : {std::string(), std::string("((( )))"), std::string("A. B. C."),
                           std::string("\xE2\x80\x9C\xE2\x80\x9D 's 's"), std::string(500, 'X')}) {
    CHECK_NOTHROW(analyse(text));
  }
}
