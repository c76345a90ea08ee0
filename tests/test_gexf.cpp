// GEXF 1.3 writer: dynamics, kinds, viz, escaping, validity against gexf.rng.
#include <catch2/catch.hpp>

#include <sstream>

#include "actorgraph/graph_format.hpp"
#include "graph_test_support.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using actorgraph::test::make_entity;
using actorgraph::test::make_evidence;
using actorgraph::test::make_relation;
using actorgraph::test::source_dir;

namespace {

std::string gexf_of(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_gexf(g, out);
  return out.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("GEXF header: 1.3 namespaces, dynamic dates, directed, no schemaLocation", "[gexf]") {
  std::string xml = gexf_of(actorgraph::test::hostile_graph());
  CHECK(contains(xml, "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">"));
  CHECK(contains(xml, "<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">"));
  CHECK_FALSE(contains(xml, "schemaLocation"));
  CHECK(contains(xml, "<attributes class=\"node\">"));
  CHECK(contains(xml, "<attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>"));
  CHECK(contains(xml, "<attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>"));
  CHECK(contains(xml, "<attribute id=\"iso_code\" title=\"iso_code\" type=\"string\"/>"));
  CHECK(contains(xml, "<nodes count=\"5\">"));
  CHECK(contains(xml, "<edges count=\"4\">"));
}

TEST_CASE("GEXF edges: kind and label are the relation, one spell per evidence date", "[gexf]") {
  std::string xml = gexf_of(actorgraph::test::hostile_graph());
  CHECK(contains(xml, "<edge id=\"e0\" source=\"brazil\" target=\"lima-summit\" kind=\"attends\" "
                      "label=\"attends\" weight=\"2\">"));
  CHECK(contains(xml, "<edge id=\"e1\" source=\"brazil\" target=\"lima-summit\" kind=\"hosts\" "
                      "label=\"hosts\" weight=\"1\">"));
  CHECK(contains(xml, "<spell start=\"2020-05-01\" end=\"2020-05-01\"/>\n"
                      "          <spell start=\"2020-05-03\" end=\"2020-05-03\"/>\n"
                      "        </spells>"));
  CHECK(contains(xml, "<attvalue for=\"evidence_count\" value=\"2\"/>"));
}

TEST_CASE("GEXF nodes: spells from dates, colour by type, size by mentions", "[gexf]") {
  KnowledgeGraph g;
  g.add_entity(make_entity("few", "Few", EntityType::country, 1, "2021-03-01", "2021-03-04"));
  g.add_entity(make_entity("many", "Many", EntityType::country, 100, "2021-03-02", ""));
  g.add_entity(make_entity("bad-date", "Bad", EntityType::person, 1, "2021-02-30", "sometime"));
  std::string xml = gexf_of(g);
  CHECK(contains(xml, "<node id=\"few\" label=\"Few\">"));
  CHECK(contains(xml, "<spells><spell start=\"2021-03-01\" end=\"2021-03-04\"/></spells>"));
  CHECK(contains(xml, "<spells><spell start=\"2021-03-02\" end=\"2021-03-02\"/></spells>"));
  // An impossible date is kept as an attribute but never becomes a spell.
  CHECK(contains(xml, "<attvalue for=\"first_date\" value=\"2021-02-30\"/>"));
  CHECK_FALSE(contains(xml, "start=\"2021-02-30\""));
  CHECK(contains(xml, "<viz:color r=\"31\" g=\"119\" b=\"180\"/>"));  // country
  CHECK(contains(xml, "<viz:color r=\"255\" g=\"127\" b=\"14\"/>"));  // person
  CHECK(contains(xml, "<viz:size value=\"14.00\"/>"));               // 1 mention
  CHECK(contains(xml, "<viz:size value=\"50.00\"/>"));               // 100 mentions
}

TEST_CASE("GEXF escapes attribute values and keeps non-ASCII", "[gexf]") {
  KnowledgeGraph g = actorgraph::test::hostile_graph();
  g.add_entity(make_entity("ctl", "tab\there\x02", EntityType::person));
  std::string xml = gexf_of(g);
  CHECK(contains(xml, "label=\"Brasil &quot;BR&quot; &lt;&amp;&gt; São Paulo\""));
  CHECK(contains(xml, "label=\"Lima summit&#10;line two\""));
  CHECK(contains(xml, "label=\"tab&#9;here\""));
  CHECK(contains(xml, "label=\"Нурсултан Абдрахманов\""));
  CHECK(contains(xml, "<description>corpus: unit-tests\nname: hostile &quot;graph&quot; &lt;&amp;&gt;</description>"));
}

TEST_CASE("GEXF validates against the GEXF 1.3 RELAX NG grammar", "[gexf]") {
  if (!actorgraph::test::have_tool("xmllint")) {
    WARN("xmllint not installed: skipping RELAX NG validation");
    return;
  }
  actorgraph::test::TempDir dir("gexf");
  KnowledgeGraph g = actorgraph::test::hostile_graph();
  g.add_entity(make_entity("undated", "Undated \x01", EntityType::location));
  g.add_relation(make_relation("undated", "near", "brazil", {make_evidence("d", 0, "s", "r", "")}));
  auto files = write_graph_file(g, dir.path() / "g.gexf");
  std::string command = "xmllint --noout --nonet --relaxng '" +
                        (source_dir() / "schemas" / "gexf" / "1.3" / "gexf.rng").string() + "' '" +
                        files.at(0).string() + "'";
  CHECK(actorgraph::test::run_command(command) == 0);
}
