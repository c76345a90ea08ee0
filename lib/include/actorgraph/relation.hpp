// Relation: a typed, directed edge of the knowledge graph with its evidence.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "actorgraph/evidence.hpp"

namespace actorgraph {

/// A directed edge `source --type--> target`, backed by the sentences that state it.
///
/// Everything but the three keys is derived from the evidence, so that merging
/// two graphs (a union of evidence) can never leave the figures inconsistent.
struct Relation {
  std::string source;              ///< Id of the source entity.
  std::string type;                ///< Relation type ("brokered", "backs", ...).
  std::string target;              ///< Id of the target entity.
  std::set<Evidence> evidence;     ///< Supporting mentions, sorted, without duplicates.

  /// Number of distinct supporting mentions.
  std::size_t weight() const noexcept { return evidence.size(); }
  /// Ids of the documents that support the edge, sorted.
  std::set<std::string> documents() const;
  /// Article dates of the supporting documents (YYYY-MM-DD), sorted; unknown dates left out.
  std::set<std::string> dates() const;
  /// Combined confidence: 1 - prod(1 - c_i) over the evidence (noisy-or).
  double confidence() const noexcept;

  friend bool operator==(const Relation&, const Relation&) = default;
};

}  // namespace actorgraph
