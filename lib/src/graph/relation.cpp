// Figures of a relation derived from its evidence.
#include "actorgraph/relation.hpp"

namespace actorgraph {

std::set<std::string> Relation::documents() const {
  std::set<std::string> out;
  for (const Evidence& e : evidence) out.insert(e.document);
  return out;
}

std::set<std::string> Relation::dates() const {
  std::set<std::string> out;
  for (const Evidence& e : evidence)
    if (!e.date.empty()) out.insert(e.date);
  return out;
}

double Relation::confidence() const noexcept {
  // Noisy-or: each piece of evidence is an independent chance the relation holds.
  // Iterating the sorted set keeps the floating-point result reproducible.
  double doubt = 1.0;
  for (const Evidence& e : evidence) doubt *= 1.0 - e.confidence;
  return 1.0 - doubt;
}

}  // namespace actorgraph
