// Whole-graph filters (types, dates, relations, weight, confidence, evidence cap).
#include "actorgraph/graph_filter.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "actorgraph/error.hpp"
#include "actorgraph/graph_query.hpp"

namespace actorgraph {

bool GraphFilter::restricts_edges() const noexcept {
  return min_confidence > 0.0 || min_weight > 0 || !relations.empty() || !since.empty() ||
         !until.empty();
}

bool GraphFilter::active() const noexcept {
  return restricts_edges() || !types.empty() || max_evidence > 0;
}

std::string GraphFilter::describe() const {
  std::string out;
  auto add = [&](const std::string& item) { out += (out.empty() ? "" : " ") + item; };
  if (!types.empty()) {
    std::string list;
    for (EntityType t : types) list += (list.empty() ? "" : ",") + std::string(to_string(t));
    add("type=" + list);
  }
  if (!relations.empty()) {
    std::string list;
    for (const auto& r : relations) list += (list.empty() ? "" : ",") + r;
    add("relation=" + list);
  }
  if (!since.empty()) add("since=" + since);
  if (!until.empty()) add("until=" + until);
  if (min_weight > 0) add("min_weight=" + std::to_string(min_weight));
  if (min_confidence > 0.0) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", min_confidence);
    add(std::string("min_confidence=") + buffer);
  }
  if (max_evidence > 0) add("max_evidence=" + std::to_string(max_evidence));
  return out;
}

KnowledgeGraph filter_graph(const KnowledgeGraph& graph, const GraphFilter& filter) {
  if (!(filter.min_confidence >= 0.0 && filter.min_confidence <= 1.0))
    throw InvalidArgument("min_confidence: expected a number in [0, 1]");
  RelationFilter dates;  // the date rule of `query`, so both agree
  dates.since = filter.since;
  dates.until = filter.until;
  (void)find_relations(KnowledgeGraph{}, dates);  // validates the two dates (InvalidArgument)

  auto keeps_type = [&](const Entity* e) {
    return e != nullptr && (filter.types.empty() || filter.types.contains(e->type));
  };
  std::vector<Relation> kept;
  std::set<std::string> ends;
  for (const Relation* relation : graph.relations()) {
    if (!keeps_type(graph.find_entity(relation->source)) ||
        !keeps_type(graph.find_entity(relation->target)))
      continue;
    if (!filter.relations.empty() && !filter.relations.contains(relation->type)) continue;
    Relation r{relation->source, relation->type, relation->target, {}};
    for (const Evidence& e : relation->evidence)
      if (dates.accepts(e)) r.evidence.insert(e);
    if (filter.restricts_edges()) {
      if (r.evidence.size() < std::max<std::size_t>(filter.min_weight, 1)) continue;
      if (r.confidence() < filter.min_confidence) continue;
    }
    if (filter.max_evidence > 0 && r.evidence.size() > filter.max_evidence) {
      std::vector<const Evidence*> order;
      for (const Evidence& e : r.evidence) order.push_back(&e);
      // stable: equal confidences keep evidence order, so the choice is deterministic.
      std::stable_sort(order.begin(), order.end(), [](const Evidence* a, const Evidence* b) {
        return a->confidence > b->confidence;
      });
      std::set<Evidence> capped;
      for (std::size_t i = 0; i < filter.max_evidence; ++i) capped.insert(*order[i]);
      r.evidence = std::move(capped);
    }
    ends.insert(r.source);
    ends.insert(r.target);
    kept.push_back(std::move(r));
  }

  KnowledgeGraph out;
  out.attributes = graph.attributes;
  out.documents = graph.documents;  // the table says what was read, filtered or not
  if (filter.active()) out.attributes["filter"] = filter.describe();
  for (const Entity* entity : graph.entities()) {
    if (!keeps_type(entity)) continue;
    if (filter.restricts_edges() && !ends.contains(entity->id)) continue;
    out.add_entity(*entity);
  }
  for (Relation& r : kept) out.add_relation(std::move(r));
  return out;
}

}  // namespace actorgraph
