// Graph queries: name resolution, edge filters, ego networks, paths, evidence
// spans and centrality. Everything reads the graph only.
#include "actorgraph/graph_query.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <numeric>
#include <utility>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/page_rank.hpp>

#include "lexicon/lexicon_fold.hpp"

namespace actorgraph {

// ================================================================ names

namespace {

std::string describe_unknown(const std::string& kind, const std::string& name,
                             const std::vector<std::string>& suggestions) {
  std::string message = "no " + kind + " '" + name + "'";
  if (!suggestions.empty()) {
    message += "; did you mean ";
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
      if (i > 0) message += i + 1 == suggestions.size() ? " or " : ", ";
      message += "'" + suggestions[i] + "'";
    }
    message += "?";
  }
  return message;
}

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                    static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0) {  // an invalid byte counts as one unit so distances stay defined
      out.push_back(0xFFFD);
      ++pos;
      continue;
    }
    out.push_back(static_cast<char32_t>(cp));
    pos += static_cast<std::size_t>(n);
  }
  return out;
}

std::size_t levenshtein(const std::vector<char32_t>& a, const std::vector<char32_t>& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string> split_words(const std::string& folded) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= folded.size()) {
    const auto space = folded.find(' ', start);
    const auto end = space == std::string::npos ? folded.size() : space;
    if (end > start) words.push_back(folded.substr(start, end - start));
    if (space == std::string::npos) break;
    start = space + 1;
  }
  return words;
}

// The distance of a folded query to a folded name, or to its closest run of as
// many words as the query has ("lavrentev" is 1 from "alexander lavrentiev").
std::size_t name_distance(const std::string& query, std::size_t query_words,
                          const std::string& name) {
  const auto q = code_points(query);
  std::size_t best = levenshtein(q, code_points(name));
  const auto words = split_words(name);
  if (words.size() > query_words) {
    for (std::size_t i = 0; i + query_words <= words.size(); ++i) {
      std::string run = words[i];
      for (std::size_t k = 1; k < query_words; ++k) run += " " + words[i + k];
      best = std::min(best, levenshtein(q, code_points(run)));
    }
  }
  return best;
}

}  // namespace

UnknownName::UnknownName(std::string kind, std::string name, std::vector<std::string> suggestions)
    : InvalidArgument(describe_unknown(kind, name, suggestions)),
      name_(std::move(name)),
      suggestions_(std::move(suggestions)) {}

