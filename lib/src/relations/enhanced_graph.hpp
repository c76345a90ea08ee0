// EnhancedGraph: the basic dependency tree of a sentence plus the arcs a reader
// infers from it, in the spirit of the UD enhanced representation
// (https://universaldependencies.org/u/overview/enhanced-syntax.html):
//  - a dependent shared by conjuncts: "X and Y attacked Z" gives Y the nsubj too;
//    "attacked X and Y" gives Y the obj; a conjoined verb without a subject takes
//    its first conjunct's ("X seized A and shelled B");
//  - the controlled subject of an xcomp ("X agreed to sign": X is the signer), or
//    its object when the controller has one ("urged X to leave");
//  - the antecedent of a relative clause as subject or object of its verb
//    ("X, which backs Y"; "the deal X signed");
//  - the noun a participle modifies ("talks convened by the UN", "the
//    Iranian-backed militia") as its passive subject, and a bare nominal before
//    the hyphen of a compound participle as its agent.
// Oblique and nominal-modifier arcs carry their case word ("on", "by") as `prep`.
// Nothing here knows a relation or a word list beyond closed-class grammar.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/dependency_tree.hpp"

namespace actorgraph {

struct Arc {
  std::size_t head = 0;
  std::size_t dep = 0;
  std::string label;      ///< UD relation with subtype ("nsubj:pass", "obl", "nmod:poss")
  std::string prep;       ///< lemma of the dependent's case child, lower case ("on"); or empty
  bool inferred = false;  ///< not in the basic tree
  /// For an xcomp-controlled subject: the controlling verb (modality comes from it).
  std::size_t controller = static_cast<std::size_t>(-1);
};

class EnhancedGraph {
 public:
  explicit EnhancedGraph(const DependencyTree& tree);

  const DependencyTree& tree() const noexcept { return tree_; }
  /// Arcs out of `head`, basic first, in a fixed order.
  std::span<const Arc> out(std::size_t head) const;
  /// Arcs into `dep`.
  std::vector<const Arc*> in(std::size_t dep) const;
  /// True when `label` matches `pattern` ("nsubj" itself only; "obl:*" obl and its subtypes).
  static bool label_matches(std::string_view label, std::string_view pattern);

 private:
  void add(std::size_t head, std::size_t dep, std::string label, std::size_t controller);
  std::string case_of(std::size_t dep) const;
  bool has_out(std::size_t head, std::string_view pattern) const;

  const DependencyTree& tree_;
  std::vector<std::vector<Arc>> out_;
};

}  // namespace actorgraph
