// Filters applied to a whole graph before it is written: the same rules for
// every command (build, convert, merge, query -o, neighbors -o) and every format.
#pragma once

#include <cstddef>
#include <set>
#include <string>

#include "actorgraph/entity.hpp"
#include "actorgraph/knowledge_graph.hpp"

namespace actorgraph {

/// What to keep. A default-constructed filter keeps everything.
///
/// Order of the steps, so that results do not depend on the cap:
///  1. nodes: only those of `types` (if set); edges need both ends kept;
///  2. evidence: only that dated within `since`/`until` (if set; evidence with
///     no date is then dropped, as in RelationFilter);
///  3. edges: only `relations` (if set), with at least max(min_weight, 1)
///     evidence items left and a combined confidence >= min_confidence;
///  4. evidence per edge capped at `max_evidence` (if non-zero): the most
///     confident items, ties broken by evidence order (document, sentence,
///     span, rule) - so the output is the same whatever the thread count.
///     An edge's weight, confidence, documents and dates are then those of the
///     evidence kept (every format derives them from the evidence listed);
///  5. dangling nodes: when step 2 or 3 restricts anything, only nodes at an end
///     of a kept edge stay (a filtered graph has no orphans the filter made,
///     nor the ones it had); with only `types` and `max_evidence`, every node of
///     the kept types stays.
/// The result is a valid graph in every format: no edge has a missing end.
struct GraphFilter {
  double min_confidence = 0.0;      ///< Combined edge confidence (noisy-or), in [0, 1].
  std::size_t min_weight = 0;       ///< Evidence items left after the date filter.
  std::set<std::string> relations;  ///< Relation types kept; empty = all.
  std::set<EntityType> types;       ///< Node types kept; empty = all.
  std::string since;                ///< Evidence dated on or after (YYYY, YYYY-MM, YYYY-MM-DD).
  std::string until;             ///< Evidence dated on or before (a prefix: "2017" = all of 2017).
  std::size_t max_evidence = 0;  ///< Evidence items kept per edge; 0 = all.

  /// True if the filter changes anything.
  bool active() const noexcept;
  /// True if it restricts edges (steps 2 and 3), so that dangling nodes go.
  bool restricts_edges() const noexcept;
  /// A short description ("min_confidence=0.5 relation=backs"), recorded in the
  /// filtered graph's `filter` attribute so a file says how it was cut.
  std::string describe() const;
};

/// The graph that `filter` keeps (see GraphFilter). Graph attributes are copied,
/// plus `filter` = filter.describe() when the filter is active. Throws
/// InvalidArgument for a date that is not YYYY, YYYY-MM or YYYY-MM-DD or a
/// min_confidence outside [0, 1].
KnowledgeGraph filter_graph(const KnowledgeGraph& graph, const GraphFilter& filter);

}  // namespace actorgraph
