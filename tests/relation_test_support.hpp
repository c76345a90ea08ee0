// Runs recognition, resolution and relation extraction on sentences written
// for the tests, with event mentions marked by hand (the events stage is
// tested on its own).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "actorgraph/document.hpp"
#include "relations/relation_extractor.hpp"
#include "mention_test_analyse.hpp"

namespace actorgraph::test {

struct EventMark {
  std::string surface;  ///< Exact text of the event mention ("the talks").
  std::string id;       ///< Entity id to give it ("oslo-talks").
  std::size_t nth = 0;  ///< Which occurrence (0 = first); kAll marks every occurrence.
};
inline constexpr std::size_t kAll = static_cast<std::size_t>(-1);

struct Extracted {
  Analysed analysed;
  Document document;
  ExtractedRelations out;

  static bool in(const std::vector<Relation>& rels, std::string_view s, std::string_view t,
                 std::string_view o) {
    return std::any_of(rels.begin(), rels.end(), [&](const Relation& r) {
      return r.source == s && r.type == t && r.target == o;
    });
  }
  bool has(std::string_view s, std::string_view t, std::string_view o) const {
    return in(out.relations, s, t, o);
  }
  bool has_unasserted(std::string_view s, std::string_view t, std::string_view o) const {
    return in(out.unasserted, s, t, o);
  }
  const Relation* find(std::string_view s, std::string_view t, std::string_view o) const {
    for (const auto& r : out.relations)
      if (r.source == s && r.type == t && r.target == o) return &r;
    return nullptr;
  }
  /// Every relation as "source type target", for failure messages.
  std::string dump() const {
    std::string d;
    for (const auto& r : out.relations) d += r.source + " " + r.type + " " + r.target + "\n";
    for (const auto& r : out.unasserted)
      d += "(unasserted) " + r.source + " " + r.type + " " + r.target + "\n";
    return d;
  }
  bool said(std::string_view speaker, std::string_view quote_part) const {
    return std::any_of(out.statements.begin(), out.statements.end(), [&](const auto& p) {
      return p.first == speaker && p.second.quote.find(quote_part) != std::string::npos;
    });
  }
};

/// Adds an event mention covering `surface` in the analysed text.
inline void mark_event(Analysed& a, const EventMark& mark) {
  std::size_t seen = 0;
  for (std::size_t pos = a.text.find(mark.surface); pos != std::string::npos;
       pos = a.text.find(mark.surface, pos + 1)) {
    if (mark.nth != kAll && seen++ != mark.nth) continue;
    const std::size_t end = pos + mark.surface.size();
    for (std::size_t s = 0; s < a.sentences.size(); ++s) {
      const auto& tk = a.sentences[s].tokens;
      std::size_t b = tk.size(), e = tk.size();
      for (std::size_t k = 0; k < tk.size(); ++k) {
        if (tk[k].begin == pos) b = k;
        if (tk[k].end == end) e = k + 1;
      }
      if (b < e && e <= tk.size()) {
        Mention m;
        m.sentence = s;
        m.token_begin = b;
        m.token_end = e;
        m.begin = pos;
        m.end = end;
        m.text = mark.surface;
        m.kind = MentionKind::nominal;
        m.type = EntityType::event;
        m.entity = mark.id;
        // Event mentions replace any actor mention they cover.
        a.mentions.erase(std::remove_if(a.mentions.begin(), a.mentions.end(),
                                        [&](const Mention& o) {
                                          return o.sentence == s && o.token_begin >= b &&
                                                 o.token_end <= e;
                                        }),
                         a.mentions.end());
        a.mentions.push_back(std::move(m));
        break;
      }
    }
    if (mark.nth != kAll) break;
  }
  std::sort(a.mentions.begin(), a.mentions.end(), [](const Mention& x, const Mention& y) {
    return std::tie(x.sentence, x.token_begin) < std::tie(y.sentence, y.token_begin);
  });
}

inline Extracted extract(std::string text, const std::vector<EventMark>& events = {},
                         std::string date = "2024-03-05") {
  Extracted x;
  x.analysed = analyse(std::move(text));
  for (const auto& e : events) mark_event(x.analysed, e);
  x.document.id = "doc";
  x.document.text = x.analysed.text;
  x.document.date = std::move(date);
  x.out =
      extract_relations(x.document, x.analysed.sentences, x.analysed.mentions, Lexicon::builtin());
  return x;
}

}  // namespace actorgraph::test