std::string fold_query_name(std::string_view name) {
  const std::string folded = detail::fold_name(name);
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  for (std::size_t pos = 0; pos < folded.size();) {
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(folded.data() + pos),
                                    static_cast<utf8proc_ssize_t>(folded.size() - pos), &cp);
    if (n <= 0) return {};
    pos += static_cast<std::size_t>(n);
    // Ids write spaces as hyphens ("sergei-lavrov") and abbreviations come
    // with or without periods ("U.N."), so neither may decide a match.
    if (cp == ' ' || cp == '-' || cp == '_') {
      pending_space = !out.empty();
      continue;
    }
    if (cp == '.') continue;
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    utf8proc_uint8_t buf[4];
    const auto m = utf8proc_encode_char(utf8proc_tolower(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(m));
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  return levenshtein(code_points(a), code_points(b));
}

NameIndex::NameIndex(const KnowledgeGraph& graph) {
  for (const Entity* entity : graph.entities()) {
    const std::size_t index = entities_.size();
    entities_.push_back({entity->id, entity->label, entity->mentions});
    auto add = [&](const std::string& name, int kind) {
      std::string folded = fold_query_name(name);
      if (!folded.empty()) keys_.push_back({std::move(folded), kind, index});
    };
    add(entity->id, 0);
    add(entity->label, 1);
    for (const auto& alias : entity->aliases) add(alias, 2);
  }
  std::sort(keys_.begin(), keys_.end(), [](const Key& a, const Key& b) {
    return std::tie(a.folded, a.kind, a.entity) < std::tie(b.folded, b.kind, b.entity);
  });
}

std::optional<std::string> NameIndex::resolve(std::string_view name) const {
  // An exact id always wins, even if it folds like another entity's name.
  auto exact = std::lower_bound(entities_.begin(), entities_.end(), name,
                                [](const Named& e, std::string_view id) { return e.id < id; });
  if (exact != entities_.end() && exact->id == name) return exact->id;

  const std::string folded = fold_query_name(name);
  if (folded.empty()) return std::nullopt;
  auto first =
      std::lower_bound(keys_.begin(), keys_.end(), folded,
                       [](const Key& key, const std::string& value) { return key.folded < value; });
  if (first == keys_.end() || first->folded != folded) return std::nullopt;
  const Key* best = nullptr;
  for (auto it = first; it != keys_.end() && it->folded == folded; ++it) {
    if (!best || it->kind < best->kind) {
      best = &*it;
      continue;
    }
    if (it->kind > best->kind) continue;
    const Named& a = entities_[it->entity];
    const Named& b = entities_[best->entity];
    if (a.mentions > b.mentions || (a.mentions == b.mentions && a.id < b.id)) best = &*it;
  }
  return entities_[best->entity].id;
}

std::string NameIndex::require(std::string_view name) const {
  if (auto id = resolve(name)) return *id;
  throw UnknownName("actor", std::string(name), suggest(name));
}

std::vector<std::string> NameIndex::suggest(std::string_view name, std::size_t limit) const {
  const std::string folded = fold_query_name(name);
  if (folded.empty() || limit == 0) return {};
  const std::size_t query_words = split_words(folded).size();
  const std::size_t length = code_points(folded).size();
  // A third of the length: "Lavrentev" (9) may be 3 edits off, "Iran" (4) 1.
  const std::size_t threshold = std::max<std::size_t>(1, length / 3);
  std::vector<std::size_t> best(entities_.size(), std::numeric_limits<std::size_t>::max());
  for (const Key& key : keys_) {
    auto& d = best[key.entity];
    d = std::min(d, name_distance(folded, query_words, key.folded));
  }
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < entities_.size(); ++i)
    if (best[i] <= threshold) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (best[a] != best[b]) return best[a] < best[b];
    if (entities_[a].mentions != entities_[b].mentions)
      return entities_[a].mentions > entities_[b].mentions;
    return entities_[a].id < entities_[b].id;
  });
  std::vector<std::string> out;
  for (std::size_t i : order) {
    const std::string& shown = entities_[i].label.empty() ? entities_[i].id : entities_[i].label;
    if (std::find(out.begin(), out.end(), shown) == out.end()) out.push_back(shown);
    if (out.size() == limit) break;
  }
  return out;
}

std::optional<std::string> resolve_name(const KnowledgeGraph& graph, std::string_view name) {
  return NameIndex(graph).resolve(name);
}

std::vector<std::string> suggest_names(const KnowledgeGraph& graph, std::string_view name,
                                       std::size_t limit) {
  return NameIndex(graph).suggest(name, limit);
}

// ================================================================ filters

namespace {

bool is_date_prefix(std::string_view date) {
  auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i)
      if (date[i] < '0' || date[i] > '9') return false;
    return true;
  };
  auto number = [&](std::size_t from) { return (date[from] - '0') * 10 + (date[from + 1] - '0'); };
  // A month 01-12 and a day 01-31: "2017-13" is a typo, not a date after December.
  auto month_ok = [&] { return digits(5, 2) && number(5) >= 1 && number(5) <= 12; };
  if (date.size() == 4) return digits(0, 4);
  if (date.size() == 7) return digits(0, 4) && date[4] == '-' && month_ok();
  if (date.size() == 10)
    return digits(0, 4) && date[4] == '-' && month_ok() && date[7] == '-' && digits(8, 2) &&
           number(8) >= 1 && number(8) <= 31;
  return false;
}

void check_date(std::string_view field, const std::string& date) {
  if (!date.empty() && !is_date_prefix(date))
    throw InvalidArgument(std::string(field) + ": '" + date +
                          "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
}

}  // namespace

bool RelationFilter::filters_evidence() const noexcept {
  return !since.empty() || !until.empty() || document.has_value();
}

bool RelationFilter::accepts(const Evidence& evidence) const {
  if (document && evidence.document != *document) return false;
  if (!since.empty() || !until.empty()) {
    if (evidence.date.empty()) return false;
    // Prefix comparison makes "2017-01" mean the whole month on either side.
    if (!since.empty() && evidence.date.substr(0, since.size()) < since) return false;
    if (!until.empty() && evidence.date.substr(0, until.size()) > until) return false;
  }
  return true;
}

std::vector<const Evidence*> RelationFilter::matching_evidence(const Relation& relation) const {
  std::vector<const Evidence*> out;
  for (const Evidence& e : relation.evidence)
    if (accepts(e)) out.push_back(&e);
  return out;
}

