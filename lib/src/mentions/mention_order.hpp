// The order of a document's mentions: by sentence, then first token, stable.
#pragma once

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

#include "actorgraph/mention.hpp"

namespace actorgraph::detail {

inline bool mention_before(const Mention& a, const Mention& b) {
  return a.sentence != b.sentence ? a.sentence < b.sentence : a.token_begin < b.token_begin;
}

/// std::stable_sort(mentions, mention_before), moving each mention at most once: a Mention
/// is a dozen strings, and sorting them in place moved each one O(log n) times (a
/// stable sort's result is unique, so sorting indices gives the same order).
inline void sort_mentions(std::vector<Mention>& mentions) {
  if (std::is_sorted(mentions.begin(), mentions.end(), mention_before)) return;
  std::vector<std::size_t> order(mentions.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return mention_before(mentions[a], mentions[b]);
  });
  std::vector<Mention> sorted;
  sorted.reserve(mentions.size());
  for (const auto i : order) sorted.push_back(std::move(mentions[i]));
  mentions = std::move(sorted);
}

}  // namespace actorgraph::detail
