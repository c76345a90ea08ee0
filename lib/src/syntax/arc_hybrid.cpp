#include "syntax/arc_hybrid.hpp"

namespace actorgraph::detail {

ArcHybrid::ArcHybrid(int words)
    : n_(words),
      heads_(static_cast<std::size_t>(words) + 1, kNone),
      labels_(static_cast<std::size_t>(words) + 1, kNone),
      kids_(static_cast<std::size_t>(words) + 1) {
  stack_.reserve(static_cast<std::size_t>(words));
}

bool ArcHybrid::valid(Move move) const {
  switch (move) {
    case Move::shift:
      return front_ < n_;
    // Only the last word on the stack may take the root as its head: one root.
    case Move::left:
      return !stack_.empty() && (front_ < n_ || stack_.size() == 1);
    case Move::right:
      return stack_.size() >= 2;
  }
  return false;
}

int ArcHybrid::arc_dependent(Move move) const {
  return move == Move::shift ? kNone : stack_.back();
}

int ArcHybrid::arc_head(Move move) const {
  switch (move) {
    case Move::shift:
      return kNone;
    case Move::left:
      return front_;
    case Move::right:
      return stack_[stack_.size() - 2];
  }
  return kNone;
}

void ArcHybrid::add_arc(int head, int dependent, int label) {
  heads_[static_cast<std::size_t>(dependent)] = head;
  labels_[static_cast<std::size_t>(dependent)] = label;
  auto& k = kids_[static_cast<std::size_t>(head)];
  const std::uint64_t bit = label >= 0 && label < 64 ? std::uint64_t{1} << label : 0;
  if (dependent < head) {
    ++k.left_count;
    k.left_labels |= bit;
    if (k.left[0] == kNone || dependent < k.left[0]) {
      k.left[1] = k.left[0];
      k.left[0] = dependent;
    } else if (k.left[1] == kNone || dependent < k.left[1]) {
      k.left[1] = dependent;
    }
  } else {
    ++k.right_count;
    k.right_labels |= bit;
    if (k.right[0] == kNone || dependent > k.right[0]) {
      k.right[1] = k.right[0];
      k.right[0] = dependent;
    } else if (k.right[1] == kNone || dependent > k.right[1]) {
      k.right[1] = dependent;
    }
  }
}

void ArcHybrid::apply(Move move, int label) {
  switch (move) {
    case Move::shift:
      stack_.push_back(front_++);
      break;
    case Move::left: {
      const int s0 = stack_.back();
      stack_.pop_back();
      add_arc(front_, s0, label);
      break;
    }
    case Move::right: {
      const int s0 = stack_.back();
      stack_.pop_back();
      add_arc(stack_.back(), s0, label);
      break;
    }
  }
}

std::array<int, kMoves> ArcHybrid::costs(std::span<const int> gold) const {
  constexpr int kInvalid = 1 << 20;
  std::array<int, kMoves> cost{kInvalid, kInvalid, kInvalid};
  const auto g = [&](int word) { return gold[static_cast<std::size_t>(word)]; };
  if (valid(Move::shift)) {
    // b0 moves onto the stack: it loses a head deeper than s0 and every dependent on the stack.
    int c = 0;
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      const int w = stack_[i];
      if (g(w) == front_) ++c;
      if (w == g(front_) && i + 1 < stack_.size()) ++c;
    }
    cost[static_cast<std::size_t>(Move::shift)] = c;
  }
  if (!stack_.empty()) {
    const int s0 = stack_.back();
    const int s1 = stack_.size() >= 2 ? stack_[stack_.size() - 2] : kNone;
    // Popping s0 loses its dependents still in the buffer.
    int children = 0;
    for (int b = front_; b < n_; ++b) {
      if (g(b) == s0) ++children;
    }
    const int h = g(s0);
    const bool head_in_buffer = h >= front_;  // the root (n) is in the buffer too
    if (valid(Move::left)) {
      cost[static_cast<std::size_t>(Move::left)] =
          children + ((h != front_ && (h == s1 || head_in_buffer)) ? 1 : 0);
    }
    if (valid(Move::right)) {
      cost[static_cast<std::size_t>(Move::right)] = children + (head_in_buffer ? 1 : 0);
    }
  }
  return cost;
}

std::vector<int> ArcHybrid::result_heads() const {
  std::vector<int> heads(heads_.begin(), heads_.end() - 1);
  for (auto& h : heads) {
    if (h == n_) h = kNone;
  }
  return heads;
}

}  // namespace actorgraph::detail
