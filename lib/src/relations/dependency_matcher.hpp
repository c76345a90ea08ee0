// A generic matcher of dependency patterns (dependency_patterns.hpp) over a
// sentence's enhanced UD graph (enhanced_graph.hpp), in the spirit of Semgrex,
// Odin and spaCy's DependencyMatcher: a rule anchors on a word of the predicate
// lexicon and reaches its two arguments through named arcs; the predicate's
// argument roles decide the relation and its direction. Token level: which
// tokens stand for actors is the caller's business.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "relations/dependency_patterns.hpp"
#include "relations/enhanced_graph.hpp"
#include "relations/predicate_lexicon.hpp"

namespace actorgraph {

struct TreeMatch {
  const PatternRule* rule = nullptr;
  const Predicate* predicate = nullptr;
  std::size_t anchor = 0;  ///< the predicate's token
  std::size_t source = 0;  ///< token heading the source argument
  std::size_t target = 0;
  const PatternArg* source_arg = nullptr;
  const PatternArg* target_arg = nullptr;
  /// nullptr (asserted) or "negated", "hypothetical", "intended", "demanded".
  const char* why = nullptr;
};

/// Every match of every rule, in rule order then token order. Deterministic.
std::vector<TreeMatch> match_patterns(const EnhancedGraph& graph,
                                      const DependencyPatterns& patterns,
                                      const PredicateLexicon& predicates);

/// The modality of the predicate at `anchor`, read from the tree: a negation or
/// modal attached to it (or to the verb governing a nominal predicate), a
/// conditional mark on its clause, the verb controlling it through xcomp.
const char* modality_at(const EnhancedGraph& graph, std::size_t anchor, const ModalityWords& words);

}  // namespace actorgraph
