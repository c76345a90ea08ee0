// Scoring a graph against a gold standard. See evaluation.hpp for the counting
// rules; the comments here explain the choices behind them.
#include "actorgraph/evaluation.hpp"

#include <algorithm>
#include <optional>
#include <tuple>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <utf8proc.h>

#include "lexicon/lexicon_fold.hpp"

namespace actorgraph {

namespace {

bool is_event(EntityType type) { return type == EntityType::event; }

// Candidate strengths: lower is stronger.
enum Strength : int { kById = 0, kByLabel = 1, kByAlias = 2 };

struct Candidate {
  std::size_t gold = 0;  // index into gold.entities
  int strength = kByAlias;
  std::size_t shared_names = 0;
};

struct NodeMatch {
  const Entity* node = nullptr;
  std::optional<Candidate> chosen;
  std::vector<std::size_t> all_gold;  // every gold entity its names match, chosen first
};

// A fact of the edge comparison. Endpoints are gold ids, or '#' + node id for a
// node matching nothing ('#' cannot start a gold id, so the two never collide).
using Fact = std::tuple<std::string, std::string, std::string>;

Fact make_fact(std::string source, std::string relation, std::string target, bool symmetric) {
  if (symmetric && target < source) std::swap(source, target);
  return {std::move(source), std::move(relation), std::move(target)};
}

void append_utf8(std::string& out, utf8proc_int32_t cp) {
  utf8proc_uint8_t buffer[4];
  const auto n = utf8proc_encode_char(cp, buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

}  // namespace

std::string name_match_key(std::string_view name) {
  // fold_name does NFKC, strips diacritics and spells ø/ß/ı in ASCII.
  const std::string folded = detail::fold_name(name);
  std::string lower;
  lower.reserve(folded.size());
  std::size_t pos = 0;
  while (pos < folded.size()) {
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(folded.data() + pos),
                                    static_cast<utf8proc_ssize_t>(folded.size() - pos), &cp);
    if (n <= 0) return {};
    pos += static_cast<std::size_t>(n);
    append_utf8(lower, utf8proc_tolower(cp));
  }
  // "the United Nations" names the same thing as "United Nations".
  std::string_view rest = lower;
  if (rest.starts_with("the ")) rest.remove_prefix(4);
  // Keep letters and digits only: "U.S." = "US", "al-Assad" = "al Assad".
  std::string key;
  pos = 0;
  while (pos < rest.size()) {
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(rest.data() + pos),
                                    static_cast<utf8proc_ssize_t>(rest.size() - pos), &cp);
    if (n <= 0) return {};
    pos += static_cast<std::size_t>(n);
    switch (utf8proc_category(cp)) {
      case UTF8PROC_CATEGORY_LU:
      case UTF8PROC_CATEGORY_LL:
      case UTF8PROC_CATEGORY_LT:
      case UTF8PROC_CATEGORY_LM:
      case UTF8PROC_CATEGORY_LO:
      case UTF8PROC_CATEGORY_ND:
      case UTF8PROC_CATEGORY_NL:
      case UTF8PROC_CATEGORY_NO:
        append_utf8(key, cp);
        break;
      default:
        break;
    }
  }
  return key;
}

double Score::precision() const noexcept {
  const auto predicted = true_positives + false_positives;
  if (predicted == 0) return false_negatives == 0 ? 1.0 : 0.0;
  return static_cast<double>(true_positives) / static_cast<double>(predicted);
}

double Score::recall() const noexcept {
  const auto expected = true_positives + false_negatives;
  if (expected == 0) return 1.0;
  return static_cast<double>(true_positives) / static_cast<double>(expected);
}

double Score::f1() const noexcept {
  const double p = precision();
  const double r = recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

namespace {

// Matches every node to at most one gold entity of its own kind.
std::vector<NodeMatch> match_nodes(const std::vector<const Entity*>& nodes, const Gold& gold) {
  std::map<std::string, std::vector<std::size_t>> gold_by_key;
  std::map<std::string, std::size_t> gold_by_id;
  for (std::size_t g = 0; g < gold.entities.size(); ++g) {
    gold_by_id.emplace(gold.entities[g].id, g);
    std::set<std::string> keys;
    for (const auto& name : gold.entities[g].names) {
      auto key = name_match_key(name);
      if (!key.empty()) keys.insert(std::move(key));
    }
    for (const auto& key : keys) gold_by_key[key].push_back(g);
  }

  std::vector<NodeMatch> matches;
  matches.reserve(nodes.size());
  for (const Entity* node : nodes) {
    NodeMatch match;
    match.node = node;
    std::map<std::size_t, Candidate> candidates;
    auto consider = [&](std::size_t g, int strength, bool counts_as_name) {
      if (is_event(gold.entities[g].type) != is_event(node->type)) return;
      auto [it, inserted] = candidates.try_emplace(g, Candidate{g, strength, 0});
      it->second.strength = std::min(it->second.strength, strength);
      if (counts_as_name) ++it->second.shared_names;
    };
    if (const auto it = gold_by_id.find(node->id); it != gold_by_id.end()) consider(it->second, kById, false);
    std::set<std::string> node_keys;
    const std::string label_key = name_match_key(node->label);
    if (!label_key.empty()) node_keys.insert(label_key);
    for (const auto& alias : node->aliases) {
      auto key = name_match_key(alias);
      if (!key.empty()) node_keys.insert(std::move(key));
    }
    for (const auto& key : node_keys) {
      const auto it = gold_by_key.find(key);
      if (it == gold_by_key.end()) continue;
      for (const std::size_t g : it->second) consider(g, key == label_key ? kByLabel : kByAlias, true);
    }
    std::vector<Candidate> ranked;
    for (const auto& [g, candidate] : candidates) ranked.push_back(candidate);
    std::sort(ranked.begin(), ranked.end(), [&](const Candidate& a, const Candidate& b) {
      if (a.strength != b.strength) return a.strength < b.strength;
      if (a.shared_names != b.shared_names) return a.shared_names > b.shared_names;
      return gold.entities[a.gold].id < gold.entities[b.gold].id;
    });
    if (!ranked.empty()) match.chosen = ranked.front();
    for (const auto& candidate : ranked) match.all_gold.push_back(candidate.gold);
    matches.push_back(std::move(match));
  }
  return matches;
}

NodeReport score_nodes(const std::vector<NodeMatch>& matches, const Gold& gold, bool events, bool scored) {
  NodeReport report;
  report.scored = scored;
  // For each gold entity of the kind, the nodes counted for it, best first.
  std::map<std::size_t, std::vector<const NodeMatch*>> by_gold;
  for (const auto& match : matches) {
    if (is_event(match.node->type) != events) continue;
    if (match.chosen) {
      by_gold[match.chosen->gold].push_back(&match);
    } else {
      report.extras.push_back({match.node->id, match.node->label, match.node->type, ""});
    }
  }
  for (std::size_t g = 0; g < gold.entities.size(); ++g) {
    const GoldEntity& entity = gold.entities[g];
    if (is_event(entity.type) != events) continue;
    EntityMatch entity_match;
    entity_match.gold_id = entity.id;
    auto& nodes = by_gold[g];
    // The node that stands for the gold entity: the strongest match, then the
    // most mentioned (the one a reader would look at), then the smallest id.
    std::sort(nodes.begin(), nodes.end(), [](const NodeMatch* a, const NodeMatch* b) {
      if (a->chosen->strength != b->chosen->strength) return a->chosen->strength < b->chosen->strength;
      if (a->node->mentions != b->node->mentions) return a->node->mentions > b->node->mentions;
      return a->node->id < b->node->id;
    });
    for (const auto* node : nodes) entity_match.node_ids.push_back(node->node->id);
    if (!nodes.empty()) entity_match.type_agrees = nodes.front()->node->type == entity.type;
    if (nodes.empty()) {
      if (!entity.optional) {
        ++report.score.false_negatives;
        report.misses.push_back(entity.id);
      }
    } else if (!entity.optional) {
      ++report.score.true_positives;
      for (std::size_t i = 1; i < nodes.size(); ++i)
        report.extras.push_back({nodes[i]->node->id, nodes[i]->node->label, nodes[i]->node->type, entity.id});
    }
    report.matches.push_back(std::move(entity_match));
  }
  std::sort(report.extras.begin(), report.extras.end(),
            [](const ExtraNode& a, const ExtraNode& b) { return a.node_id < b.node_id; });
  report.score.false_positives = report.extras.size();
  if (!scored) report.score = Score{};
  return report;
}

}  // namespace

EvalReport evaluate(const KnowledgeGraph& graph, const Gold& gold) {
  EvalReport report;
  const auto nodes = graph.entities();
  const auto matches = match_nodes(nodes, gold);
  report.actors = score_nodes(matches, gold, false, gold.scored_sections.contains(GoldSection::actors));
  report.events = score_nodes(matches, gold, true, gold.scored_sections.contains(GoldSection::events));
  for (const auto& match : matches) {
    if (!match.chosen) continue;
    report.node_to_gold.emplace(match.node->id, gold.entities[match.chosen->gold].id);
    if (match.all_gold.size() > 1) {
      MergedNode merged{match.node->id, {}};
      for (const auto g : match.all_gold) merged.gold_ids.push_back(gold.entities[g].id);
      report.merged_nodes.push_back(std::move(merged));
    }
  }

  report.edges_scored = gold.scored_sections.contains(GoldSection::edges);
  auto in_scope = [&](const std::string& relation) {
    return gold.scored_relations.empty() || gold.scored_relations.contains(relation);
  };
  // Gold facts: required ones (first gold relation stating each) and optional ones.
  std::map<Fact, std::size_t> required;
  std::set<Fact> optional;
  for (std::size_t i = 0; i < gold.relations.size(); ++i) {
    const auto& r = gold.relations[i];
    const std::string relation = gold.canonical_relation(r.relation);
    if (!in_scope(relation)) continue;
    Fact fact = make_fact(r.source, relation, r.target, gold.symmetric_relations.contains(relation));
    if (r.optional) optional.insert(std::move(fact));
    else required.emplace(std::move(fact), i);
  }
  // Graph facts, each with the first edge (in graph order) that states it.
  std::map<Fact, const Relation*> predicted;
  for (const Relation* edge : graph.relations()) {
    const std::string relation = gold.canonical_relation(edge->type);
    if (!in_scope(relation)) continue;
    auto endpoint = [&](const std::string& id) {
      const auto it = report.node_to_gold.find(id);
      return it == report.node_to_gold.end() ? "#" + id : it->second;
    };
    predicted.emplace(make_fact(endpoint(edge->source), relation, endpoint(edge->target),
                                gold.symmetric_relations.contains(relation)),
                      edge);
  }
  for (const auto& [fact, edge] : predicted) {
    const auto& relation = std::get<1>(fact);
    if (required.contains(fact)) {
      ++report.edges.true_positives;
      ++report.edges_by_relation[relation].true_positives;
    } else if (!optional.contains(fact)) {
      ++report.edges.false_positives;
      ++report.edges_by_relation[relation].false_positives;
      ExtraEdge extra;
      extra.source = edge->source;
      extra.relation = edge->type;
      extra.target = edge->target;
      if (const auto it = report.node_to_gold.find(edge->source); it != report.node_to_gold.end())
        extra.gold_source = it->second;
      if (const auto it = report.node_to_gold.find(edge->target); it != report.node_to_gold.end())
        extra.gold_target = it->second;
      if (!edge->evidence.empty()) {
        extra.document = edge->evidence.begin()->document;
        extra.evidence = edge->evidence.begin()->text;
      }
      report.edge_extras.push_back(std::move(extra));
    }
  }
  std::vector<std::size_t> missed;
  for (const auto& [fact, index] : required) {
    if (predicted.contains(fact)) continue;
    ++report.edges.false_negatives;
    ++report.edges_by_relation[std::get<1>(fact)].false_negatives;
    missed.push_back(index);
  }
  std::sort(missed.begin(), missed.end());
  for (const auto index : missed) report.edge_misses.push_back(gold.relations[index]);
  if (!report.edges_scored) {
    report.edges = Score{};
    report.edges_by_relation.clear();
  }
  return report;
}

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_string(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void write_score(Writer& w, const Score& score) {
  w.StartObject();
  w.Key("precision");
  w.Double(score.precision());
  w.Key("recall");
  w.Double(score.recall());
  w.Key("f1");
  w.Double(score.f1());
  w.Key("true_positives");
  w.Uint64(score.true_positives);
  w.Key("false_positives");
  w.Uint64(score.false_positives);
  w.Key("false_negatives");
  w.Uint64(score.false_negatives);
  w.EndObject();
}

void write_nodes(Writer& w, const NodeReport& report) {
  w.StartObject();
  w.Key("scored");
  w.Bool(report.scored);
  w.Key("score");
  write_score(w, report.score);
  w.Key("misses");
  w.StartArray();
  for (const auto& id : report.misses) write_string(w, id);
  w.EndArray();
  w.Key("extras");
  w.StartArray();
  for (const auto& extra : report.extras) {
    w.StartObject();
    w.Key("node");
    write_string(w, extra.node_id);
    w.Key("label");
    write_string(w, extra.label);
    w.Key("type");
    write_string(w, to_string(extra.type));
    if (!extra.split_of.empty()) {
      w.Key("split_of");
      write_string(w, extra.split_of);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("matches");
  w.StartArray();
  for (const auto& match : report.matches) {
    w.StartObject();
    w.Key("gold");
    write_string(w, match.gold_id);
    w.Key("nodes");
    w.StartArray();
    for (const auto& id : match.node_ids) write_string(w, id);
    w.EndArray();
    if (!match.node_ids.empty()) {
      w.Key("type_agrees");
      w.Bool(match.type_agrees);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string to_json(const EvalReport& report) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("actors");
  write_nodes(w, report.actors);
  w.Key("events");
  write_nodes(w, report.events);
  w.Key("edges");
  w.StartObject();
  w.Key("scored");
  w.Bool(report.edges_scored);
  w.Key("score");
  write_score(w, report.edges);
  w.Key("by_relation");
  w.StartObject();
  for (const auto& [relation, score] : report.edges_by_relation) {
    write_string(w, relation);
    write_score(w, score);
  }
  w.EndObject();
  w.Key("misses");
  w.StartArray();
  for (const auto& miss : report.edge_misses) {
    w.StartObject();
    w.Key("source");
    write_string(w, miss.source);
    w.Key("relation");
    write_string(w, miss.relation);
    w.Key("target");
    write_string(w, miss.target);
    w.Key("document");
    write_string(w, miss.document);
    w.Key("evidence");
    write_string(w, miss.evidence);
    w.EndObject();
  }
  w.EndArray();
  w.Key("extras");
  w.StartArray();
  for (const auto& extra : report.edge_extras) {
    w.StartObject();
    w.Key("source");
    write_string(w, extra.source);
    w.Key("relation");
    write_string(w, extra.relation);
    w.Key("target");
    write_string(w, extra.target);
    w.Key("gold_source");
    write_string(w, extra.gold_source);
    w.Key("gold_target");
    write_string(w, extra.gold_target);
    w.Key("document");
    write_string(w, extra.document);
    w.Key("evidence");
    write_string(w, extra.evidence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.Key("merged_nodes");
  w.StartArray();
  for (const auto& merged : report.merged_nodes) {
    w.StartObject();
    w.Key("node");
    write_string(w, merged.node_id);
    w.Key("gold");
    w.StartArray();
    for (const auto& id : merged.gold_ids) write_string(w, id);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace actorgraph