bool RelationFilter::matches(const KnowledgeGraph& graph, const Relation& relation) const {
  if (source && relation.source != *source) return false;
  if (target && relation.target != *target) return false;
  if (!relations.empty() && !relations.contains(relation.type)) return false;
  if (endpoint_type) {
    const Entity* s = graph.find_entity(relation.source);
    const Entity* t = graph.find_entity(relation.target);
    if (!(s && s->type == *endpoint_type) && !(t && t->type == *endpoint_type)) return false;
  }
  if (!filters_evidence() && min_weight == 0) return true;
  std::size_t count = 0;
  for (const Evidence& e : relation.evidence) count += accepts(e) ? 1 : 0;
  return count >= std::max<std::size_t>(min_weight, 1);
}

std::vector<const Relation*> find_relations(const KnowledgeGraph& graph,
                                            const RelationFilter& filter) {
  check_date("since", filter.since);
  check_date("until", filter.until);
  std::vector<const Relation*> out;
  for (const Relation* relation : graph.relations())
    if (filter.matches(graph, *relation)) out.push_back(relation);
  return out;
}

std::set<std::string> relation_types(const KnowledgeGraph& graph) {
  std::set<std::string> types;
  for (const Relation* relation : graph.relations()) types.insert(relation->type);
  return types;
}

// ================================================================ subgraphs

namespace {

KnowledgeGraph induced_subgraph(const KnowledgeGraph& graph, const std::set<std::string>& ids,
                                const std::set<std::string>& relations) {
  KnowledgeGraph out;
  out.attributes = graph.attributes;
  out.documents = graph.documents;
  for (const auto& id : ids)
    if (const Entity* entity = graph.find_entity(id)) out.add_entity(*entity);
  for (const Relation* relation : graph.relations()) {
    if (!relations.empty() && !relations.contains(relation->type)) continue;
    if (ids.contains(relation->source) && ids.contains(relation->target))
      out.add_relation(*relation);
  }
  return out;
}

}  // namespace

KnowledgeGraph subgraph(const KnowledgeGraph& graph, const std::vector<std::string>& ids) {
  return induced_subgraph(graph, std::set<std::string>(ids.begin(), ids.end()), {});
}

std::map<std::string, std::size_t> hop_distances(const KnowledgeGraph& graph,
                                                 std::string_view center, std::size_t depth,
                                                 const std::set<std::string>& relations) {
  const auto start = graph.vertex(center);
  if (!start) throw InvalidArgument("ego network: no entity with id '" + std::string(center) + "'");
  const auto& g = graph.graph();
  constexpr auto kUnseen = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> distance(boost::num_vertices(g), kUnseen);
  std::deque<KnowledgeGraph::Vertex> queue;
  if (depth > 0) queue.push_back(*start);
  distance[*start] = 0;
  std::map<std::string, std::size_t> out{{std::string(center), 0}};
  auto visit = [&](KnowledgeGraph::Vertex from, KnowledgeGraph::Vertex to,
                   const Relation& relation) {
    if (!relations.empty() && !relations.contains(relation.type)) return;
    if (distance[to] != kUnseen) return;
    distance[to] = distance[from] + 1;
    out.emplace(g[to].id, distance[to]);
    if (distance[to] < depth) queue.push_back(to);
  };
  // Breadth-first, so the first visit is the shortest; the order of visits
  // within one level does not change any distance.
  while (!queue.empty()) {
    const auto v = queue.front();
    queue.pop_front();
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
      visit(v, boost::target(*it, g), g[*it]);
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
      visit(v, boost::source(*it, g), g[*it]);
  }
  return out;
}

KnowledgeGraph ego_network(const KnowledgeGraph& graph, std::string_view center, std::size_t depth,
                           const std::set<std::string>& relations) {
  std::set<std::string> ids;
  for (const auto& [id, distance] : hop_distances(graph, center, depth, relations)) ids.insert(id);
  return induced_subgraph(graph, ids, relations);
}

// ================================================================ paths

const Evidence* best_evidence(const Relation& relation) {
  const Evidence* best = nullptr;
  for (const Evidence& e : relation.evidence)
    if (!best || e.confidence > best->confidence) best = &e;
  return best;
}

namespace {

// The undirected "actor graph": one vertex per entity in id order, one edge per
// linked pair, remembering the strongest relation between the two.
struct ActorGraph {
  struct Link {
    const Relation* strongest = nullptr;
    std::size_t strength = 0;  // evidence over all relations of the pair
  };
  using Graph =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                            boost::property<boost::edge_weight_t, double>>;
  std::vector<const Entity*> entities;
  std::map<std::string_view, std::size_t> index;
  std::map<std::pair<std::size_t, std::size_t>, Link> links;
  Graph graph;

