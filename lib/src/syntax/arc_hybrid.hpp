// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with
// its dynamic oracle (Goldberg and Nivre 2013): the cost of a move is the number
// of gold arcs it makes unreachable.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace actorgraph::detail {

enum class Move : std::uint8_t { shift = 0, left = 1, right = 2 };
inline constexpr std::size_t kMoves = 3;

/// A parser configuration over words 0..n-1; index n is the artificial root, at
/// the end of the buffer (so that the root is attached last, Ballesteros and
/// Nivre 2013). The buffer is always the contiguous range [front, n].
class ArcHybrid {
 public:
  static constexpr int kNone = -1;

  explicit ArcHybrid(int words);

  [[nodiscard]] int words() const { return n_; }
  [[nodiscard]] bool terminal() const { return front_ == n_ && stack_.empty(); }
  [[nodiscard]] bool valid(Move move) const;
  /// The dependent and head of the arc `move` would add (kNone for shift).
  [[nodiscard]] int arc_dependent(Move move) const;
  [[nodiscard]] int arc_head(Move move) const;
  void apply(Move move, int label);

  /// Cost of each move against the gold heads (index n for the root); invalid moves
  /// get a large cost.
  [[nodiscard]] std::array<int, kMoves> costs(std::span<const int> gold) const;

  // Feature access. stack(0) is the top; kNone when absent.
  [[nodiscard]] int stack(std::size_t depth) const {
    return depth < stack_.size() ? stack_[stack_.size() - 1 - depth] : kNone;
  }
  [[nodiscard]] std::size_t stack_size() const { return stack_.size(); }
  [[nodiscard]] int buffer(int offset) const {
    return front_ + offset <= n_ ? front_ + offset : kNone;
  }
  [[nodiscard]] int head(int word) const { return heads_[static_cast<std::size_t>(word)]; }
  [[nodiscard]] int label(int word) const {
    return word < 0 ? kNone : labels_[static_cast<std::size_t>(word)];
  }
  [[nodiscard]] int leftmost(int word, int which = 0) const {
    return word < 0 ? kNone : kids_[static_cast<std::size_t>(word)].left[which];
  }
  [[nodiscard]] int rightmost(int word, int which = 0) const {
    return word < 0 ? kNone : kids_[static_cast<std::size_t>(word)].right[which];
  }
  [[nodiscard]] int left_count(int word) const {
    return word < 0 ? 0 : kids_[static_cast<std::size_t>(word)].left_count;
  }
  [[nodiscard]] int right_count(int word) const {
    return word < 0 ? 0 : kids_[static_cast<std::size_t>(word)].right_count;
  }
  [[nodiscard]] std::uint64_t left_labels(int word) const {
    return word < 0 ? 0 : kids_[static_cast<std::size_t>(word)].left_labels;
  }
  [[nodiscard]] std::uint64_t right_labels(int word) const {
    return word < 0 ? 0 : kids_[static_cast<std::size_t>(word)].right_labels;
  }

  /// Heads after parsing: -1 for the root (and for any word left unattached).
  [[nodiscard]] std::vector<int> result_heads() const;
  [[nodiscard]] const std::vector<int>& result_labels() const { return labels_; }

 private:
  struct Kids {
    std::array<int, 2> left{kNone, kNone};   // leftmost, second leftmost
    std::array<int, 2> right{kNone, kNone};  // rightmost, second rightmost
    int left_count = 0;
    int right_count = 0;
    std::uint64_t left_labels = 0;
    std::uint64_t right_labels = 0;
  };
  void add_arc(int head, int dependent, int label);

  int n_;
  int front_ = 0;
  std::vector<int> stack_;
  std::vector<int> heads_;
  std::vector<int> labels_;
  std::vector<Kids> kids_;
};

}  // namespace actorgraph::detail
