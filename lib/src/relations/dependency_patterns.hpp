// Dependency patterns as data (lib/data/patterns/dependency.json, validated by
// schemas/patterns.schema.json): which arcs of the enhanced tree reach a
// predicate's arguments, and which closed-class words mark modality.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/entity.hpp"
#include "relations/predicate_lexicon.hpp"

namespace actorgraph {

struct PatternArg {
  ArgRole slot = ArgRole::subject;   ///< the predicate role the argument fills
  std::vector<std::string> deprels;  ///< arc labels ("nsubj", "obl:*")
  bool from_parent = false;          ///< the argument is the anchor's head ("appos")
  std::vector<std::string> cases;    ///< required case word of the argument ("by"), or any
  std::vector<EntityType> types;     ///< allowed entity types, or any
  bool pairwise = false;             ///< pair the argument's conjuncts with each other
};

struct PatternRule {
  std::string id;
  PredicatePos predicate = PredicatePos::verb;
  std::string relation;                    ///< fixed relation, or empty: from the predicate's roles
  std::vector<std::string> upos;           ///< anchor's UPOS, or any
  std::vector<std::string> requires_arcs;  ///< anchor must have these out-arcs ("cop")
  std::vector<std::string> forbids_arcs;
  /// Only these predicate lemmas; a pairwise argument of such a rule fills both ends
  /// ("Chile and Peru met": a symmetric act of its conjoined subjects).
  std::vector<std::string> lemmas;
  std::vector<std::string> forbids_cases;  ///< no dependent of the anchor with these case words
  std::vector<PatternArg> args;
  double confidence = 0.8;
};

struct ModalityWords {
  std::vector<std::string> negation, hypothetical_aux, demanded_aux, conditional_marks;
  /// Marks of a temporal clause that make a future predicate conditional
  /// ("once the truce holds, X will attend"); with a past one they do not.
  std::vector<std::string> future_aux, future_conditional_marks;
  /// The mark of an infinitive heading its own sentence, as in a headline
  /// ("Chile to attend talks"): announced, not done.
  std::vector<std::string> intending_marks;
  std::vector<std::string> negating_controllers, intending_controllers, demanding_controllers;
};

class DependencyPatterns {
 public:
  static const DependencyPatterns& builtin();
  /// Throws ParseError naming `origin`, the JSON pointer and the field.
  static DependencyPatterns from_json(std::string_view json, std::string_view origin);
  static DependencyPatterns from_file(const std::filesystem::path& path);

  const std::vector<PatternRule>& rules() const noexcept { return rules_; }
  const ModalityWords& modality() const noexcept { return modality_; }
  /// Lemmas of the participles that give a noun its name ("the coalition known as
  /// the HNC", "a group called Tupac"): the name stands for the noun.
  const std::vector<std::string>& naming_participles() const noexcept {
    return naming_participles_;
  }
  /// Lemmas of the verbs that give their subject the office named after them ("X was
  /// elected chairman of Y", "X became president of Y").
  const std::vector<std::string>& office_verbs() const noexcept { return office_verbs_; }
  /// Verbs whose xcomp states a threat ("X threatened to attack Y") and the relations of
  /// that xcomp that make it a threat against its target.
  const std::vector<std::string>& threat_controllers() const noexcept {
    return threat_controllers_;
  }
  const std::vector<std::string>& threat_relations() const noexcept { return threat_relations_; }
  /// Verbs of attempting whose xcomp is still done ("X tried to capture Y": an attack,
  /// whatever its outcome) and the relations for which the attempt is the act.
  const std::vector<std::string>& attempt_controllers() const noexcept {
    return attempt_controllers_;
  }
  const std::vector<std::string>& attempt_relations() const noexcept { return attempt_relations_; }
  /// Verbs of claiming whose that-clause states a hostile act ("X claimed that Y had
  /// attacked Z": X accuses Y) and the relations of that clause that make it an accusation.
  const std::vector<std::string>& claim_controllers() const noexcept { return claim_controllers_; }
  const std::vector<std::string>& claim_relations() const noexcept { return claim_relations_; }
  /// Heads of a partitive ("all of X", "most of X") and participles of a list ("states
  /// including X"): the of-phrase, the participle's object fill the argument's role.
  const std::vector<std::string>& partitive_heads() const noexcept { return partitive_heads_; }
  const std::vector<std::string>& inclusive_participles() const noexcept {
    return inclusive_participles_;
  }
  /// Verbs whose object does what the infinitive says ("led him to quit", "forced X to").
  const std::vector<std::string>& implicative_object_controllers() const noexcept {
    return implicative_object_controllers_;
  }

 private:
  std::vector<PatternRule> rules_;
  ModalityWords modality_;
  std::vector<std::string> naming_participles_, office_verbs_, threat_controllers_,
      threat_relations_;
  std::vector<std::string> partitive_heads_, inclusive_participles_;
  std::vector<std::string> claim_controllers_, claim_relations_;
  std::vector<std::string> attempt_controllers_, attempt_relations_;
  std::vector<std::string> implicative_object_controllers_;
};

}  // namespace actorgraph
