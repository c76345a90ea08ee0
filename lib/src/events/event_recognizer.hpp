// Events as nodes: talks, meetings, summits, ceasefires, agreements, read from
// the nouns that name them, with their place and date, resolved within a
// document and given ids that agree across documents. See docs/events.md.
#pragma once

#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/document.hpp"
#include "actorgraph/entity.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/mention.hpp"
#include "actorgraph/relation.hpp"
#include "actorgraph/text.hpp"

namespace actorgraph {

/// Event mentions of one document, resolved within the document, with their
/// entities and located_in relations.
struct DocumentEvents {
  /// One per event noun group ("the two-day talks", "Tuesday's round", "a
  /// nationwide truce"), sorted by position; type == EntityType::event,
  /// kind == MentionKind::nominal, entity = event id, name = event label. The span
  /// is the noun group without its determiner; it may contain actor mentions
  /// ("Astana talks").
  std::vector<Mention> mentions;
  /// One per event, sorted by id: label as a reader would name it ("Astana talks",
  /// "Syria ceasefire", "ceasefire of 2016-12-30"), type event, aliases (the noun
  /// groups seen), mentions count, first/last date = the article date, and
  /// attributes "event_kind" (the lexicon family: talks, meeting, summit,
  /// conference, congress, ceasefire, agreement...), "date" ("YYYY-MM-DD" or
  /// "YYYY-MM-DD/YYYY-MM-DD", when the text dates it), "place" (entity id of the
  /// location), "topic" (country id for "Syria talks" when that is not the place).
  /// Followed by a location node for each place the actor mentions did not already
  /// give a node of that id (a capital used as a metonym, "the Kazakh capital").
  std::vector<Entity> entities;
  /// Event located_in place, for each event with a place: its place and every
  /// other place a mention states that agrees with it (the country of the city,
  /// a venue), with evidence (rule id "event-place") for each mention that states
  /// it. Then place located_in place read from the text ("the Kenyan capital of
  /// Nairobi": rules "place-of", "place-possessive", "venue-in").
  std::vector<Relation> relations;
  /// Ids of events with no anchor: no place, no date, no participants, and no
  /// anchored event of the same kind in the document to join ("the deal" alone).
  /// The pipeline leaves their nodes out unless a relation refers to them.
  std::set<std::string> orphans;
};

/// Finds and resolves the event mentions of one document.
///
/// `actor_mentions` are the document's resolved actor mentions (locations,
/// countries, people...); they give places ("talks in Astana"), topics ("Syria
/// talks") and participants ("meeting between X and Y"). Trigger nouns come from
/// `lexicon.event_kinds()`; a lexicon without an events section finds no events.
///
/// Ids depend only on what the text says about the event, so two articles
/// about one event agree without a corpus pass:
///   <place-or-topic-id>-<kind>-<YYYY-MM>   ("astana-talks-2017-01")
/// where YYYY-MM is the month the event starts (its stated date, else the
/// article's month); a part that is unknown is left out ("ceasefire-2016-12",
/// "geneva-talks"). Never throws for any text.
DocumentEvents recognize_events(const Document& document, std::span<const Sentence> sentences,
                                std::span<const Mention> actor_mentions, const Lexicon& lexicon);

}  // namespace actorgraph
