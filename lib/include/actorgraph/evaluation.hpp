// Evaluation against a hand-made gold standard: precision, recall and F1 for
// actors, events and edges, with the misses and extras that explain them.
//
// The gold format is schemas/gold.schema.json. A graph node matches a gold
// entity when its id equals the gold id, or when its label or one of its
// aliases equals one of the gold names after folding (case, accents,
// punctuation, spaces and a leading "the" ignored). Each node matches at most
// one gold entity; a gold entity may be matched by several nodes (a "split").
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/entity.hpp"
#include "actorgraph/knowledge_graph.hpp"

namespace actorgraph {

/// One actor or event of the gold standard.
struct GoldEntity {
  std::string id;                  ///< Stable slug, unique in the gold file.
  EntityType type = EntityType::organization;
  std::vector<std::string> names;  ///< Every name a reader would accept for it.
  bool optional = false;           ///< Matching it is fine, missing it is not an error.
  std::string note;
};

/// One relation stated in the text.
struct GoldRelation {
  std::string source;    ///< Gold entity id.
  std::string relation;  ///< Relation type (a synonym is mapped to its gold name).
  std::string target;    ///< Gold entity id.
  std::string document;  ///< Document the reader took it from (informative).
  std::string evidence;  ///< The sentence fragment that states it (informative).
  bool optional = false; ///< Finding it is fine, missing it is not an error.
  std::string note;
};

/// The parts of a graph a gold file annotates completely.
enum class GoldSection { actors, events, edges };

/// A gold standard as read from a gold JSON file.
struct Gold {
  std::string corpus;
  std::string description;
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
  /// Graph relation name -> gold relation name ("supports" -> "backs").
  std::map<std::string, std::string> relation_synonyms;
  /// Relations whose direction is not scored (after synonym mapping).
  std::set<std::string> symmetric_relations;
  /// When non-empty, only edges of these relations (after synonyms) are scored;
  /// other graph edges are neither extras nor misses.
  std::set<std::string> scored_relations;
  /// Sections scored; a gold file that only annotates, say, people and their
  /// employers leaves events out. Default: all three.
  std::set<GoldSection> scored_sections{GoldSection::actors, GoldSection::events,
                                        GoldSection::edges};

  /// The gold name of a relation: its synonym target if it has one, else itself.
  std::string canonical_relation(std::string_view relation) const;
};

/// Parses and validates a gold file's text against the embedded
/// schemas/gold.schema.json, then checks what a schema cannot: unique entity
/// ids, relation endpoints that exist. Throws ParseError naming `origin` and
/// the line:column (syntax) or the JSON pointer (content) of the problem.
Gold read_gold(std::string_view json_text, std::string_view origin = "<gold>");
/// Reads a gold file. Throws IoError or ParseError naming the file.
Gold read_gold_file(const std::filesystem::path& path);

/// The key under which names are compared: NFKC, accents stripped, case
/// folded, a leading "the" dropped, and only letters and digits kept
/// ("the U.S." -> "us", "Erdoğan" -> "erdogan", "al-Assad" -> "alassad").
std::string name_match_key(std::string_view name);

/// True positives, false positives, false negatives, and the figures from them.
struct Score {
  std::size_t true_positives = 0;
  std::size_t false_positives = 0;
  std::size_t false_negatives = 0;

  /// TP / (TP + FP); 1 when nothing was predicted and nothing was expected,
  /// 0 when nothing was predicted but something was expected.
  double precision() const noexcept;
  /// TP / (TP + FN); 1 when the gold holds nothing.
  double recall() const noexcept;
  /// Harmonic mean of precision and recall (0 when both are 0).
  double f1() const noexcept;
};

/// How a gold entity was found (or not) in the graph.
struct EntityMatch {
  std::string gold_id;
  std::vector<std::string> node_ids;  ///< Matching nodes, the counted one first; empty = miss.
  bool type_agrees = true;            ///< The counted node has the gold type.
};

/// A graph node that is not counted as a true positive.
struct ExtraNode {
  std::string node_id;
  std::string label;
  EntityType type = EntityType::organization;
  std::string split_of;  ///< Gold id it duplicates ("split"), or empty if it matches nothing.
};

/// A node whose names match several gold entities (it was counted for `gold_ids.front()`).
struct MergedNode {
  std::string node_id;
  std::vector<std::string> gold_ids;
};

/// A graph edge not in the gold, after mapping its endpoints and relation.
struct ExtraEdge {
  std::string source;    ///< Node id.
  std::string relation;  ///< Relation type as in the graph.
  std::string target;    ///< Node id.
  std::string gold_source;  ///< Gold id of the source, or empty if it matches no gold entity.
  std::string gold_target;  ///< Gold id of the target, or empty.
  std::string document;  ///< Document of its first evidence (for display), may be empty.
  std::string evidence;  ///< Sentence of its first evidence, may be empty.
};

/// Figures and their explanation for one kind of node (actors or events).
struct NodeReport {
  bool scored = true;
  Score score;
  std::vector<EntityMatch> matches;  ///< One per gold entity of the kind, in gold order.
  std::vector<std::string> misses;   ///< Gold ids matched by no node (optional ones left out).
  std::vector<ExtraNode> extras;     ///< Unmatched nodes and splits, sorted by node id.
};

/// The result of comparing a graph with a gold standard.
struct EvalReport {
  NodeReport actors;  ///< Nodes and gold entities of every type but event.
  NodeReport events;  ///< Nodes and gold entities of type event.
  bool edges_scored = true;
  Score edges;        ///< Over distinct (source, relation, target) facts.
  std::map<std::string, Score> edges_by_relation;  ///< Keyed by gold relation name.
  std::vector<GoldRelation> edge_misses;           ///< Gold relations not found, in gold order.
  std::vector<ExtraEdge> edge_extras;              ///< Sorted by (source, relation, target).
  std::vector<MergedNode> merged_nodes;            ///< Nodes matching several gold entities.
  /// Each node id mapped to the gold entity it was counted for (absent = unmatched).
  std::map<std::string, std::string> node_to_gold;
};

/// Scores `graph` against `gold`. Counting rules:
///  - actors (events alike, each kind separately): a gold entity matched by a
///    node of its kind is one true positive, and any further node matching it
///    is a false positive (a split); a node matching no gold entity of its kind
///    is a false positive; an unmatched gold entity is a false negative.
///    A node only matches gold entities of its own kind (event or not); among
///    several candidates it takes the one matched by id, then by label, then
///    by alias, then the one sharing the most names, then the smallest gold id.
///  - edges are compared as sets of distinct facts: each graph edge is mapped to
///    (gold source, gold relation, gold target) through the node matches and
///    the relation synonyms, with the endpoints ordered for symmetric
///    relations; an edge with an unmatched endpoint is its own fact. A fact in
///    both sets is a true positive, one only in the graph a false positive, one
///    only in the gold a false negative.
/// Optional gold items never count as misses, and graph items they match are
/// not extras. Deterministic: the report depends only on the graph and gold.
EvalReport evaluate(const KnowledgeGraph& graph, const Gold& gold);

/// The report as JSON (figures, misses, extras), for `actorgraph eval --json`.
std::string to_json(const EvalReport& report);

}  // namespace actorgraph
