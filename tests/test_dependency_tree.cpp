// DependencyTree: children, paths and subtree spans over hand-made parses.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "actorgraph/dependency_tree.hpp"

using actorgraph::DependencyTree;
using actorgraph::Token;

namespace {

// Tokens from "form/head/deprel" triples; heads are 1-based as in CoNLL-U (0 = root).
std::vector<Token> parse_of(std::initializer_list<std::tuple<const char*, int, const char*>> rows) {
  std::vector<Token> tokens;
  for (const auto& [form, head, rel] : rows) {
    Token t;
    t.text = form;
    t.head = head - 1;
    t.deprel = rel;
    tokens.push_back(t);
  }
  return tokens;
}

using V = std::vector<std::size_t>;

}  // namespace

TEST_CASE("dependency tree: a passive with an agent", "[tree]") {
  // The talks were brokered by Norway .
  const auto tokens = parse_of({{"The", 2, "det"}, {"talks", 4, "nsubj:pass"}, {"were", 4, "aux:pass"},
                                {"brokered", 0, "root"}, {"by", 6, "case"}, {"Norway", 4, "obl:agent"},
                                {".", 4, "punct"}});
  const DependencyTree tree(tokens);
  REQUIRE(tree.size() == 7);
  CHECK(V(tree.roots().begin(), tree.roots().end()) == V{3});
  CHECK(V(tree.children(3).begin(), tree.children(3).end()) == V{1, 2, 5, 6});
  CHECK(tree.children(3, "nsubj") == V{});
  CHECK(tree.children(3, "nsubj:pass") == V{1});
  CHECK(tree.children(3, "nsubj:*") == V{1});
  CHECK(tree.children(3, "obl:*") == V{5});
  CHECK(tree.base_relation(5) == "obl");
  CHECK(tree.relation(5) == "obl:agent");
  CHECK(tree.depth(3) == 0);
  CHECK(tree.depth(0) == 2);
  CHECK(tree.subtree_span(1) == std::pair<std::size_t, std::size_t>{0, 2});
  CHECK(tree.subtree_span(5) == std::pair<std::size_t, std::size_t>{4, 6});
  CHECK(tree.subtree_span(3) == std::pair<std::size_t, std::size_t>{0, 7});
  CHECK(tree.path(0, 5) == V{0, 1, 3, 5});
  CHECK(tree.path(5, 0) == V{5, 3, 1, 0});
  CHECK(tree.path(4, 4) == V{4});
  CHECK(tree.common_ancestor(0, 4) == 3);
  CHECK(tree.dominates(3, 0));
  CHECK_FALSE(tree.dominates(1, 5));
}

TEST_CASE("dependency tree: malformed heads become roots, never loops", "[tree]") {
  // a -> b -> a is a cycle; c points past the end; d is its own head.
  auto tokens = parse_of({{"a", 2, "dep"}, {"b", 1, "dep"}, {"c", 9, "dep"}, {"d", 4, "dep"}});
  const DependencyTree tree(tokens);
  CHECK(tree.roots().size() == 3);  // one of a/b, c, d
  CHECK(tree.head(2) == -1);
  CHECK(tree.head(3) == -1);
  CHECK((tree.head(0) == -1) != (tree.head(1) == -1));
  CHECK(tree.path(0, 2).empty());
  CHECK(tree.common_ancestor(2, 3) == -1);
}

TEST_CASE("dependency tree: an unparsed sentence is all roots", "[tree]") {
  std::vector<Token> tokens(3);
  const DependencyTree tree(tokens);
  CHECK(tree.roots().size() == 3);
  CHECK(tree.children(0).empty());
  CHECK(tree.subtree_span(2) == std::pair<std::size_t, std::size_t>{2, 3});
}
