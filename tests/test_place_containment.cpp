// Places inside places read from the text (located_in between places).
// Every sentence is written for the tests.
#include <catch2/catch.hpp>

#include <string>

#include "actorgraph/pipeline.hpp"

using namespace actorgraph;

namespace {

KnowledgeGraph graph_of(std::string text) {
  Pipeline pipeline(Lexicon::builtin());
  Document document;
  document.id = "doc";
  document.date = "2018-03-14";
  document.text = std::move(text);
  return pipeline.analyze(document).graph;
}

std::string dump(const KnowledgeGraph& g) {
  std::string d;
  for (const auto* r : g.relations())
    if (r->type == "located_in") d += r->source + " located_in " + r->target + "\n";
  return d;
}

std::string rule_of(const KnowledgeGraph& g, std::string_view s, std::string_view t) {
  const Relation* r = g.find_relation(s, "located_in", t);
  return r && !r->evidence.empty() ? r->evidence.begin()->rule : "";
}

}  // namespace

TEST_CASE("a demonym or country, an area noun and a place's name", "[places]") {
  const auto g = graph_of(
      "Delegates gathered in the Ethiopian capital of Addis Ababa on Monday. "
      "Fighting spread to the Lebanese port city of Beirut. "
      "Aid reached Kenya's capital, Nairobi, by Friday.");
  INFO(dump(g));
  CHECK(rule_of(g, "addis-ababa", "ethiopia") == "place-of");
  CHECK(rule_of(g, "beirut", "lebanon") == "place-of");
  CHECK(rule_of(g, "nairobi", "kenya") == "place-of");
}

TEST_CASE("a place's venue, a venue in a place, a place in a country", "[places]") {
  const auto g = graph_of(
      "The envoys met at Nairobi's Serena Hotel on Monday. "
      "Rebels were seen near the Safari Park Hotel in Mombasa. "
      "The floods hit Kampala in Uganda on Sunday.");
  INFO(dump(g));
  CHECK(rule_of(g, "serena-hotel", "nairobi") == "place-possessive");
  CHECK(rule_of(g, "safari-park-hotel", "mombasa") == "venue-in");
  CHECK(rule_of(g, "kampala", "uganda") == "place-in");
}

TEST_CASE("a place, a comma and its country", "[places]") {
  const auto g = graph_of("The plane landed in Ottawa, Canada, late on Tuesday.");
  INFO(dump(g));
  CHECK(rule_of(g, "ottawa", "canada") == "place-comma");
}

TEST_CASE("a place, a comma and its state or province, written out or abbreviated", "[places]") {
  const auto g = graph_of(
      "The storm hit homes in Lubbock, Texas, on Monday. "
      "The mill in Eugene, Ore., closed on Friday. "
      "Police in Raleigh, N.C., made two arrests. "
      "Schools in Tucson, Ariz., stayed shut. A ship docked in Mobile, Ala.");
  INFO(dump(g));
  CHECK(rule_of(g, "lubbock", "texas") == "place-comma");
  CHECK(rule_of(g, "eugene", "oregon") == "place-comma");
  CHECK(rule_of(g, "raleigh", "north-carolina") == "place-comma");
  CHECK(rule_of(g, "tucson", "arizona") == "place-comma");
  CHECK(rule_of(g, "mobile", "alabama") == "place-comma");
}

TEST_CASE("a place's name, its area noun, of and a country", "[places]") {
  const auto g = graph_of(
      "Fighting broke out in the Ogaden region of eastern Ethiopia on Monday. "
      "Cattle died in the Turkana district of Kenya.");
  INFO(dump(g));
  CHECK(rule_of(g, "ogaden", "ethiopia") == "place-area-of");
  CHECK(rule_of(g, "turkana", "kenya") == "place-area-of");
  // "the city of X" names the place, it does not contain it.
  const auto h = graph_of("Talks opened in the city of Mombasa on Monday.");
  INFO(dump(h));
  for (const auto* r : h.relations())
    CHECK_FALSE((r->source == "mombasa" && r->type == "located_in"));
}

