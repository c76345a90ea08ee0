// Which sentences the relation stage can read anything from once they are parsed.
// Parsing is most of a build's time (docs/performance.md), and most sentences with
// two mentions hold no word that a tree rule anchors on; the pipeline parses only
// those that do. Every reader of the tree in the relation stage must be covered
// here: the tree rules (dependency_matcher.hpp: the head of a verb, noun or
// adjective predicate), the prepositional predicates ("in defiance of": its noun) and
// what their matches lead to (threats over an intended act). A test builds the
// sample and dev corpora with and without this gate and compares the graphs.
#pragma once

#include "actorgraph/text.hpp"

namespace actorgraph {

/// True when some token's lemma, or its form or normalised form in lower case, is a
/// word the relation stage's tree rules can anchor on (the built-in predicate lexicon),
/// and the sentence holds the other words of that predicate ("be held in" needs "held").
bool relation_stage_reads_tree(const Sentence& sentence);

}  // namespace actorgraph
