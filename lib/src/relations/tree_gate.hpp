// Which sentences the relation stage can read anything from once they are parsed.
// Parsing is most of a build's time (docs/performance.md), and most sentences with
// two mentions hold no word that a tree rule anchors on; the pipeline parses only
// those that do. Every reader of the tree in the relation stage must be covered
// here: the tree rules (dependency_matcher.hpp: the head of a verb, noun or
// adjective predicate), the prepositional predicates ("in defiance of": its noun) and
// what their matches lead to (threats over an intended act). A test builds the
// sample and dev corpora with and without this gate and compares the graphs.
#pragma once

#include <cstddef>

#include "actorgraph/text.hpp"

namespace actorgraph {

/// Longest sentence the pipeline parses: a longer "sentence" is a run-on line or a table
/// the segmenter cut (EWT's longest sentence has 159 words).
inline constexpr std::size_t kMaxParsedTokens = 250;

/// True when some token's lemma, or its form or normalised form in lower case, is a
/// word the relation stage's tree rules can anchor on (the built-in predicate lexicon),
/// and the sentence holds the other words of that predicate ("be held in" needs "held").
bool relation_stage_reads_tree(const Sentence& sentence);

/// What the pipeline parses: a sentence of at most kMaxParsedTokens tokens that holds two
/// mentions or more (actors or events: a relation needs two ends) and, unless
/// `every_candidate`, a word the tree rules read (relation_stage_reads_tree()).
bool worth_parsing(const Sentence& sentence, std::size_t mentions, bool every_candidate = false);

}  // namespace actorgraph
