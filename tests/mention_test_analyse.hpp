// Runs recognition (and resolution) on sentences written for the tests.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/entity_resolver.hpp"
#include "actorgraph/lexicon.hpp"
#include "mentions/mention_recognizer.hpp"
#include "mention_test_support.hpp"

namespace actorgraph::test {

struct Analysed {
  std::string text;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;

  /// The first mention whose surface text is `surface`, or nullptr.
  const Mention* find(std::string_view surface, std::size_t nth = 0) const {
    for (const auto& m : mentions)
      if (m.text == surface && nth-- == 0) return &m;
    return nullptr;
  }
  /// Mentions of one entity id.
  std::size_t count_entity(std::string_view id) const {
    return static_cast<std::size_t>(
        std::count_if(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.entity == id; }));
  }
  bool any_text(std::string_view needle) const {
    return std::any_of(mentions.begin(), mentions.end(),
                       [&](const Mention& m) { return m.text.find(needle) != std::string::npos; });
  }
};

/// Every mention with the node it resolved to and why, for INFO().
inline std::string dump(const Analysed& a) {
  std::string s;
  for (const auto& m : a.mentions)
    s += "[" + m.text + " -> " + m.entity + " (" + m.decision + ")] ";
  return s;
}

/// Whether a plural mention ("they", "the trio") resolved to `id` among its members.
inline bool has_member(const Mention& m, std::string_view id) {
  return std::find(m.members.begin(), m.members.end(), id) != m.members.end();
}

inline Analysed analyse(std::string text, bool resolve = true, bool headline = false,
                        const Lexicon& lexicon = Lexicon::builtin()) {
  Analysed a;
  a.text = std::move(text);
  a.sentences = prepare(a.text, headline);
  a.mentions = recognize_mentions(a.sentences, a.text, lexicon);
  if (resolve) resolve_mentions(a.mentions, a.sentences, lexicon);
  return a;
}

}  // namespace actorgraph::test