  ActorGraph(const KnowledgeGraph& kg, const std::set<std::string>& relations)
      : entities(kg.entities()), graph(entities.size()) {
    for (std::size_t i = 0; i < entities.size(); ++i) index.emplace(entities[i]->id, i);
    for (const Relation* relation : kg.relations()) {
      if (!relations.empty() && !relations.contains(relation->type)) continue;
      const std::size_t s = index.at(relation->source);
      const std::size_t t = index.at(relation->target);
      if (s == t) continue;  // a self-loop links nobody to anybody
      Link& link = links[{std::min(s, t), std::max(s, t)}];
      link.strength += relation->weight();
      if (!link.strongest || relation->weight() > link.strongest->weight())
        link.strongest = relation;
    }
    for (const auto& [pair, link] : links) {
      const double cost = 1.0 / static_cast<double>(std::max<std::size_t>(link.strength, 1));
      boost::add_edge(pair.first, pair.second, cost, graph);
    }
  }
};

}  // namespace

std::optional<GraphPath> shortest_path(const KnowledgeGraph& graph, std::string_view from,
                                       std::string_view to, const PathOptions& options) {
  for (std::string_view id : {from, to})
    if (!graph.find_entity(id))
      throw InvalidArgument("path: no entity with id '" + std::string(id) + "'");
  const ActorGraph actors(graph, options.relations);
  const std::size_t n = actors.entities.size();
  const std::size_t s = actors.index.at(from);
  const std::size_t t = actors.index.at(to);
  std::vector<std::size_t> predecessor(n);
  std::iota(predecessor.begin(), predecessor.end(), std::size_t{0});
  const auto vertex_index = boost::get(boost::vertex_index, actors.graph);
  auto predecessors = boost::make_iterator_property_map(predecessor.begin(), vertex_index);
  if (options.weighted) {
    std::vector<double> distance(n);
    boost::dijkstra_shortest_paths(
        actors.graph, s,
        boost::predecessor_map(predecessors)
            .distance_map(boost::make_iterator_property_map(distance.begin(), vertex_index)));
  } else {
    boost::breadth_first_search(actors.graph, s,
                                boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(
                                    predecessors, boost::on_tree_edge()))));
  }
  if (s != t && predecessor[t] == t) return std::nullopt;

  std::vector<std::size_t> chain{t};
  while (chain.back() != s) chain.push_back(predecessor[chain.back()]);
  std::reverse(chain.begin(), chain.end());
  GraphPath path;
  for (std::size_t v : chain) path.nodes.push_back(actors.entities[v]->id);
  for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
    const auto& link =
        actors.links.at({std::min(chain[i], chain[i + 1]), std::max(chain[i], chain[i + 1])});
    PathHop hop;
    hop.from = path.nodes[i];
    hop.to = path.nodes[i + 1];
    hop.relation = link.strongest;
    hop.forward = link.strongest->source == hop.from;
    hop.evidence = best_evidence(*link.strongest);
    path.cost +=
        options.weighted ? 1.0 / static_cast<double>(std::max<std::size_t>(link.strength, 1)) : 1.0;
    path.hops.push_back(hop);
  }
  return path;
}

// ================================================================ evidence

namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Letters, digits and every byte of a multi-byte character count as word bytes.
bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (ascii_lower(c) >= 'a' && ascii_lower(c) <= 'z');
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// Every whole-word occurrence of `needle` in `hay` (both lower-cased).
void find_words(const std::string& hay, const std::string& needle, std::vector<TextSpan>& out) {
  if (needle.empty()) return;
  for (auto pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) {
    const auto end = pos + needle.size();
    if ((pos > 0 && word_byte(hay[pos - 1])) || (end < hay.size() && word_byte(hay[end]))) continue;
    out.push_back({pos, end});
  }
}

