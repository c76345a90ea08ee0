// KnowledgeGraph: actors and events as nodes, typed relations as edges.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "actorgraph/document.hpp"
#include "actorgraph/entity.hpp"
#include "actorgraph/relation.hpp"

namespace actorgraph {

/// A directed multigraph of entities and relations stored in a Boost.Graph
/// `adjacency_list`. Nodes are keyed by their stable id; edges by
/// (source, type, target), so two different relations between the same pair are
/// two parallel edges while repeated evidence for one relation is one edge.
///
/// Iteration (`entities()`, `relations()`) is always in key order, never in
/// insertion order, so output does not depend on how the graph was built.
/// Const member functions are safe to call from many threads at once.
class KnowledgeGraph {
 public:
  /// The underlying Boost graph, for running Boost.Graph algorithms directly.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                      Entity, Relation>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  /// Graph-level attributes (name, creator, corpus...), exported by every writer.
  std::map<std::string, std::string> attributes;
  /// The documents table: every document the graph was built from, by id
  /// (Pipeline::process adds its document; merge() unions the tables, keeping
  /// the smaller of two different records with one id, so the result does not
  /// depend on the merge order). Every Evidence::document is a key here, in
  /// graphs the pipeline makes.
  std::map<std::string, DocumentRecord> documents;

  KnowledgeGraph() = default;
  /// Copies re-index the edges: a Boost edge descriptor points into the graph it
  /// came from, so the implicit member-wise copy would leave dangling handles.
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  /// Moves are cheap (the Boost graph is held on the heap, so its edge handles
  /// stay valid); the source is left empty.
  KnowledgeGraph(KnowledgeGraph&& other);
  KnowledgeGraph& operator=(KnowledgeGraph&& other);
  ~KnowledgeGraph() = default;

  /// Adds an entity, or merges it into the entity that has the same id.
  /// Throws InvalidArgument if the id is empty or contains whitespace or control
  /// characters, or if an attribute key is not lower_snake_case ([a-z][a-z0-9_]*)
  /// or collides with a reserved node key (id, label, type, aliases, roles,
  /// mentions, first_date, last_date, statements): every writer flattens
  /// attributes into columns next to those.
  /// The reference stays valid until the next entity is added.
  const Entity& add_entity(const Entity& entity);
  /// The same, moving the entity in when it is new.
  const Entity& add_entity(Entity&& entity);

  /// Adds a relation, or unions its evidence into the existing
  /// (source, type, target) edge. Throws InvalidArgument if an endpoint is not
  /// in the graph, the type is empty or holds control characters, or an
  /// evidence confidence is not a number in [0, 1].
  const Relation& add_relation(const Relation& relation);
  /// The same, moving the relation (or its evidence) in instead of copying it.
  const Relation& add_relation(Relation&& relation);

  /// The entity with this id, or nullptr.
  const Entity* find_entity(std::string_view id) const;
  /// The (source, type, target) relation, or nullptr.
  const Relation* find_relation(std::string_view source, std::string_view type,
                                std::string_view target) const;

  /// All entities, sorted by id.
  std::vector<const Entity*> entities() const;
  /// All relations, sorted by (source, type, target).
  std::vector<const Relation*> relations() const;

  std::size_t entity_count() const noexcept { return boost::num_vertices(*graph_); }
  std::size_t relation_count() const noexcept { return boost::num_edges(*graph_); }

  /// Folds another graph into this one: entities merged by id, relations by
  /// key with evidence unioned. Merging is associative and commutative, so
  /// partial graphs can be combined in any grouping and order.
  void merge(const KnowledgeGraph& other);
  /// The same, taking the other graph's evidence instead of copying it; `other`
  /// is left empty.
  void merge(KnowledgeGraph&& other);

  /// Merges nodes into others: each `from -> to` of `renames` folds node `from`
  /// into node `to` (Entity::merge), which keeps its own label and type (when
  /// `to` is a node of the graph) and gains `from`'s label as an alias; every
  /// relation is re-pointed, those that would join a node to itself dropped, and
  /// evidence of relations that now share a key unioned. Ids not in `renames`
  /// are kept; the targets must not themselves be renamed. The records are moved,
  /// not copied, so the graph's memory does not double while it is rebuilt.
  void merge_nodes(const std::map<std::string, std::string>& renames);

  /// The Boost graph, for algorithms; vertex and edge properties are the
  /// bundled Entity and Relation.
  const Graph& graph() const noexcept { return *graph_; }
  /// The vertex of an entity id, if present.
  std::optional<Vertex> vertex(std::string_view id) const;

  /// Graphs are equal when their attributes, entities and relations are.
  friend bool operator==(const KnowledgeGraph& a, const KnowledgeGraph& b);

 private:
  using EdgeKey = std::tuple<std::string, std::string, std::string>;
  template <class E>
  const Entity& add_entity_impl(E&& entity);
  template <class R>
  const Relation& add_relation_impl(R&& relation);
  void merge_attributes(const KnowledgeGraph& other);
  // On the heap: adjacency_list (Boost 1.74) cannot be moved, and its edge
  // descriptors point into its edge list, so a graph by value made every move a copy.
  std::unique_ptr<Graph> graph_ = std::make_unique<Graph>();
  std::map<std::string, Vertex, std::less<>> vertices_;
  std::map<EdgeKey, Edge> edges_;
};

}  // namespace actorgraph
