// A weak trigger ("deal", "pact") names an agreement on its own as the object of one
// of its kind's verbs (EventKindDef::weak_trigger_verbs); elsewhere it still needs a
// place, date, participants or an event the document already has. Sentences written
// for the test.
#include <catch2/catch.hpp>

#include <string>

#include "event_test_run.hpp"

using namespace actorgraph;

using test::dump;
using test::run;

namespace {

// The kind of the event that the mention whose text is `surface` names, or "".
std::string kind_of(const test::Events& e, std::string_view surface) {
  const std::string id = e.id_of(surface);
  return id.empty() ? "" : e.attribute(id, "event_kind");
}

}  // namespace

TEST_CASE("a weak trigger as the object of an agreement verb is an agreement", "[events]") {
  SECTION("active verb, modifiers between") {
    const auto e = run("Norway and Sweden signed a new fisheries pact.", "");
    INFO(dump(e));
    CHECK(kind_of(e, "new fisheries pact") == "agreement");
  }
  SECTION("passive") {
    const auto e = run("The pact was signed by Norway.", "");
    INFO(dump(e));
    CHECK(kind_of(e, "pact") == "agreement");
  }
  SECTION("phrasal verb with its prepositions") {
    const auto e = run("Chile pulled out of the deal.", "");
    INFO(dump(e));
    CHECK(kind_of(e, "deal") == "agreement");
  }
}

TEST_CASE("a weak trigger with no agreement verb and nothing else is no event", "[events]") {
  for (const char* text : {"Norway got a good deal on fish.", "The deal is a big one for Norway.",
                           "Sweden wants a deal.", "The pact was a surprise to Norway."}) {
    const auto e = run(text, "");
    INFO(text << " " << dump(e));
    CHECK(e.event_count() == 0);
  }
}
