// The predicate lexicon: which words state which relation, and which of their
// arguments name the source and the target (lib/data/predicates.json, built by
// tools/predicates/expand_wordnet.py from WordNet seeds; docs/relations.md).
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

/// Where an argument of a predicate sits.
enum class ArgRole {
  subject,    ///< nsubj (the by-agent of a passive)
  object,     ///< obj (the subject of a passive)
  oblique,    ///< an obl/nmod introduced by Predicate roles' preposition
  possessor,  ///< nmod:poss of a noun ("Russia's attack")
  agent,      ///< a by-phrase of a noun ("mediation by Qatar")
  modifier,   ///< the adjective or compound before a noun ("Iranian-backed", "US airstrikes")
  head,       ///< what the noun or compound itself refers to ("ally" in "Iran, an ally of")
};

struct ArgSlot {
  ArgRole role = ArgRole::subject;
  std::string prep;  ///< for oblique: "on", "against", ...
  friend bool operator==(const ArgSlot&, const ArgSlot&) = default;
};

enum class PredicatePos { verb, noun, adj, compound, prep };

/// One word (or construction) stating a relation.
struct Predicate {
  std::string lemma;  ///< "seize", "shoot down", "impose sanction", "-backed"
  PredicatePos pos = PredicatePos::verb;
  std::string relation;  ///< one of the 20 relation types
  std::vector<ArgSlot> source;
  std::vector<ArgSlot> target;
  std::string cameo;   ///< CAMEO code ("195"), may be empty
  std::string plover;  ///< PLOVER category ("ASSAULT"), may be empty
  std::string origin;  ///< "hand" or "wordnet:<synset>"
  friend bool operator==(const Predicate&, const Predicate&) = default;
};

/// An immutable set of predicates, sorted by (lemma, pos, relation).
class PredicateLexicon {
 public:
  /// The lexicon compiled into the library (lib/data/predicates.json).
  static const PredicateLexicon& builtin();
  /// Validates against schemas/predicates.schema.json; throws ParseError naming
  /// `origin`, the JSON pointer and the field.
  static PredicateLexicon from_json(std::string_view json, std::string_view origin);
  static PredicateLexicon from_file(const std::filesystem::path& path);

  std::span<const Predicate> entries() const noexcept { return entries_; }
  /// Entries whose lemma is `lemma` (any pos), in order.
  std::span<const Predicate> find(std::string_view lemma) const noexcept;
  /// Entries with `pos` whose head (first word) is `head`, in entry order.
  std::vector<const Predicate*> with_head(std::string_view head, PredicatePos pos) const;
  /// The words after the head that a match must find in the tree: the lemma's later
  /// words, less a last one that is the preposition of an oblique role ("pull out of"
  /// needs "out"; "of" is the arc's). `p` is one of entries(). Computed once, at load.
  std::span<const std::string> rest_words(const Predicate& p) const;

 private:
  /// An entry's head word and pos, for with_head(): the tree matcher asks for every
  /// token under every rule, so a scan of all entries there was a third of a build.
  struct HeadKey {
    std::string head;
    PredicatePos pos;
    std::size_t index;  ///< into entries_ (an index, so copies of the lexicon stay valid)
  };
  void index_heads();

  std::vector<Predicate> entries_;
  std::vector<HeadKey> heads_;                  ///< sorted by (head, pos, index)
  std::vector<std::vector<std::string>> rest_;  ///< rest_words(), by entry index
};

/// "subject", "oblique:on" ... back to text (for messages and evidence).
std::string to_string(const ArgSlot& slot);

}  // namespace actorgraph
