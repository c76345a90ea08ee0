// Shallow syntax over a tagged sentence: noun groups, verb groups and clauses.
//
// The chunker is the layer the relation rules read. It is deliberately
// shallow (no parse tree): one left-to-right pass over the Penn tags and
// lemmas, linear in the sentence length, with no allocation per token beyond
// the output vectors. Indices are token indices into Sentence::tokens.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "actorgraph/text.hpp"

namespace actorgraph {

/// "No such token".
inline constexpr std::size_t kNoToken = std::numeric_limits<std::size_t>::max();

/// A noun group: determiner, possessor, pre-modifiers and a head noun
/// ("the U.S. ambassador", "Russia's main negotiator", "Syria peace talks").
struct NounGroup {
  std::size_t begin = 0;                   ///< First token.
  std::size_t end = 0;                     ///< One past the last token.
  std::size_t head = 0;                    ///< The head: the last noun (or pronoun) of the group.
  std::size_t determiner = kNoToken;       ///< "the", "a", "this"... if any.
  std::size_t possessor_begin = kNoToken;  ///< Possessor span ("Russia" of "Russia's"), if any.
  std::size_t possessor_end = kNoToken;
  /// Index of the next noun group joined to this one by "and", "or", ",",
  /// "as well as" (a coordination or list), or kNoToken. Set only when the
  /// next group is the same kind of thing syntactically (not a clause start).
  std::size_t next_conjunct = kNoToken;
  friend bool operator==(const NounGroup&, const NounGroup&) = default;
};

enum class Tense { present, past, future };
enum class Voice { active, passive };

/// Why a verb group does not assert its event as a plain fact.
enum class Modality {
  none,       ///< Asserted: "backs", "brokered", "have gathered", "are being held".
  scheduled,  ///< Asserted future: "will attend", "agreed to take part" (a forecast, "is expected
              ///< to host", is intended).
  hypothetical,  ///< would/could/might/may/should/can/must: "could cement".
  intended,      ///< plans/hopes/wants/seeks/vows to: not yet a fact.
  demanded,      ///< "urged X to", "called on X to", "demanded that", "must stop".
};

/// A verb group: auxiliaries, adverbs, catenative verbs and the main verb
/// ("would not send", "are being held", "is expected to host", "stop backing").
struct VerbGroup {
  std::size_t begin = 0;  ///< First token (first auxiliary or verb).
  std::size_t end = 0;    ///< One past the last token of the group (the main verb).
  std::size_t main = 0;   ///< The main (lexical) verb.
  std::string lemma;      ///< Lemma of the main verb ("broker").
  Tense tense = Tense::present;
  Voice voice = Voice::active;
  bool negated = false;     ///< not, n't, never, no longer, refused/declined/failed to, stop -ing.
  bool participle = false;  ///< A bare participle with no auxiliary ("brokered by", "supporting").
  bool infinitive = false;  ///< A bare "to" infinitive ("to attend").
  Modality modality = Modality::none;
  std::size_t particle = kNoToken;  ///< A particle right after the verb ("pull out", "take part").
  friend bool operator==(const VerbGroup&, const VerbGroup&) = default;
};

enum class ClauseKind {
  main,         ///< The sentence's main clause.
  relative,     ///< "which backs ...", "who arrived ...", "that brokered ...".
  reduced,      ///< A participle modifying a noun: "talks brokered by ...", "rebels seeking ...".
  absolute,     ///< "with Moscow supporting ...".
  subordinate,  ///< "after ...", "when ...", "because ...".
  conditional,  ///< "if ...", "unless ...", "whether ...": nothing in it is asserted.
  complement,   ///< "demanded that ...", "said (that) ...".
};

/// A clause: a stretch of tokens introduced by a marker.
struct Clause {
  ClauseKind kind = ClauseKind::main;
  std::size_t begin = 0;          ///< First token (the marker).
  std::size_t end = 0;            ///< One past the last token.
  std::size_t marker = kNoToken;  ///< "which", "with", "if"... (kNoToken for main/reduced).
  friend bool operator==(const Clause&, const Clause&) = default;
};

/// The chunks of one sentence. Groups are sorted by position and do not overlap.
struct Chunks {
  std::vector<NounGroup> nouns;
  std::vector<VerbGroup> verbs;
  std::vector<Clause> clauses;  ///< Main clause first, then the rest by position.
  /// For each token: index into `nouns` of the group holding it, or kNoToken.
  std::vector<std::size_t> noun_at;
  /// For each token: index into `verbs` of the group holding it, or kNoToken.
  std::vector<std::size_t> verb_at;
  /// Penn tags as the chunker read them: the tagger's, with the few slips it
  /// mends ("talks brokered/VBD by" -> VBN, "Turkey backing/NN rebels" -> VBG).
  std::vector<std::string> tags;

  /// The innermost clause holding `token` (index into `clauses`).
  std::size_t clause_of(std::size_t token) const noexcept;
};

/// Chunks a tagged sentence (Tagger::tag must have filled pos and lemma).
/// Never throws for any token sequence; an empty sentence gives empty chunks.
Chunks chunk(const Sentence& sentence);

}  // namespace actorgraph
