#include "actorgraph/dependency_tree.hpp"

#include <algorithm>

namespace actorgraph {

DependencyTree::DependencyTree(std::span<const Token> tokens) : tokens_(tokens) {
  const std::size_t n = tokens.size();
  heads_.assign(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    const int h = tokens[i].head;
    if (h >= 0 && static_cast<std::size_t>(h) < n && static_cast<std::size_t>(h) != i) heads_[i] = h;
  }
  // Break cycles: walk up from each token; a token met twice on one walk closes a
  // cycle, and the token where the walk started it is cut loose as a root.
  std::vector<std::size_t> seen(n, n);  // walk id that last visited a token
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t at = i;
    while (heads_[at] >= 0) {
      if (seen[at] == i) {
        heads_[at] = -1;
        break;
      }
      seen[at] = i;
      at = static_cast<std::size_t>(heads_[at]);
    }
  }
  child_begin_.assign(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i)
    if (heads_[i] >= 0) ++child_begin_[static_cast<std::size_t>(heads_[i]) + 1];
  for (std::size_t i = 0; i < n; ++i) child_begin_[i + 1] += child_begin_[i];
  child_list_.resize(child_begin_[n]);
  std::vector<std::size_t> fill(child_begin_.begin(), child_begin_.end() - 1);
  for (std::size_t i = 0; i < n; ++i) {  // in sentence order, so each child list is sorted
    if (heads_[i] >= 0)
      child_list_[fill[static_cast<std::size_t>(heads_[i])]++] = i;
    else
      roots_.push_back(i);
  }
  depths_.assign(n, 0);
  spans_.resize(n);
  // Top-down from each root for depths, then bottom-up (reverse of that order) for spans.
  std::vector<std::size_t> order;
  order.reserve(n);
  for (std::size_t r : roots_) {
    const std::size_t start = order.size();
    order.push_back(r);
    for (std::size_t k = start; k < order.size(); ++k)
      for (std::size_t c : children(order[k])) {
        depths_[c] = depths_[order[k]] + 1;
        order.push_back(c);
      }
  }
  for (std::size_t i = 0; i < n; ++i) spans_[i] = {i, i + 1};
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const int h = heads_[*it];
    if (h < 0) continue;
    auto& hs = spans_[static_cast<std::size_t>(h)];
    hs.first = std::min(hs.first, spans_[*it].first);
    hs.second = std::max(hs.second, spans_[*it].second);
  }
}

std::string_view DependencyTree::base_relation(std::size_t i) const {
  const std::string_view r = tokens_[i].deprel;
  return r.substr(0, r.find(':'));
}

std::span<const std::size_t> DependencyTree::children(std::size_t i) const {
  return std::span<const std::size_t>(child_list_).subspan(child_begin_[i], child_begin_[i + 1] - child_begin_[i]);
}

std::vector<std::size_t> DependencyTree::children(std::size_t i, std::string_view relation) const {
  std::vector<std::size_t> out;
  const bool any_subtype = relation.ends_with(":*");
  const std::string_view want = any_subtype ? relation.substr(0, relation.size() - 2) : relation;
  for (std::size_t c : children(i)) {
    if (any_subtype ? base_relation(c) == want : this->relation(c) == want) out.push_back(c);
  }
  return out;
}

bool DependencyTree::dominates(std::size_t ancestor, std::size_t i) const {
  while (true) {
    if (i == ancestor) return true;
    if (heads_[i] < 0) return false;
    i = static_cast<std::size_t>(heads_[i]);
  }
}

int DependencyTree::common_ancestor(std::size_t a, std::size_t b) const {
  while (depths_[a] > depths_[b]) a = static_cast<std::size_t>(heads_[a]);
  while (depths_[b] > depths_[a]) b = static_cast<std::size_t>(heads_[b]);
  while (a != b) {
    if (heads_[a] < 0 || heads_[b] < 0) return -1;
    a = static_cast<std::size_t>(heads_[a]);
    b = static_cast<std::size_t>(heads_[b]);
  }
  return static_cast<int>(a);
}

std::vector<std::size_t> DependencyTree::path(std::size_t a, std::size_t b) const {
  const int top = common_ancestor(a, b);
  if (top < 0) return {};
  std::vector<std::size_t> up;
  for (std::size_t x = a; x != static_cast<std::size_t>(top); x = static_cast<std::size_t>(heads_[x])) up.push_back(x);
  up.push_back(static_cast<std::size_t>(top));
  std::vector<std::size_t> down;
  for (std::size_t x = b; x != static_cast<std::size_t>(top); x = static_cast<std::size_t>(heads_[x])) down.push_back(x);
  up.insert(up.end(), down.rbegin(), down.rend());
  return up;
}

}  // namespace actorgraph
