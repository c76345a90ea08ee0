// Runs event recognition on sentences written for the tests (test_events*.cpp).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "actorgraph/lexicon.hpp"
#include "actorgraph/pipeline.hpp"
#include "events/event_recognizer.hpp"
#include "mention_test_analyse.hpp"

namespace actorgraph::test {

/// One document's mentions and the events recognised in it.
struct Events {
  test::Analysed analysed;
  DocumentEvents events;

  const Entity* entity(std::string_view id) const {
    for (const auto& e : events.entities)
      if (e.id == id) return &e;
    return nullptr;
  }
  const Entity* only_event() const {
    const Entity* found = nullptr;
    for (const auto& e : events.entities) {
      if (e.type != EntityType::event) continue;
      if (found) return nullptr;
      found = &e;
    }
    return found;
  }
  std::size_t event_count() const {
    return static_cast<std::size_t>(
        std::count_if(events.entities.begin(), events.entities.end(),
                      [](const Entity& e) { return e.type == EntityType::event; }));
  }
  /// The event id of the mention whose text is `surface`, or "".
  std::string id_of(std::string_view surface) const {
    for (const auto& m : events.mentions)
      if (m.text == surface) return m.entity;
    return {};
  }
  std::string attribute(std::string_view id, const std::string& key) const {
    const Entity* e = entity(id);
    if (!e) return "<no entity>";
    const auto it = e->attributes.find(key);
    return it == e->attributes.end() ? "" : it->second;
  }
};

/// Analyses `text` and recognises its events, the document dated `date` ("" = none).
inline Events run(std::string text, std::string date, std::string id = "doc") {
  Events out;
  out.analysed = analyse(std::move(text));
  Document document;
  document.id = std::move(id);
  document.text = out.analysed.text;
  document.date = std::move(date);
  out.events =
      recognize_events(document, out.analysed.sentences, out.analysed.mentions, Lexicon::builtin());
  return out;
}

/// "[surface -> event id] ..." for INFO().
inline std::string dump(const Events& e) {
  std::string s;
  for (const auto& m : e.events.mentions) s += "[" + m.text + " -> " + m.entity + "] ";
  return s;
}

}  // namespace actorgraph::test