// Words built on a trigger stem with a regular English ending: "broker" ->
// "brokered", "mediate" -> "mediated", "mediation", "stop" -> "stopped".
void find_stem(const std::string& hay, std::string stem, std::vector<TextSpan>& out) {
  static constexpr std::string_view kEndings[] = {
      "", "s", "es", "d", "ed", "ing", "er", "ers", "or", "ors", "ion", "ions", "ation", "ment"};
  if (stem.size() > 3 && stem.back() == 'e') stem.pop_back();
  if (stem.size() < 3) return;
  for (auto pos = hay.find(stem); pos != std::string::npos; pos = hay.find(stem, pos + 1)) {
    if (pos > 0 && word_byte(hay[pos - 1])) continue;
    auto end = pos + stem.size();
    while (end < hay.size() && word_byte(hay[end])) ++end;
    std::string_view ending(hay.data() + pos + stem.size(), end - pos - stem.size());
    if (!ending.empty() && ending.front() == stem.back())
      ending.remove_prefix(1);  // doubled consonant
    if (std::find(std::begin(kEndings), std::end(kEndings), ending) != std::end(kEndings) ||
        std::find(std::begin(kEndings), std::end(kEndings),
                  std::string_view(hay.data() + pos + stem.size(), end - pos - stem.size())) !=
            std::end(kEndings))
      out.push_back({pos, end});
  }
}

void add_entity_names(const Entity* entity, const std::string& hay, std::vector<TextSpan>& out) {
  if (!entity) return;
  find_words(hay, lower_ascii(entity->label), out);
  for (const auto& alias : entity->aliases) find_words(hay, lower_ascii(alias), out);
  if (entity->type == EntityType::person) {
    const auto space = entity->label.rfind(' ');
    if (space != std::string::npos && entity->label.size() - space > 3)
      find_words(hay, lower_ascii(entity->label.substr(space + 1)), out);
  }
}

}  // namespace

std::vector<TextSpan> evidence_spans(const KnowledgeGraph& graph, const Relation& relation,
                                     const Evidence& evidence, const Lexicon* lexicon) {
  const std::string hay = lower_ascii(evidence.text);
  std::vector<TextSpan> spans;
  add_entity_names(graph.find_entity(relation.source), hay, spans);
  add_entity_names(graph.find_entity(relation.target), hay, spans);
  if (!lexicon) lexicon = &Lexicon::builtin();
  if (const RelationDef* def = lexicon->find_relation(relation.type)) {
    auto first_word = [](const std::string& phrase) {
      return lower_ascii(phrase.substr(0, phrase.find(' ')));
    };
    for (const auto& verb : def->verbs) find_stem(hay, first_word(verb), spans);
    for (const auto& noun : def->nouns) find_stem(hay, first_word(noun), spans);
    for (const auto& compound : def->compounds) {
      // "-backed": the word the compound is glued to is part of the span.
      const std::string c = lower_ascii(compound);
      for (auto pos = hay.find(c); pos != std::string::npos; pos = hay.find(c, pos + 1)) {
        auto begin = pos;
        auto end = pos + c.size();
        while (begin > 0 && word_byte(hay[begin - 1])) --begin;
        while (end < hay.size() && word_byte(hay[end])) ++end;
        spans.push_back({begin, end});
      }
    }
  }
  std::sort(spans.begin(), spans.end(), [](const TextSpan& a, const TextSpan& b) {
    return std::tie(a.begin, a.end) < std::tie(b.begin, b.end);
  });
  std::vector<TextSpan> merged;
  for (const TextSpan& span : spans) {
    if (!merged.empty() && span.begin <= merged.back().end)
      merged.back().end = std::max(merged.back().end, span.end);
    else
      merged.push_back(span);
  }
  return merged;
}

std::optional<TextSpan> matched_span(const KnowledgeGraph& graph, const Relation& relation,
                                     const Evidence& evidence, const Lexicon* lexicon) {
  if (evidence.text_end > evidence.text_start && evidence.text_end <= evidence.text.size())
    return TextSpan{evidence.text_start, evidence.text_end};
  if (evidence.end <= evidence.start || evidence.end - evidence.start > evidence.text.size())
    return std::nullopt;
  const std::size_t length = evidence.end - evidence.start;
  const auto spans = evidence_spans(graph, relation, evidence, lexicon);
  for (const TextSpan& first : spans)
    for (const TextSpan& last : spans)
      if (last.end >= first.begin && last.end - first.begin == length)
        return TextSpan{first.begin, last.end};
  return std::nullopt;
}

// ================================================================ centrality

namespace {

// Stops boost::graph::page_rank once ranks settle, and spreads the rank held by
// actors without outgoing edges over every actor after each step: Boost's step
// drops that rank, which would make a graph of mostly sinks (news graphs are)
// rank by accident. With this, ranks are networkx's times n.
struct PageRankControl {
  const std::vector<bool>* dangling;
  std::vector<double>* previous;
  double* dangling_mass;
  std::size_t* rounds;
  double damping;

