// KnowledgeGraph: a Boost adjacency_list indexed by entity id and edge key.
#include "actorgraph/knowledge_graph.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <type_traits>
#include <utility>

#include "actorgraph/error.hpp"

namespace actorgraph {

namespace {

// Node keys every writer uses itself; an attribute of the same name would be
// written twice (or shadow the real field) when attributes are flattened.
constexpr std::array<std::string_view, 9> kReservedNodeKeys = {
    "id", "label", "type", "aliases", "roles", "mentions", "first_date", "last_date", "statements"};

bool is_attribute_key(std::string_view key) {
  if (key.empty() || key.front() < 'a' || key.front() > 'z') return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool has_control_or_space(std::string_view text, bool reject_space) {
  return std::any_of(text.begin(), text.end(), [&](char ch) {
    auto c = static_cast<unsigned char>(ch);
    return c < 0x20 || c == 0x7f || (reject_space && c == ' ');
  });
}

bool valid_confidence(double confidence) { return confidence >= 0.0 && confidence <= 1.0; }  // NaN fails

void check_entity(const Entity& entity) {
  if (entity.id.empty()) throw InvalidArgument("entity: empty id (label \"" + entity.label + "\")");
  if (has_control_or_space(entity.id, true))
    throw InvalidArgument("entity \"" + entity.id + "\": id contains whitespace or control characters");
  for (const auto& [key, value] : entity.attributes) {
    if (std::find(kReservedNodeKeys.begin(), kReservedNodeKeys.end(), key) != kReservedNodeKeys.end())
      throw InvalidArgument("entity \"" + entity.id + "\": attribute key \"" + key +
                            "\" is reserved for a node field");
    if (!is_attribute_key(key))
      throw InvalidArgument("entity \"" + entity.id + "\": attribute key \"" + key +
                            "\" is not lower_snake_case");
  }
  for (const Statement& statement : entity.statements)
    if (!valid_confidence(statement.evidence.confidence))
      throw InvalidArgument("entity \"" + entity.id + "\": statement confidence not in [0, 1] (document \"" +
                            statement.evidence.document + "\")");
}


}  // namespace

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : attributes(other.attributes),
      documents(other.documents),
      graph_(std::make_unique<Graph>(*other.graph_)),
      vertices_(other.vertices_) {
  // Vertex descriptors are indices and survive the copy; edge descriptors point
  // into the source graph's edge storage and must be looked up again.
  for (auto [it, end] = boost::edges(*graph_); it != end; ++it) {
    const Relation& r = (*graph_)[*it];
    edges_.emplace(EdgeKey{r.source, r.type, r.target}, *it);
  }
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

// The Boost graph changes owner, not address: the edge descriptors in edges_
// stay valid.
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other)
    : attributes(std::move(other.attributes)),
      documents(std::move(other.documents)),
      graph_(std::exchange(other.graph_, std::make_unique<Graph>())),
      vertices_(std::move(other.vertices_)),
      edges_(std::move(other.edges_)) {
  other.attributes.clear();
  other.documents.clear();
  other.vertices_.clear();
  other.edges_.clear();
}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) {
  if (this != &other) {
    auto fresh = std::make_unique<Graph>();  // may throw: before anything is changed
    attributes = std::move(other.attributes);
    documents = std::move(other.documents);
    graph_ = std::exchange(other.graph_, std::move(fresh));
    vertices_ = std::move(other.vertices_);
    edges_ = std::move(other.edges_);
    other.attributes.clear();
    other.documents.clear();
    other.vertices_.clear();
    other.edges_.clear();
  }
  return *this;
}

template <class E>
const Entity& KnowledgeGraph::add_entity_impl(E&& entity) {
  check_entity(entity);
  if (auto it = vertices_.find(entity.id); it != vertices_.end()) {
    Entity& existing = (*graph_)[it->second];
    existing.merge(entity);
    return existing;
  }
  std::string id = entity.id;
  Vertex v{};
  if constexpr (std::is_lvalue_reference_v<E>) {
    v = boost::add_vertex(entity, *graph_);
  } else {
    v = boost::add_vertex(*graph_);
    (*graph_)[v] = std::move(entity);
  }
  vertices_.emplace(std::move(id), v);
  return (*graph_)[v];
}

const Entity& KnowledgeGraph::add_entity(const Entity& entity) { return add_entity_impl(entity); }
const Entity& KnowledgeGraph::add_entity(Entity&& entity) { return add_entity_impl(std::move(entity)); }

template <class R>
const Relation& KnowledgeGraph::add_relation_impl(R&& relation) {
  if (relation.type.empty() || has_control_or_space(relation.type, false))
    throw InvalidArgument("relation " + relation.source + " -> " + relation.target +
                          ": empty relation type or control characters in it");
  for (const Evidence& e : relation.evidence)
    if (!valid_confidence(e.confidence))
      throw InvalidArgument("relation " + relation.source + " -" + relation.type + "-> " +
                            relation.target + ": evidence confidence not in [0, 1] (document \"" +
                            e.document + "\", sentence " + std::to_string(e.sentence) + ")");
  auto source = vertex(relation.source);
  auto target = vertex(relation.target);
  if (!source || !target)
    throw InvalidArgument("relation " + relation.source + " -" + relation.type + "-> " +
                          relation.target + ": endpoint \"" +
                          (source ? relation.target : relation.source) + "\" is not in the graph");
  EdgeKey key{relation.source, relation.type, relation.target};
  if (auto it = edges_.find(key); it != edges_.end()) {
    Relation& existing = (*graph_)[it->second];
    if constexpr (std::is_lvalue_reference_v<R>)
      existing.evidence.insert(relation.evidence.begin(), relation.evidence.end());
    else
      existing.evidence.merge(relation.evidence);  // moves the nodes: same set as insert()
    return existing;
  }
  Edge edge;
  if constexpr (std::is_lvalue_reference_v<R>) {
    edge = boost::add_edge(*source, *target, relation, *graph_).first;
  } else {
    edge = boost::add_edge(*source, *target, *graph_).first;
    (*graph_)[edge] = std::move(relation);
  }
  // parallel edges are allowed: the key map is what keeps them unique
  edges_.emplace(std::move(key), edge);
  return (*graph_)[edge];
}

const Relation& KnowledgeGraph::add_relation(const Relation& relation) {
  return add_relation_impl(relation);
}
const Relation& KnowledgeGraph::add_relation(Relation&& relation) {
  return add_relation_impl(std::move(relation));
}

const Entity* KnowledgeGraph::find_entity(std::string_view id) const {
  auto it = vertices_.find(id);
  return it == vertices_.end() ? nullptr : &(*graph_)[it->second];
}

const Relation* KnowledgeGraph::find_relation(std::string_view source, std::string_view type,
                                              std::string_view target) const {
  auto it = edges_.find(EdgeKey{std::string(source), std::string(type), std::string(target)});
  return it == edges_.end() ? nullptr : &(*graph_)[it->second];
}

std::vector<const Entity*> KnowledgeGraph::entities() const {
  std::vector<const Entity*> out;
  out.reserve(vertices_.size());
  for (const auto& [id, v] : vertices_) out.push_back(&(*graph_)[v]);
  return out;
}

std::vector<const Relation*> KnowledgeGraph::relations() const {
  std::vector<const Relation*> out;
  out.reserve(edges_.size());
  for (const auto& [key, e] : edges_) out.push_back(&(*graph_)[e]);
  return out;
}

void KnowledgeGraph::merge_attributes(const KnowledgeGraph& other) {
  for (const auto& [key, value] : other.attributes) {
    auto [it, inserted] = attributes.emplace(key, value);
    if (!inserted && value < it->second) it->second = value;
  }
  for (const auto& [id, record] : other.documents) {
    auto [it, inserted] = documents.emplace(id, record);
    if (!inserted && record < it->second) it->second = record;
  }
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  if (&other == this) {  // self-merge must behave like merging an equal copy (counts double)
    KnowledgeGraph copy(other);
    merge(copy);
    return;
  }
  merge_attributes(other);
  for (const Entity* entity : other.entities()) add_entity(*entity);
  for (const Relation* relation : other.relations()) add_relation(*relation);
}

void KnowledgeGraph::merge(KnowledgeGraph&& other) {
  if (&other == this) {
    merge(std::as_const(other));
    return;
  }
  merge_attributes(other);
  // Same order as entities() and relations(): by id, then by edge key.
  Graph& from = *other.graph_;
  for (const auto& [id, v] : other.vertices_) add_entity_impl(std::move(from[v]));
  for (const auto& [key, e] : other.edges_) add_relation_impl(std::move(from[e]));
  other = KnowledgeGraph();
}

void KnowledgeGraph::merge_nodes(const std::map<std::string, std::string>& renames) {
  if (renames.empty()) return;
  auto target = [&](const std::string& id) -> const std::string& {
    auto it = renames.find(id);
    return it == renames.end() ? id : it->second;
  };
  // The survivors' label and type, read before any record is moved out.
  std::map<std::string, std::pair<std::string, EntityType>, std::less<>> survivors;
  for (const auto& [from, to] : renames)
    if (const Entity* survivor = find_entity(to))
      survivors.emplace(to, std::pair{survivor->label, survivor->type});
  KnowledgeGraph rebuilt;
  rebuilt.attributes = std::move(attributes);
  rebuilt.documents = std::move(documents);
  Graph& from = *graph_;
  // Same order as entities() and relations(): by id, then by edge key.
  for (const auto& [id, v] : vertices_) {
    Entity& entity = from[v];
    std::string label = entity.label;
    entity.id = target(id);
    if (entity.id != id)
      if (auto it = survivors.find(entity.id); it != survivors.end()) {
        entity.label = it->second.first;
        entity.type = it->second.second;
      }
    entity.aliases.insert(std::move(label));
    rebuilt.add_entity_impl(std::move(entity));
  }
  for (const auto& [key, e] : edges_) {
    Relation& relation = from[e];
    relation.source = target(relation.source);
    relation.target = target(relation.target);
    if (relation.source == relation.target) continue;  // two nodes now one
    rebuilt.add_relation_impl(std::move(relation));
  }
  *this = std::move(rebuilt);
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::vertex(std::string_view id) const {
  auto it = vertices_.find(id);
  if (it == vertices_.end()) return std::nullopt;
  return it->second;
}

bool operator==(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  if (a.attributes != b.attributes || a.documents != b.documents ||
      a.entity_count() != b.entity_count() || a.relation_count() != b.relation_count())
    return false;
  auto ea = a.entities();
  auto eb = b.entities();
  for (std::size_t i = 0; i < ea.size(); ++i)
    if (!(*ea[i] == *eb[i])) return false;
  auto ra = a.relations();
  auto rb = b.relations();
  for (std::size_t i = 0; i < ra.size(); ++i)
    if (!(*ra[i] == *rb[i])) return false;
  return true;
}

}  // namespace actorgraph
