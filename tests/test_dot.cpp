// DOT writer: quoting of keywords, escaping, styles, and Graphviz accepting it.
#include <catch2/catch.hpp>

#include <sstream>

#include "actorgraph/graph_format.hpp"
#include "graph_test_support.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using actorgraph::test::make_entity;
using actorgraph::test::make_evidence;
using actorgraph::test::make_relation;

namespace {

std::string dot_of(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_dot(g, out);
  return out.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

KnowledgeGraph keyword_graph() {
  KnowledgeGraph g;
  for (const char* id : {"node", "edge", "graph", "strict", "subgraph", "digraph"})
    g.add_entity(make_entity(id, id, EntityType::organization));
  g.add_relation(make_relation("node", "backs", "edge", {make_evidence("d", 0, "s", "r", "")}));
  g.add_relation(make_relation("strict", "leads", "subgraph", {make_evidence("d", 1, "s", "r", "")}));
  g.add_relation(make_relation("digraph", "attends", "graph", {make_evidence("d", 2, "s", "r", "")}));
  return g;
}

}  // namespace

TEST_CASE("DOT quotes every id, including DOT keywords", "[dot]") {
  std::string dot = dot_of(keyword_graph());
  CHECK(dot.rfind("digraph \"actorgraph\" {\n", 0) == 0);
  CHECK(contains(dot, "charset=\"UTF-8\""));
  CHECK(contains(dot, "  \"node\" [label=\"node\", shape=\"component\""));
  CHECK(contains(dot, "  \"node\" -> \"edge\" [label=\"backs\""));
  CHECK(contains(dot, "  \"strict\" -> \"subgraph\" [label=\"leads\""));
  CHECK(contains(dot, "  \"digraph\" -> \"graph\" [label=\"attends\""));
}

TEST_CASE("DOT escapes quotes, backslashes and newlines and keeps non-ASCII", "[dot]") {
  KnowledgeGraph g = actorgraph::test::hostile_graph();
  g.add_entity(make_entity("c\\d", "ctl\x01 char", EntityType::person));
  std::string dot = dot_of(g);
  CHECK(dot.rfind("digraph \"hostile \\\"graph\\\" <&>\" {", 0) == 0);
  CHECK(contains(dot, "[label=\"Brasil \\\"BR\\\" <&> São Paulo\", shape=\"box\", fillcolor=\"#1f77b4\""));
  CHECK(contains(dot, "[label=\"Back\\\\slash \\\\N group\""));  // \N must not become the node name
  CHECK(contains(dot, "[label=\"Lima summit\\nline two\""));
  CHECK(contains(dot, "\"c\\\\d\" [label=\"ctl char\""));
  CHECK(contains(dot, "[label=\"Нурсултан Абдрахманов\", shape=\"ellipse\""));
  CHECK_FALSE(contains(dot, "\x01"));
}

TEST_CASE("DOT edges: label is the relation, width grows with the weight", "[dot]") {
  KnowledgeGraph g;
  g.add_entity(make_entity("a", "A", EntityType::country));
  g.add_entity(make_entity("b", "B", EntityType::event));
  g.add_relation(make_relation("a", "hosts", "b",
                               {make_evidence("d", 0, "s", "r", ""), make_evidence("d", 1, "s", "r", ""),
                                make_evidence("d", 2, "s", "r", ""), make_evidence("d", 3, "s", "r", "")}));
  g.add_relation(make_relation("a", "attends", "b", {make_evidence("d", 0, "A attended B.", "r", "")}));
  std::string dot = dot_of(g);
  CHECK(contains(dot, "\"a\" -> \"b\" [label=\"hosts\", penwidth=\"3.000\", weight=\"4\""));
  CHECK(contains(dot, "\"a\" -> \"b\" [label=\"attends\", penwidth=\"1.000\", weight=\"1\""));
  CHECK(contains(dot, "tooltip=\"attends (1 evidence, confidence 1.00)\\nA attended B.\""));
  CHECK(contains(dot, "\"b\" [label=\"B\", shape=\"diamond\""));
}

TEST_CASE("Graphviz reads the DOT and keeps the labels", "[dot]") {
  if (!actorgraph::test::have_tool("dot")) {
    WARN("Graphviz dot not installed: skipping");
    return;
  }
  actorgraph::test::TempDir dir("dot");
  KnowledgeGraph g = actorgraph::test::hostile_graph();
  g.merge(keyword_graph());
  auto files = write_graph_file(g, dir.path() / "g.gv");
  REQUIRE(files.size() == 1);
  auto canon = dir.path() / "g.canon";
  auto svg = dir.path() / "g.svg";
  REQUIRE(actorgraph::test::run_command("dot -Tcanon '" + files[0].string() + "' > '" + canon.string() + "'") == 0);
  REQUIRE(actorgraph::test::run_command("dot -Tsvg '" + files[0].string() + "' > '" + svg.string() + "'") == 0);
  std::string canon_text = actorgraph::test::read_file(canon);
  CHECK(contains(canon_text, "Нурсултан Абдрахманов"));
  std::string svg_text = actorgraph::test::read_file(svg);
  CHECK(contains(svg_text, "Нурсултан Абдрахманов"));
  CHECK(contains(svg_text, "Brasil &quot;BR&quot; &lt;&amp;&gt; São Paulo"));
  CHECK(contains(svg_text, ">Back\\slash \\N group<"));
  CHECK(contains(svg_text, ">subgraph<"));
  CHECK(contains(svg_text, ">criticises<"));
}