TEST_CASE("a state is not in another state, nor a list in its last member", "[places]") {
  const auto g = graph_of(
      "The candidates toured Ohio, Texas, and Florida. "
      "Floods hit Iowa, Nebraska on Monday. "
      "Aid flew from Denver, Boise, Utah and Nevada.");
  INFO(dump(g));
  for (const auto* r : g.relations()) CHECK(r->type != "located_in");
}

TEST_CASE("words that state no containment", "[places]") {
  SECTION("an area noun with no place named") {
    const auto g = graph_of("Kenya's capital was calm on Monday. The Kenyan capital was quiet.");
    INFO(dump(g));
    for (const auto* r : g.relations()) CHECK(r->type != "located_in");
  }
  SECTION("lists of places are not containments") {
    const auto g = graph_of(
        "Delegations came from Cairo, Jordan and Iraq. "
        "Envoys visited Amman, Egypt, Iraq and Lebanon. "
        "Ministers flew to Beirut and Syria.");
    INFO(dump(g));
    CHECK_FALSE(g.find_relation("cairo", "located_in", "jordan"));
    CHECK_FALSE(g.find_relation("amman", "located_in", "egypt"));
    CHECK_FALSE(g.find_relation("beirut", "located_in", "syria"));
  }
  SECTION("a person of a place is not a place in it") {
    const auto g = graph_of("Kenya's Uhuru Kenyatta met Ethiopia's Abiy Ahmed.");
    INFO(dump(g));
    for (const auto* r : g.relations()) CHECK(r->type != "located_in");
  }
  SECTION("a demonym with no article is a modifier, not a place") {
    const auto g = graph_of("Kenyan city officials in Mombasa said so.");
    INFO(dump(g));
    CHECK_FALSE(g.find_relation("mombasa", "located_in", "kenya"));
  }
}

TEST_CASE("a place no preposition introduces, then a comma and its region or country", "[places]") {
  // The dateline's city, in capitals, opening the story or alone on its line.
  const auto g = graph_of(
      "ZORVILLE, Italy (AP) -- Floods closed schools on Monday. "
      "Quarnby, Ore., lost power on Friday.");
  INFO(dump(g));
  CHECK(rule_of(g, "zorville", "italy") == "place-comma");
  CHECK(rule_of(g, "quarnby", "oregon") == "place-comma");
  // Common words in a name that a place's head noun ends.
  const auto park = graph_of("Sites were listed as: Cold Brook National Park, Ark.; and more.");
  INFO(dump(park));
  CHECK(rule_of(park, "cold-brook-national-park", "arkansas") == "place-comma");
  const auto line = graph_of("Storm news\n\nBRELLING, Texas\n\nWinds closed roads on Monday.");
  INFO(dump(line));
  CHECK(rule_of(line, "brelling", "texas") == "place-comma");
}

TEST_CASE("a word and a comma before a country is no place in it", "[places]") {
  const auto g = graph_of(
      "However, Italy said no on Monday. Still, Peru objected. "
      "Talks brought Varro, Ghana and Peru together. The envoy Lanny Brisk, Kenya, spoke.");
  INFO(dump(g));
  CHECK(dump(g).find("located_in italy") == std::string::npos);
  CHECK(dump(g).find("located_in peru") == std::string::npos);
  CHECK(dump(g).find("located_in ghana") == std::string::npos);
  CHECK(dump(g).find("located_in kenya") == std::string::npos);
}

TEST_CASE("a noun before the area noun, a compass word before the country, a base's name",
          "[places]") {
  const auto g = graph_of(
      "Delegates came to the Russian resort city of Zelenoyarsk on Monday. "
      "Fighters sought to capture the Islamic State capital of Varrak in north-east Syria. "
      "Soldiers at the Quarnby base in Zelenoyarsk refused to fight.");
  INFO(dump(g));
  CHECK(rule_of(g, "zelenoyarsk", "russia") == "place-of");
  CHECK(rule_of(g, "varrak", "syria") == "place-in");
  CHECK(rule_of(g, "quarnby", "zelenoyarsk") == "venue-in");
  // An armed group's capital lies in no armed group.
  CHECK(dump(g).find("varrak located_in islamic-state") == std::string::npos);
}