  template <typename RankMap, typename Graph>
  bool operator()(const RankMap& rank, const Graph& g) {
    const std::size_t n = boost::num_vertices(g);
    if (*rounds > 0) {
      const double share = damping * *dangling_mass / static_cast<double>(n);
      for (std::size_t v = 0; v < n; ++v) put(rank, v, get(rank, v) + share);
    }
    double change = 0;
    *dangling_mass = 0;
    for (std::size_t v = 0; v < n; ++v) {
      const double r = get(rank, v);
      change = std::max(change, std::abs(r - (*previous)[v]));
      (*previous)[v] = r;
      if ((*dangling)[v]) *dangling_mass += r;
    }
    ++*rounds;
    return *rounds > 1 && (change <= 1e-12 || *rounds > 200);
  }
};

}  // namespace

const ActorCentrality* Centrality::find(std::string_view id) const {
  auto it =
      std::lower_bound(actors.begin(), actors.end(), id,
                       [](const ActorCentrality& a, std::string_view key) { return a.id < key; });
  return it != actors.end() && it->id == id ? &*it : nullptr;
}

Centrality compute_centrality(const KnowledgeGraph& graph) {
  Centrality result;
  const auto entities = graph.entities();
  const std::size_t n = entities.size();
  if (n == 0) return result;
  std::map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < n; ++i) {
    index.emplace(entities[i]->id, i);
    result.actors.push_back({entities[i]->id});
  }
  std::set<std::pair<std::size_t, std::size_t>> directed;
  for (const Relation* relation : graph.relations()) {
    const std::size_t s = index.at(relation->source);
    const std::size_t t = index.at(relation->target);
    ++result.actors[s].out_degree;
    ++result.actors[t].in_degree;
    directed.emplace(s, t);
  }
  for (auto& actor : result.actors) actor.degree = actor.in_degree + actor.out_degree;

  // PageRank on the directed simple graph.
  using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Directed digraph(n);
  std::vector<bool> dangling(n, true);
  for (const auto& [s, t] : directed) {
    boost::add_edge(s, t, digraph);
    dangling[s] = false;
  }
  std::vector<double> rank(n), previous(n, 0.0);
  double dangling_mass = 0;
  std::size_t rounds = 0;
  constexpr double kDamping = 0.85;
  boost::graph::page_rank(
      digraph,
      boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, digraph)),
      PageRankControl{&dangling, &previous, &dangling_mass, &rounds, kDamping}, kDamping, n);
  // The last step's dangling share was added to the map the control saw last,
  // which page_rank copies back into `rank`; normalise to a distribution.
  const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
  for (std::size_t v = 0; v < n; ++v)
    result.actors[v].pagerank = total > 0 ? rank[v] / total : 1.0 / n;

  // Betweenness and components on the undirected simple graph.
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected ugraph(n);
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (const auto& [s, t] : directed)
    if (s != t) pairs.emplace(std::min(s, t), std::max(s, t));
  for (const auto& [s, t] : pairs) boost::add_edge(s, t, ugraph);
  std::vector<double> betweenness(n, 0.0);
  const auto uindex = boost::get(boost::vertex_index, ugraph);
  boost::brandes_betweenness_centrality(
      ugraph,
      boost::centrality_map(boost::make_iterator_property_map(betweenness.begin(), uindex)));
  // Boost sums over unordered pairs on an undirected graph, as networkx does;
  // normalise by the number of pairs not involving the actor, (n-1)(n-2)/2.
  const double pairs_through = n > 2 ? static_cast<double>((n - 1) * (n - 2)) / 2.0 : 0.0;
  for (std::size_t v = 0; v < n; ++v)
    result.actors[v].betweenness = pairs_through > 0 ? betweenness[v] / pairs_through : 0.0;

  std::vector<std::size_t> component(n);
  const std::size_t count = boost::connected_components(
      ugraph, boost::make_iterator_property_map(component.begin(), uindex));
  std::vector<std::size_t> sizes(count, 0);
  for (std::size_t c : component) ++sizes[c];
  // Boost numbers components in vertex (= id) order; rank them by size, stably.
  std::vector<std::size_t> order(count);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
  std::vector<std::size_t> renumber(count);
  for (std::size_t i = 0; i < count; ++i) {
    renumber[order[i]] = i;
    result.component_sizes.push_back(sizes[order[i]]);
  }
  for (std::size_t v = 0; v < n; ++v) result.actors[v].component = renumber[component[v]];
  return result;
}

}  // namespace actorgraph
