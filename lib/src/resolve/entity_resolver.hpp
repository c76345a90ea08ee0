// Entity resolution: all mentions of one actor become one node, within a
// document and across the corpus.
//
// Ids. Lexicon actors keep their lexicon id. Every other entity gets an id
// that depends only on its name, never on the order documents are read:
//  - people, organisations, places: slug of the fullest name ("Staffan de
//    Mistura" -> "staffan-de-mistura");
//  - a country's government: "<country-id>-government", label "Government of
//    <Country>", type government (unless the lexicon has a government actor of
//    that country, whose id is used);
//  - a country's opposition ("the rebels", "the Syrian opposition"):
//    slug of "<demonym> opposition" ("syrian-opposition"), type armed_group;
//  - a state body qualified by a country ("Kazakh Foreign Ministry",
//    "Foreign Ministry of Kazakhstan"): "<country-id>-<body>"
//    ("kazakhstan-foreign-ministry"), type government.
// Spelling variants of one name ("Lavrentiev"/"Lavrentyev", "Mohammad"/
// "Mohammed") share a name key (name_key()); resolve_across_documents()
// merges the nodes of one key into one.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/document.hpp"
#include "actorgraph/entity.hpp"
#include "actorgraph/knowledge_graph.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/mention.hpp"
#include "actorgraph/text.hpp"

namespace actorgraph {

/// Resolves the mentions of one document (as returned by recognize_mentions)
/// in place: sets Mention::entity wherever the referent can be found, and
/// Mention::label to the entity's display name. Partial names ("de Mistura",
/// "Assad") join the full name they are part of; spelling variants join by
/// name key; two people who share only a surname stay two (their first names
/// or initials must agree); acronyms and parenthesised aliases join their
/// expansion; metonyms resolve to their country; pronouns and definite
/// descriptions to the nearest compatible antecedent (he/she: the subject or
/// speaker of the current or previous sentences; "the country": the most
/// salient country of the sentence and the two before, abstaining on a tie;
/// "the trio", "the three countries", plural "they": the last coordinated
/// list; "the two leaders": that many people of the passage, abstaining when
/// the count does not match; set descriptions put their ids in Mention::members
/// with entity left empty). Mentions with no antecedent keep an empty entity;
/// Mention::decision says what was decided, abstentions included.
void resolve_mentions(std::vector<Mention>& mentions, std::span<const Sentence> sentences,
                      const Lexicon& lexicon);

/// The nodes of one document: one per resolved entity, with label (the
/// lexicon name or the fullest name seen), type, aliases (every name seen; no
/// pronouns, no descriptions of people), roles, the count of mentions,
/// first/last date = the document date, and attributes "country" (when known)
/// and "member_of" (when an apposition ties a person to a group).
/// Mentions without an entity are left out, so are outlets, authors and bylines
/// (recognize_mentions never reports them).
std::vector<Entity> entities_from_mentions(std::span<const Mention> mentions, const Document& document);

/// The corpus-level pass over a graph merged from per-document graphs: nodes
/// of one type whose names are spelling variants of one another (same name
/// key), a surname-only person node and the single full-name node with that
/// surname, and nodes sharing an alias are merged into one node; relations are
/// re-pointed. Deterministic and independent of the order the graph was
/// built in: each group's id is the lexicon-like or most complete id by a
/// fixed total order.
void resolve_across_documents(KnowledgeGraph& graph);

/// The merge plan resolve_across_documents() applies: old id -> surviving id,
/// for the ids that change only.
std::map<std::string, std::string> plan_corpus_merges(const KnowledgeGraph& graph);

/// A normalised key for a person's or organisation's name, equal for common
/// transliteration variants: lower case, accents removed (utf8proc), name
/// particles (de, al-, van, bin...) and initials dropped, letters folded
/// (y->i, ks->x, kh->h, ou->u, doubled letters single, final -iy -> -i) and
/// frequent given-name variants unified (Mohammed/Muhammad/Mohammad,
/// Aleksandr/Alexander). Words are separated by single spaces.
/// "Aleksandr Lavrentyev" and "Alexander Lavrentiev" -> "alexander lavrentiev".
std::string name_key(std::string_view name);

/// A stable id from a name: lower case ASCII letters and digits joined by
/// single hyphens, accents removed ("Staffan de Mistura" -> "staffan-de-mistura",
/// "George A. Krol" -> "george-a-krol").
std::string slugify(std::string_view name);

}  // namespace actorgraph