TEST_CASE("an unknown place in a region the lexicon places in a country", "[places]") {
  const auto g = graph_of(
      "Fires burned in the Quarnby National Forest in Idaho on Monday. "
      "She won a week at Zorbaland in Florida. Storms hit Texas in Ohio's wake.");
  INFO(dump(g));
  CHECK(rule_of(g, "quarnby-national-forest", "idaho") == "place-in");
  CHECK(rule_of(g, "zorbaland", "florida") == "place-in");
  // Two regions the lexicon knows: no containment read from "in".
  CHECK(dump(g).find("texas located_in ohio") == std::string::npos);
}

TEST_CASE("a list of places before 'in' and a country", "[places]") {
  const auto g = graph_of(
      "Floods hit Zorvo City, Quarn Town and Lesny Village in Ghana on Monday. "
      "Flights linked Paris, Varro Town and Brisk Village in Kenya.");
  INFO(dump(g));
  CHECK(rule_of(g, "lesny-village", "ghana") == "place-in");
  CHECK(rule_of(g, "quarn-town", "ghana") == "place-in");
  CHECK(rule_of(g, "zorvo-city", "ghana") == "place-in");
  CHECK(rule_of(g, "varro-town", "kenya") == "place-in");
  // A member the lexicon places in another country ends the list.
  CHECK(dump(g).find("paris located_in kenya") == std::string::npos);
}

TEST_CASE("the second of two joined places, a comma and its region", "[places]") {
  const auto g = graph_of("Rain fell at Quarnby Air Force Base and Zorbo, Texas, on Monday.");
  INFO(dump(g));
  CHECK(rule_of(g, "zorbo", "texas") == "place-comma");
  // A person joined to a name is no place.
  const auto h = graph_of("Lem Varga and Brisk, Texas, met on Monday.");
  INFO(dump(h));
  CHECK(dump(h).find("brisk located_in texas") == std::string::npos);
}

TEST_CASE("pairs of a place and its region in a row are no list", "[places]") {
  const auto g = graph_of(
      "Rain fell at Quarnby, N.C., and at Zorbo, Kan., on Monday. Storms hit Ohio, Texas, and "
      "Florida.");
  INFO(dump(g));
  CHECK(rule_of(g, "quarnby", "north-carolina") == "place-comma");
  CHECK(rule_of(g, "zorbo", "kansas") == "place-comma");
  CHECK(dump(g).find("ohio located_in texas") == std::string::npos);
}

TEST_CASE("a list of unknown towns goes on from a place; a container is no list member",
          "[places]") {
  // "Velno" and "Karst" are unknown: coordinated with a place, they are places too.
  const auto g = graph_of("Floods cut off villages near Ostrov, Velno and Karst in Slovakia.");
  INFO(dump(g));
  CHECK(rule_of(g, "ostrov", "slovakia") == "place-in");
  CHECK(rule_of(g, "velno", "slovakia") == "place-in");
  CHECK(rule_of(g, "karst", "slovakia") == "place-in");
  // "Brno in Slovakia and Hollen in Austria": Slovakia contains Brno and is no member of
  // the list "Slovakia and Hollen"; Hollen is in Austria.
  const auto h = graph_of("The river runs past Brno in Moravia and Hollen in Austria.");
  INFO(dump(h));
  CHECK(rule_of(h, "hollen", "austria") == "place-in");
  CHECK(rule_of(h, "moravia", "austria").empty());
  // After a place, a comma and a name with a verb of speech is a person, not a town.
  const auto p = graph_of("In Kosice, Novak said the road was closed.");
  INFO(dump(p));
  REQUIRE(p.find_entity("novak"));
  CHECK(p.find_entity("novak")->type == EntityType::person);
  CHECK(rule_of(p, "novak", "slovakia").empty());
}
