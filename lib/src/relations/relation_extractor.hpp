// Relation extraction: typed, directed edges and attributed quotes, read from
// the sentences of one document over the chunker's shallow syntax.
//
// Nothing here knows any actor: the arguments are the document's resolved
// mentions, the triggers come from the lexicon's RelationDef entries (verbs,
// nouns, compounds) and role nouns. See docs/relations.md for the rule
// families, their ids, the modality policy and the direction rules.
#pragma once

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "actorgraph/document.hpp"
#include "actorgraph/entity.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/mention.hpp"
#include "actorgraph/relation.hpp"
#include "actorgraph/text.hpp"

namespace actorgraph {

/// What extract_relations() read from one document.
struct ExtractedRelations {
  /// Asserted facts, one Evidence each (document, sentence index, byte span of
  /// the trigger and arguments, the sentence text, rule id, article date,
  /// confidence). A relation read twice in one document (two rules, two
  /// sentences) appears once with its evidence united. Sorted by key.
  std::vector<Relation> relations;
  /// Negated, hypothetical, intended or demanded relations ("would not send",
  /// "must stop backing", "could cement"): never facts. The evidence rule id is
  /// "<rule>:<why>" with why one of negated, hypothetical, intended, demanded.
  std::vector<Relation> unasserted;
  /// Speaker entity id -> a quote with its evidence (rule "quote"), in text order.
  std::vector<std::pair<std::string, Statement>> statements;
};

/// Reads relations and quotes from the tagged `sentences` of `document`, whose
/// `mentions` were recognised and resolved (Mention::sentence indexes
/// `sentences`). Mentions without an entity id (and without members) are not
/// arguments. The one argument read without a mention: a lexicon name written
/// inside a hyphen compound the tokenizer split ("United Nations-backed talks"),
/// identified by Lexicon::lookup (the lexicon says who; the text says what). Symmetric relations
/// (RelationDef::symmetric) are stored once, source < target by id. Deterministic; never throws for
/// any input.
ExtractedRelations extract_relations(const Document& document, std::span<const Sentence> sentences,
                                     std::span<const Mention> mentions, const Lexicon& lexicon);

}  // namespace actorgraph
