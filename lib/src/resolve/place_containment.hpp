// Place containment read from the text: "the Ethiopian capital of Addis Ababa",
// "Nairobi's Serena Hotel", "the Serena hotel in Nairobi" give `located_in`
// edges between places (see docs/events.md, "Places inside places").
#pragma once

#include <span>
#include <vector>

#include "actorgraph/document.hpp"
#include "actorgraph/mention.hpp"
#include "actorgraph/relation.hpp"
#include "actorgraph/text.hpp"

namespace actorgraph::detail {

/// `located_in` relations between places stated in the sentences, from the
/// resolved actor mentions (locations and countries). Every edge has evidence
/// in one sentence; nothing comes from the lexicon but who each place is.
std::vector<Relation> read_place_containment(const Document& document,
                                             std::span<const Sentence> sentences,
                                             std::span<const Mention> mentions);

}  // namespace actorgraph::detail
