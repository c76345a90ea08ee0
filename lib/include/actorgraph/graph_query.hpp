// Asking a knowledge graph questions: which edges match a filter, which actor
// a name means, who surrounds an actor, how two actors are connected, and
// which actors are central.
//
// Every function here only reads the graph, so all of them may be called from
// many threads at once on one graph. Results never depend on the order in
// which the graph was built: ties are broken by entity id and edge key.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/error.hpp"
#include "actorgraph/knowledge_graph.hpp"
#include "actorgraph/lexicon.hpp"

namespace actorgraph {

// ---------------------------------------------------------------- names

/// A name that names no entity. what() reads "no actor 'Lavrentev'; did you
/// mean 'Alexander Lavrentiev'?" when close names exist.
class UnknownName : public InvalidArgument {
 public:
  /// `kind` is what was looked for ("actor", "relation").
  UnknownName(std::string kind, std::string name, std::vector<std::string> suggestions);
  /// The name as given.
  const std::string& name() const noexcept { return name_; }
  /// The closest known names, best first (maybe empty).
  const std::vector<std::string>& suggestions() const noexcept { return suggestions_; }

 private:
  std::string name_;
  std::vector<std::string> suggestions_;
};

/// The comparison form of a name: Unicode-compatibility-normalised, accents
/// stripped (also ø, ł, ß...), case-folded, curly apostrophes straightened and
/// hyphens, underscores and whitespace runs turned into one space
/// ("Türkiye" and "turkiye", "Sergei-Lavrov" and "sergei lavrov" agree).
/// Invalid UTF-8 folds to an empty string.
std::string fold_query_name(std::string_view name);

/// Levenshtein distance between two strings, counted in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// An index from every id, label and alias of a graph's entities to the
/// entities they name. Build it once to resolve many names; it copies what it
/// needs and does not refer to the graph afterwards. Const members are
/// thread-safe.
class NameIndex {
 public:
  /// Indexes every entity of `graph`.
  explicit NameIndex(const KnowledgeGraph& graph);

  /// The id of the entity `name` stands for, or nullopt. An exact id wins;
  /// otherwise names are compared folded (fold_query_name) in this order: id,
  /// label, alias. If several entities share the best kind of match, the one
  /// with most mentions wins, then the smallest id.
  std::optional<std::string> resolve(std::string_view name) const;

  /// Like resolve(), but throws UnknownName (with suggestions) when nothing matches.
  std::string require(std::string_view name) const;

  /// Up to `limit` labels of entities whose names are close to `name` by edit
  /// distance over folded names, closest first. A name is also compared word
  /// group by word group, so "Lavrentev" finds "Alexander Lavrentiev". Names
  /// farther than about a third of the query's length are left out.
  std::vector<std::string> suggest(std::string_view name, std::size_t limit = 3) const;

 private:
  struct Key {
    std::string folded;  // folded name
    int kind;            // 0 id, 1 label, 2 alias
    std::size_t entity;  // index into entities_
  };
  struct Named {
    std::string id;
    std::string label;
    std::size_t mentions;
  };
  std::vector<Named> entities_;  // sorted by id
  std::vector<Key> keys_;        // sorted by (folded, kind, entity)
};

/// resolve() over a one-off NameIndex of `graph`.
std::optional<std::string> resolve_name(const KnowledgeGraph& graph, std::string_view name);
/// suggest() over a one-off NameIndex of `graph`.
std::vector<std::string> suggest_names(const KnowledgeGraph& graph, std::string_view name,
                                       std::size_t limit = 3);

// ---------------------------------------------------------------- filters

/// Which edges to list. Empty fields match everything. Source, target and
/// document are ids (resolve names first with NameIndex).
struct RelationFilter {
  std::optional<std::string> source;        ///< Source entity id.
  std::optional<std::string> target;        ///< Target entity id.
  std::set<std::string> relations;          ///< Relation types; empty = any.
  std::optional<EntityType> endpoint_type;  ///< Source or target has this type.
  std::string since;  ///< Evidence dated on or after (YYYY-MM-DD, or a prefix: "2017-01").
  std::string until;  ///< Evidence dated on or before (YYYY-MM-DD, or a prefix: "2017").
  std::optional<std::string> document;  ///< Evidence from this document id.
  std::size_t min_weight = 0;           ///< At least this many matching evidence items.

