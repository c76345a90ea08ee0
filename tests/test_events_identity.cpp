// Event identity: which mentions are one event, within a document and across
// documents, and which dates an event may take. Every sentence is written for the tests.
#include <catch2/catch.hpp>

#include <string>

#include "actorgraph/knowledge_graph.hpp"
#include "actorgraph/pipeline.hpp"
#include "event_test_run.hpp"
#include "events/event_recognizer.hpp"
#include "resolve/entity_resolver.hpp"

using namespace actorgraph;

using test::dump;
using test::run;

TEST_CASE("two deals between different parties do not merge", "[events][identity]") {
  const auto e = run(
      "Officials praised the trade agreement between Chile and Peru. Separately, critics attacked "
      "the arms agreement between Brazil and Argentina.",
      "2016-06-15");
  INFO(dump(e));
  const auto first = e.id_of("trade agreement");
  const auto second = e.id_of("arms agreement");
  REQUIRE_FALSE(first.empty());
  REQUIRE_FALSE(second.empty());
  CHECK(first != second);
  // The parties name a placeless event.
  CHECK(first == "chile-peru-agreement");
  CHECK(second == "argentina-brazil-agreement");
}

TEST_CASE("an article with no date gives its events no date", "[events][identity]") {
  // Weekdays and "last month" need an article date to mean a day; none is guessed.
  const auto e = run(
      "Envoys opened talks in Nairobi on Tuesday. The ceasefire agreed last month held, and the "
      "talks will resume next week.",
      "");
  INFO(dump(e));
  REQUIRE_FALSE(e.events.entities.empty());
  for (const auto& entity : e.events.entities) {
    INFO(entity.id);
    CHECK_FALSE(entity.attributes.contains("date"));
    CHECK(entity.first_date.empty());
    // No month in the id either: "nairobi-talks", not "nairobi-talks-YYYY-MM".
    CHECK(entity.id.find("-20") == std::string::npos);
  }
  CHECK(e.id_of("talks") == "nairobi-talks");
  // A date the text states in full is the event's own, with or without an article date.
  const auto f = run("Envoys opened talks in Nairobi on March 3, 2019.", "");
  INFO(dump(f));
  CHECK(f.id_of("talks") == "nairobi-talks-2019-03");
}

TEST_CASE("undated events of two articles merge when their names and parties agree",
          "[events][identity]") {
  Pipeline pipeline(Lexicon::builtin());
  auto document = [](std::string id, std::string text) {
    Document d;
    d.id = std::move(id);
    d.text = std::move(text);
    return d;
  };
  KnowledgeGraph graph;
  graph.merge(pipeline.process(document(
      "a",
      "Fishing rights\n\nThe agreement between Chile and Peru on fishing rights was signed.\n")));
  graph.merge(pipeline.process(document(
      "b", "Fishermen cheer\n\nFishermen welcomed the agreement between Peru and Chile.\n")));
  graph.merge(pipeline.process(document(
      "c", "Critics speak\n\nCritics attacked the agreement between Brazil and Argentina.\n")));
  pipeline.finalize(graph);
  const Entity* shared = graph.find_entity("chile-peru-agreement");
  REQUIRE(shared);
  CHECK(shared->type == EntityType::event);
  CHECK(shared->mentions == 2);
  const Entity* other = graph.find_entity("argentina-brazil-agreement");
  REQUIRE(other);
  CHECK(other->mentions == 1);
}
