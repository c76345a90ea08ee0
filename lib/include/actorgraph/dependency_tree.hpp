// DependencyTree: a read-only view of one parsed sentence as a tree.
//
//   const DependencyTree tree(sentence.tokens);
//   for (std::size_t child : tree.children(verb))
//     if (tree.relation(child) == "nsubj") ...
//   const auto [first, last] = tree.subtree_span(child);   // tokens [first, last)
//
// The tree is built from each token's `head` and `deprel` (text.hpp) and does not
// copy them: it holds a view of the tokens, which must outlive it. It is cheap to
// build (two passes over the tokens) and never changes after construction, so
// it is safe to share between threads.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "actorgraph/text.hpp"

namespace actorgraph {

class DependencyTree {
 public:
  /// Tokens whose heads point outside the sentence, or that close a cycle, are
  /// treated as roots (a malformed parse is never followed into a loop).
  explicit DependencyTree(std::span<const Token> tokens);

  std::size_t size() const noexcept { return tokens_.size(); }
  const Token& token(std::size_t i) const { return tokens_[i]; }

  /// The head of token `i`, or -1 for a root.
  int head(std::size_t i) const { return heads_[i]; }
  /// The relation of `i` to its head ("nsubj"), with its subtype if any.
  std::string_view relation(std::size_t i) const { return tokens_[i].deprel; }
  /// The relation without its subtype ("nsubj" for "nsubj:pass").
  std::string_view base_relation(std::size_t i) const;

  /// The children of `i`, in sentence order.
  std::span<const std::size_t> children(std::size_t i) const;
  /// The children of `i` whose relation is `relation`: "nsubj" matches itself only,
  /// "nsubj:*" matches "nsubj" and every subtype of it.
  std::vector<std::size_t> children(std::size_t i, std::string_view relation) const;

  /// Tokens without a head, in sentence order (one for a well-formed parse).
  std::span<const std::size_t> roots() const noexcept { return roots_; }

  /// Number of arcs from `i` up to its root (0 for a root).
  std::size_t depth(std::size_t i) const { return depths_[i]; }
  /// True when `ancestor` is `i` or lies on the way from `i` to its root.
  bool dominates(std::size_t ancestor, std::size_t i) const;
  /// The lowest token dominating both, or -1 when they are in different trees.
  int common_ancestor(std::size_t a, std::size_t b) const;
  /// The tokens from `a` up to their common ancestor and down to `b`, both ends
  /// included ({a} when a == b); empty when they are in different trees.
  std::vector<std::size_t> path(std::size_t a, std::size_t b) const;

  /// The token range [first, last) covered by the subtree of `i` (its yield is
  /// contiguous in a projective parse; otherwise this is its hull).
  std::pair<std::size_t, std::size_t> subtree_span(std::size_t i) const { return spans_[i]; }

 private:
  std::span<const Token> tokens_;
  std::vector<int> heads_;
  std::vector<std::size_t> child_begin_;  // CSR: children of i are child_list_[child_begin_[i], child_begin_[i+1])
  std::vector<std::size_t> child_list_;
  std::vector<std::size_t> roots_;
  std::vector<std::size_t> depths_;
  std::vector<std::pair<std::size_t, std::size_t>> spans_;
};

}  // namespace actorgraph
