// Mentions: spans of a document that name or refer to an actor or event.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "actorgraph/entity.hpp"

namespace actorgraph {

/// How a mention refers to its entity.
enum class MentionKind {
  name,        ///< A proper name ("Sergei Lavrov", "Jaish al-Islam").
  demonym,     ///< An adjective or demonym standing for a country ("Russian", "Turkish-backed").
  metonym,     ///< A capital standing for its government ("Moscow" supporting ...).
  acronym,     ///< An abbreviation ("HNC", "UN").
  pronoun,     ///< "he", "she", "they".
  nominal,     ///< A definite description ("the diplomat", "the three countries").
};

/// One mention, located in a sentence and in the original text.
struct Mention {
  std::size_t sentence = 0;      ///< Sentence index within the document.
  std::size_t token_begin = 0;   ///< First token (index into the sentence's tokens).
  std::size_t token_end = 0;     ///< One past the last token.
  std::size_t begin = 0;         ///< Byte offset in the original text.
  std::size_t end = 0;           ///< One past the last byte.
  std::string text;              ///< Surface text of the span.
  MentionKind kind = MentionKind::name;
  EntityType type = EntityType::organization;
  std::string entity;            ///< Resolved entity id (empty until resolved).
  std::string name;              ///< The name this mention contributes as a label/alias
                                 ///< (titles stripped: "Sergei Lavrov"); empty for pronouns.
  std::string role;              ///< Role or title carried by the mention ("Foreign Minister").
  std::string country;           ///< Country id the mention ties the entity to ("russia").
  std::vector<std::string> members;  ///< For plural nominals ("the trio"): resolved member ids.
  std::string label;             ///< Display name of the resolved entity when it is fixed by the
                                 ///< lexicon or a naming rule ("Russia", "Government of Syria");
                                 ///< empty when the entity is named by its fullest surface name.
  std::string alias_of;          ///< Name this mention is declared equal to in the text: the
                                 ///< expansion of an acronym ("High Negotiations Committee" for
                                 ///< "HNC") or the first of two paired names ("Jaish al-Islam"
                                 ///< for "Army of Islam").
  std::string member_of;         ///< Name of the group an apposition or title ties a person to
                                 ///< ("Free Syrian Army" in "X, a spokesman for the Free Syrian Army").
  /// How resolution decided, for `actorgraph mentions`: "lexicon", "name", "antecedent",
  /// "members", "salience", or why it abstained ("abstain: ..."); empty for mentions not
  /// yet resolved.
  std::string decision;
  friend bool operator==(const Mention&, const Mention&) = default;
};

}  // namespace actorgraph
