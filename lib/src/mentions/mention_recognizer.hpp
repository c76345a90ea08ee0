// Mention recognition: every span of a document that names or refers to an actor.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "actorgraph/lexicon.hpp"
#include "actorgraph/mention.hpp"
#include "actorgraph/text.hpp"

namespace actorgraph {

/// Finds the mentions of actors in the tagged sentences of one document.
///
/// `text` is the document's original text; every offset of `sentences` and
/// of the result points into it. Found, in document order:
///  - lexicon names and aliases (longest match; the lexicon's case rules, so
///    "US" is the country and "us" is not; a leading "the" is not part of the
///    name), possessives ("Russia's" -> "Russia"), demonyms, also inside
///    coordinations and hyphen compounds ("Turkish-backed": the span covers
///    only "Turkish");
///  - capitals: a metonym for their country when they act ("Moscow
///    supporting ...", "Moscow's position"), a location otherwise ("in Astana");
///  - unknown people, organisations, armed groups and places by their shape:
///    titles ("Kazakh President Nursultan Nazarbayev": person, role
///    "President", country "kazakhstan"), name particles ("Staffan de
///    Mistura", "Bashar al-Assad"), appositions ("X, a spokesman for the Y":
///    person with role and Mention::member_of), verbs of speech ("Khamis
///    said"), head nouns ("... Front", "... Ministry", "... Hotel"), "the Y
///    rebel group", acronyms defined in the text ("the High Negotiations
///    Committee (HNC)", later "HNC") and parenthesised aliases ("Jaish
///    al-Islam (Army of Islam)"), state bodies qualified by a country ("the
///    Kazakh Foreign Ministry", "the Foreign Ministry of Kazakhstan");
///  - pronouns (MentionKind::pronoun) and definite descriptions
///    (MentionKind::nominal: "the diplomat", "the country", "the trio", "the
///    rebels", "the government"), resolved later by resolve_mentions().
/// Left out: sentence-initial common words, title-case headlines (only lexicon
/// matches and titled names there), months, weekdays, generic capitalised
/// nouns, news outlets cited as sources ("Kazinform reported", "told
/// Xinhua"), photo credits, bylines and dateline blocks.
///
/// Lexicon and state-body mentions already carry Mention::entity; the others
/// get it from resolve_mentions(). Never throws for any text.
std::vector<Mention> recognize_mentions(std::span<const Sentence> sentences, std::string_view text,
                                        const Lexicon& lexicon);

}  // namespace actorgraph