  /// True if the evidence passes the date and document conditions. Evidence
  /// without a date fails as soon as `since` or `until` is set.
  bool accepts(const Evidence& evidence) const;
  /// True if the edge passes every condition: endpoints, type, and at least
  /// max(min_weight, 1) evidence items accepted (an edge with no evidence at
  /// all passes only when no evidence condition is set).
  bool matches(const KnowledgeGraph& graph, const Relation& relation) const;
  /// The evidence of `relation` that accepts() admits, in evidence order.
  std::vector<const Evidence*> matching_evidence(const Relation& relation) const;
  /// True if since/until/document restrict evidence.
  bool filters_evidence() const noexcept;
};

/// Every edge that `filter` matches, sorted by (source, type, target).
/// Throws InvalidArgument if `since` or `until` is not a date prefix
/// (YYYY, YYYY-MM or YYYY-MM-DD).
std::vector<const Relation*> find_relations(const KnowledgeGraph& graph,
                                            const RelationFilter& filter);

/// The relation types present in the graph, sorted.
std::set<std::string> relation_types(const KnowledgeGraph& graph);

// ---------------------------------------------------------------- subgraphs

/// The entities with these ids (unknown ids are ignored) and every relation
/// between two of them; graph attributes are copied.
KnowledgeGraph subgraph(const KnowledgeGraph& graph, const std::vector<std::string>& ids);

/// How many hops each actor within `depth` hops of `center` is from it
/// (center included, at 0), following edges in either direction; with
/// `relations` non-empty only edges of those types. Throws InvalidArgument if
/// `center` is not an entity id.
std::map<std::string, std::size_t> hop_distances(const KnowledgeGraph& graph,
                                                 std::string_view center, std::size_t depth = 1,
                                                 const std::set<std::string>& relations = {});

/// The actors within `depth` hops of `center`, edges followed in either
/// direction, and the relations among them. With `relations` non-empty only
/// edges of those types are followed and kept. Throws InvalidArgument if
/// `center` is not an entity id.
KnowledgeGraph ego_network(const KnowledgeGraph& graph, std::string_view center,
                           std::size_t depth = 1, const std::set<std::string>& relations = {});

// ---------------------------------------------------------------- paths

/// One step of a path: the relation that links two consecutive actors.
struct PathHop {
  std::string from;  ///< The actor the step leaves.
  std::string to;    ///< The actor the step reaches.
  const Relation* relation =
      nullptr;          ///< The strongest relation between the two (either direction).
  bool forward = true;  ///< relation->source == from (else it points back).
  const Evidence* evidence =
      nullptr;  ///< Its most confident evidence (first in order on ties), or nullptr.
};

/// A chain of relations between two actors.
struct GraphPath {
  std::vector<std::string> nodes;  ///< Entity ids from the start to the end.
  std::vector<PathHop> hops;       ///< nodes.size() - 1 steps.
  double cost = 0;                 ///< Number of hops, or the sum of 1/strength when weighted.
};

/// How to search for a path.
struct PathOptions {
  /// Prefer well-attested links: each link costs 1 / (number of evidence items
  /// over all relations between the two actors) and Dijkstra's algorithm finds
  /// the cheapest chain. Otherwise breadth-first search finds the fewest hops.
  bool weighted = false;
  std::set<std::string> relations;  ///< Only follow these relation types; empty = all.
};

/// The shortest chain of relations between two entity ids, following edges in
/// either direction, or nullopt if they are not connected. Throws
/// InvalidArgument if an id is not in the graph. The chain found among equals
/// is fixed (the graph is searched in id order).
std::optional<GraphPath> shortest_path(const KnowledgeGraph& graph, std::string_view from,
                                       std::string_view to, const PathOptions& options = {});

// ---------------------------------------------------------------- evidence

/// A byte range of a sentence.
struct TextSpan {
  std::size_t begin = 0;  ///< First byte.
  std::size_t end = 0;    ///< One past the last byte.
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

/// Where in `evidence.text` the edge is stated, for highlighting: the words
/// that name the source and the target (any of their names, ASCII
/// case-insensitively; a person's surname alone too) and the words formed on
/// one of the relation's trigger verbs, nouns or compounds in `lexicon` (the
/// built-in lexicon when null), e.g. "brokered" for "broker". Sorted and
/// non-overlapping; each span is whole words.
std::vector<TextSpan> evidence_spans(const KnowledgeGraph& graph, const Relation& relation,
                                     const Evidence& evidence, const Lexicon* lexicon = nullptr);

/// Where the evidence's matched span (Evidence::start/end, byte offsets into
/// the original document) lies in `evidence.text` (the sentence), when that
/// can be told: Evidence::text_start/text_end when set (an HTML or transcoded
/// document); otherwise, the sentence's own offset not being stored, the
/// stretch of end - start bytes that begins where one of evidence_spans()
/// begins and ends where one of them ends (the first such, if several).
/// nullopt if none fits.
std::optional<TextSpan> matched_span(const KnowledgeGraph& graph, const Relation& relation,
                                     const Evidence& evidence, const Lexicon* lexicon = nullptr);

/// The most confident evidence of a relation (first in evidence order on
/// ties), or nullptr if it has none.
const Evidence* best_evidence(const Relation& relation);

// ---------------------------------------------------------------- centrality

/// Centrality figures of one entity.
struct ActorCentrality {
  std::string id;              ///< Entity id.
  std::size_t in_degree = 0;   ///< Edges (relations) pointing at it.
  std::size_t out_degree = 0;  ///< Edges leaving it.
  std::size_t degree = 0;      ///< in_degree + out_degree.
  double pagerank = 0;         ///< PageRank, damping 0.85, summing to 1 over the graph.
  double betweenness = 0;      ///< Normalised betweenness on the undirected actor graph, in [0, 1].
  std::size_t component = 0;   ///< Index of its weakly connected component (0 = largest).
};

/// Centrality of every entity and the graph's weakly connected components.
struct Centrality {
  std::vector<ActorCentrality> actors;  ///< One per entity, sorted by id.
  /// Sizes of the weakly connected components, largest first (ties: the
  /// component holding the smallest id first).
  std::vector<std::size_t> component_sizes;
  /// The figures of one entity id, or nullptr.
  const ActorCentrality* find(std::string_view id) const;
};

/// Computes degrees, PageRank and betweenness centrality with Boost.Graph.
///
/// PageRank (boost::graph::page_rank) runs on the directed actor graph in which
/// parallel relations between one ordered pair count once; the rank of actors
/// with no outgoing edge is spread evenly over all actors, as in networkx, and
/// iteration stops when no rank moves by more than 1e-12 (at most 200 rounds).
/// Betweenness (brandes_betweenness_centrality) runs on the undirected simple
/// graph and is normalised by (n-1)(n-2)/2 as networkx does. Components are the
/// connected components of that undirected graph.
Centrality compute_centrality(const KnowledgeGraph& graph);

}  // namespace actorgraph
