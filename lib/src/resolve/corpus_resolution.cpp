// Corpus-level resolution: nodes of different documents that name one actor
// become one node, whatever order the documents were read in.
#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <string_view>
#include <set>
#include <string>
#include <vector>

#include "resolve/entity_resolver.hpp"

namespace actorgraph {

namespace {

/// Types that may be merged with one another.
int type_class(EntityType t) {
  switch (t) {
    case EntityType::organization:
    case EntityType::armed_group: return 0;
    case EntityType::person: return 1;
    case EntityType::government: return 2;
    case EntityType::country: return 3;
    case EntityType::location: return 4;
    case EntityType::event: return 5;
  }
  return 6;
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

std::size_t word_count(const std::string& key) {
  return key.empty() ? 0 : static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

std::string last_word(const std::string& key) {
  const auto space = key.rfind(' ');
  return space == std::string::npos ? key : key.substr(space + 1);
}

/// Names of a node usable for matching: its label and proper-name aliases
/// (capitalised: descriptions like "rebels" are shared by different groups).
std::vector<std::string> proper_names(const Entity& e) {
  std::vector<std::string> names{e.label};
  for (const auto& a : e.aliases)
    if (!a.empty() && static_cast<unsigned char>(a[0]) >= 'A' && static_cast<unsigned char>(a[0]) <= 'Z')
      names.push_back(a);
  return names;
}

/// "astana-talks" for "astana-talks-2017-01": event ids end in "-YYYY-MM" when
/// their date is known (see docs/events.md).
std::optional<std::string> undated_event_id(const std::string& id) {
  constexpr std::size_t kSuffix = 8;  // "-YYYY-MM"
  if (id.size() <= kSuffix) return std::nullopt;
  const std::string_view tail(id.data() + id.size() - kSuffix, kSuffix);
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (tail[0] != '-' || tail[5] != '-') return std::nullopt;
  for (std::size_t k : {1, 2, 3, 4, 6, 7})
    if (!digit(tail[k])) return std::nullopt;
  return id.substr(0, id.size() - kSuffix);
}

}  // namespace

std::map<std::string, std::string> plan_corpus_merges(const KnowledgeGraph& graph) {
  const auto entities = graph.entities();  // sorted by id: the plan depends on the set only
  const std::size_t n = entities.size();
  UnionFind groups(n);
  // 1. Same name key (full names for people; any proper name otherwise).
  std::map<std::pair<int, std::string>, std::size_t> by_key;
  std::vector<std::string> label_key(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Entity& e = *entities[i];
    if (e.type == EntityType::event) continue;
    label_key[i] = name_key(e.label);
    for (const auto& name : proper_names(e)) {
      const auto key = name_key(name);
      if (key.empty()) continue;
      if (e.type == EntityType::person && word_count(key) < 2) continue;  // surnames are not unique
      auto [it, inserted] = by_key.try_emplace({type_class(e.type), key}, i);
      if (!inserted) groups.unite(it->second, i);
    }
  }
  // 2. A surname-only person joins the single full-name person with that surname.
  std::map<std::string, std::set<std::size_t>> by_surname;  // surname -> groups of full names
  for (std::size_t i = 0; i < n; ++i)
    if (entities[i]->type == EntityType::person && word_count(label_key[i]) >= 2)
      by_surname[last_word(label_key[i])].insert(groups.find(i));
  for (std::size_t i = 0; i < n; ++i) {
    if (entities[i]->type != EntityType::person || word_count(label_key[i]) != 1) continue;
    auto it = by_surname.find(label_key[i]);
    if (it == by_surname.end()) continue;
    std::set<std::size_t> roots;
    for (auto g : it->second) roots.insert(groups.find(g));
    if (roots.size() == 1) groups.unite(*roots.begin(), i);
  }
  // 3. An undated event ("astana-talks", from an article whose date is unknown)
  //    joins the single dated event of the same kind and place ("astana-talks-2017-01"),
  //    as a surname joins the single full name that ends with it.
  std::map<std::string, std::set<std::size_t>> dated_events;  // undated id -> dated events
  for (std::size_t i = 0; i < n; ++i) {
    if (entities[i]->type != EntityType::event) continue;
    if (auto base = undated_event_id(entities[i]->id)) dated_events[*base].insert(i);
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (entities[i]->type != EntityType::event) continue;
    auto it = dated_events.find(entities[i]->id);
    if (it != dated_events.end() && it->second.size() == 1) groups.unite(*it->second.begin(), i);
  }
  // 4. The survivor of each group: the fullest label, then the shorter id, then the smaller.
  std::map<std::size_t, std::size_t> survivor;
  for (std::size_t i = 0; i < n; ++i) {
    const auto root = groups.find(i);
    auto [it, inserted] = survivor.try_emplace(root, i);
    if (inserted) continue;
    const auto& best = *entities[it->second];
    const auto& cand = *entities[i];
    const auto wb = word_count(label_key[it->second]), wc = word_count(label_key[i]);
    const bool better_event = cand.type == EntityType::event && undated_event_id(cand.id) == best.id;
    const bool worse_event = best.type == EntityType::event && undated_event_id(best.id) == cand.id;
    if (better_event ||
        (!worse_event && (wc > wb || (wc == wb && std::pair(cand.id.size(), cand.id) <
                                                       std::pair(best.id.size(), best.id)))))
      it->second = i;
  }
  std::map<std::string, std::string> plan;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& to = entities[survivor[groups.find(i)]]->id;
    if (to != entities[i]->id) plan.emplace(entities[i]->id, to);
  }
  // 5. A country and its government are one actor unless the corpus also has an armed
  //    group of that country (an opposition, a rebel movement, a militia): only a civil
  //    conflict makes "the government" a side of its own. "Russian forces", "the Iraqi
  //    government" are then Russia and Iraq, as a reader takes them; Syria's regime
  //    beside its rebels stays apart. The government node is "<country>-government"
  //    (entity_resolver.hpp).
  std::set<std::string> contested;
  for (const Entity* e : entities)
    if (e->type == EntityType::armed_group)
      if (auto it = e->attributes.find("country"); it != e->attributes.end())
        contested.insert(it->second);
  constexpr std::string_view kGovernment = "-government";
  for (const Entity* e : entities) {
    if (e->type != EntityType::government || !e->id.ends_with(kGovernment)) continue;
    const std::string country = e->id.substr(0, e->id.size() - kGovernment.size());
    const Entity* c = graph.find_entity(country);
    if (!c || c->type != EntityType::country || contested.count(country)) continue;
    auto it = plan.find(e->id);
    const std::string from = e->id;
    const std::string to = it == plan.end() ? from : it->second;
    if (to != from) continue;  // already joined to another node: leave that merge alone
    for (auto& [id, target] : plan)
      if (target == from) target = country;
    plan[from] = country;
  }
  return plan;
}

void resolve_across_documents(KnowledgeGraph& graph) {
  // In place, moving the records: a copy of the corpus graph doubled the build's peak memory.
  graph.merge_nodes(plan_corpus_merges(graph));
}

}  // namespace actorgraph
