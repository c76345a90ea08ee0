// GraphML writer: keys, ids, escaping, and validity against the vendored XSD.
#include <catch2/catch.hpp>

#include <sstream>

#include "actorgraph/graph_format.hpp"
#include "graph_test_support.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using actorgraph::test::make_entity;
using actorgraph::test::source_dir;

namespace {

std::string graphml_of(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_graphml(g, out);
  return out.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("GraphML declares typed keys with Gephi's names", "[graphml]") {
  std::string xml = graphml_of(actorgraph::test::hostile_graph());
  CHECK(contains(xml, "<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"));
  CHECK(contains(xml, "<key id=\"e_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"));
  CHECK(contains(xml, "<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"));
  CHECK(contains(xml, "attr.name=\"mentions\" attr.type=\"int\""));
  CHECK(contains(xml, "attr.name=\"evidence_count\" attr.type=\"int\""));
  // The node type is "actor_type": web viewers (graphology, sigma.js) reserve "type".
  CHECK(contains(
      xml, "<key id=\"actor_type\" for=\"node\" attr.name=\"actor_type\" attr.type=\"string\"/>"));
  CHECK_FALSE(contains(xml, "attr.name=\"type\""));
  for (const char* name :
       {"actor_type", "aliases", "roles", "first_date", "last_date", "statements", "relation",
        "confidence", "documents", "dates", "first_evidence", "first_rule", "iso_code", "place"})
    CHECK(contains(xml, std::string("attr.name=\"") + name + "\""));
  CHECK(contains(xml, "<graph id=\"G\" edgedefault=\"directed\">"));
  CHECK_FALSE(contains(xml, "<edge label="));  // not allowed by the XSD
}

TEST_CASE("GraphML nodes use the slugs and edges carry the evidence summary", "[graphml]") {
  std::string xml = graphml_of(actorgraph::test::hostile_graph());
  CHECK(contains(xml, "<node id=\"brazil\">"));
  CHECK(contains(xml, "<node id=\"node\">"));
  // Edges are numbered in (source, type, target) order: brazil/attends comes first.
  CHECK(contains(xml, "<edge id=\"e0\" source=\"brazil\" target=\"lima-summit\">\n"
                      "      <data key=\"e_label\">attends</data>\n"
                      "      <data key=\"e_weight\">2</data>"));
  CHECK(contains(xml, "<edge id=\"e1\" source=\"brazil\" target=\"lima-summit\">\n"
                      "      <data key=\"e_label\">hosts</data>"));
  CHECK(contains(xml, "<data key=\"e_evidence_count\">2</data>"));
  CHECK(contains(xml, "<data key=\"e_first_evidence\">Brazil attended &lt;the&gt; summit.</data>"));
  CHECK(contains(xml, "<data key=\"e_documents\">doc-1|doc-2</data>"));
  CHECK(contains(xml, "<data key=\"mentions\">7</data>"));
  CHECK(contains(xml, "<data key=\"a_iso_code\">BR</data>"));
  CHECK(contains(xml, "<data key=\"statements\">1</data>"));
}

TEST_CASE("GraphML escapes markup, keeps non-ASCII and drops characters XML forbids", "[graphml]") {
  KnowledgeGraph g = actorgraph::test::hostile_graph();
  g.add_entity(make_entity("ctl", "bell\x07here 'single' \xEF\xBF\xBF", EntityType::person));
  g.add_entity(make_entity("odd/id:1", "Odd", EntityType::person));
  std::string xml = graphml_of(g);
  CHECK(contains(xml, "Brasil &quot;BR&quot; &lt;&amp;&gt; São Paulo"));
  CHECK(contains(xml, "Нурсултан Абдрахманов"));
  CHECK(contains(xml, "Back\\slash \\N group"));
  CHECK(contains(xml, "<data key=\"label\">bellhere &apos;single&apos; </data>"));
  CHECK_FALSE(contains(xml, "\x07"));
  // An id that is not an NMTOKEN is escaped injectively rather than written raw.
  CHECK(contains(xml, "<node id=\"odd:2Fid:3A1\">"));
}

TEST_CASE("GraphML validates against the GraphML 1.1 XSD", "[graphml]") {
  if (!actorgraph::test::have_tool("xmllint")) {
    WARN("xmllint not installed: skipping XSD validation");
    return;
  }
  actorgraph::test::TempDir dir("graphml");
  KnowledgeGraph g = actorgraph::test::hostile_graph();
  g.add_entity(make_entity("odd/id:1", "Odd \x01", EntityType::person));
  auto files = write_graph_file(g, dir.path() / "g.graphml");
  REQUIRE(files.size() == 1);
  auto schemas = source_dir() / "schemas" / "graphml";
  std::string command = "XML_CATALOG_FILES='" + (schemas / "catalog.xml").string() +
                        "' xmllint --noout --nonet --schema '" + (schemas / "1.1" / "graphml.xsd").string() +
                        "' '" + files[0].string() + "'";
  CHECK(actorgraph::test::run_command(command) == 0);
}
