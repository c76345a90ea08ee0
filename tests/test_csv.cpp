// CSV writer: Gephi headers, RFC 4180 quoting, read back field by field.
#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

#include "actorgraph/graph_format.hpp"
#include "graph_test_support.hpp"

using namespace actorgraph;
using Table = std::vector<std::vector<std::string>>;

namespace {

// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
Table parse_csv(const std::string& text) {
  Table rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      REQUIRE(field.empty());  // a quote may only open a field
      quoted = was_quoted = true;
    } else if (c == ',') {
      row.push_back(field), field.clear(), was_quoted = false;
    } else if (c == '\r') {
      REQUIRE(i + 1 < text.size());
      REQUIRE(text[i + 1] == '\n');
      row.push_back(field), field.clear(), was_quoted = false;
      rows.push_back(row), row.clear();
      ++i;
    } else {
      REQUIRE(c != '\n');  // a bare LF outside quotes is not a record end
      field += c;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(row.empty());
  REQUIRE(field.empty());
  (void)was_quoted;
  return rows;
}

Table nodes_of(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_csv_nodes(g, out);
  return parse_csv(out.str());
}

Table edges_of(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_csv_edges(g, out);
  return parse_csv(out.str());
}

}  // namespace

TEST_CASE("CSV nodes: Gephi headers, attribute columns, hostile labels read back exactly", "[csv]") {
  KnowledgeGraph g = actorgraph::test::hostile_graph();
  Table t = nodes_of(g);
  REQUIRE(t.size() == 6);
  CHECK(t[0] == std::vector<std::string>{"Id", "Label", "type", "aliases", "roles", "mentions", "first_date",
                                         "last_date", "statements", "iso_code", "place"});
  CHECK(t[1] == std::vector<std::string>{"brazil", "Brasil \"BR\" <&> São Paulo", "country",
                                         "Brasil \"BR\" <&> São Paulo", "Host, \"neutral\" party", "7",
                                         "2020-05-01", "2020-05-03", "0", "BR", ""});
  CHECK(t[3][1] == "Lima summit\nline two");  // newline kept inside quotes
  CHECK(t[3][10] == "Lima, Perú");
  CHECK(t[2][0] == "graph");
  CHECK(t[2][1] == "Back\\slash \\N group");
  for (const auto& row : t) CHECK(row.size() == t[0].size());
}

TEST_CASE("CSV edges: Source, Target, Type, Label, Weight and the evidence summary", "[csv]") {
  Table t = edges_of(actorgraph::test::hostile_graph());
  REQUIRE(t.size() == 5);
  CHECK(t[0] == std::vector<std::string>{"Source", "Target", "Type", "Label", "Weight", "relation", "confidence",
                                         "documents", "dates", "evidence_count", "first_evidence"});
  CHECK(t[1] == std::vector<std::string>{"brazil", "lima-summit", "Directed", "attends", "2", "attends", "0.75",
                                         "doc-1|doc-2", "2020-05-01|2020-05-03", "2",
                                         "Brazil attended <the> summit."});
  CHECK(t[2][3] == "hosts");  // the parallel edge is its own row
  CHECK(t[3][0] == "graph");
  CHECK(t[3][10] == "The group said C:\\path\\n was wrong.");
}

TEST_CASE("CSV quotes exactly the fields that need it and uses CRLF", "[csv]") {
  KnowledgeGraph g;
  g.add_entity(actorgraph::test::make_entity("plain", "Plain label", EntityType::person));
  g.add_entity(actorgraph::test::make_entity("q", "say \"hi\", then\r\nleave", EntityType::person));
  std::ostringstream out;
  write_csv_nodes(g, out);
  std::string text = out.str();
  CHECK(text.find("\r\nplain,Plain label,person,Plain label,,1,,,0\r\n") != std::string::npos);
  CHECK(text.find("q,\"say \"\"hi\"\", then\r\nleave\",person,") != std::string::npos);
}
