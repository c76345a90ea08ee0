// Non-UTF-8 input: detected (ICU) and transcoded, or forced with ReadOptions::encoding.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/error.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/pipeline.hpp"
#include "graph_test_support.hpp"
#include "io/encoding.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace actorgraph;
using actorgraph::test::TempDir;
using actorgraph::test::write_file;

namespace {

std::vector<std::string> labels(const KnowledgeGraph& graph) {
  std::vector<std::string> out;
  for (const Entity* e : graph.entities()) out.push_back(e->label);
  return out;
}

bool has_label(const KnowledgeGraph& graph, std::string_view label) {
  const auto all = labels(graph);
  return std::find(all.begin(), all.end(), label) != all.end();
}

// ISO-8859-1: é = E9, ç = E7, ü = FC, ö = F6. Windows-1252 adds curly quotes (93/94)
// and the en dash (96) in 80-9F.
const std::string kLatin1 =
    "French leaders meet in Lyon\n\n"
    "Former French President Fran\xE7ois Hollande met the mayor of Lyon, Ren\xE9 Dupr\xE9, on "
    "Monday. "
    "Fran\xE7ois Hollande said the meeting was useful.\n\n"
    "Germany and France signed an agreement on rail links in Lyon.\n";
const std::string kWindows1252 =
    "Munich talks\n\n"
    "\x93We will not give up,\x94 said J\xFCrgen M\xFCller, the mayor of Munich, on Tuesday \x96 "
    "after Germany hosted talks between Austria and Switzerland in Munich. "
    "J\xFCrgen M\xFCller welcomed the delegations.\n";

}  // namespace

TEST_CASE("encodings: a Latin-1 file is detected, transcoded and gives correct names",
          "[encoding]") {
  TempDir dir("latin1");
  write_file(dir.path() / "lyon.txt", kLatin1);
  ReadStats stats;
  const auto docs = read_corpus({dir.path()}, {}, &stats);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text.find("Fran\xC3\xA7ois Hollande") != std::string::npos);
  CHECK(docs[0].text.find("\xEF\xBF\xBD") == std::string::npos);  // no U+FFFD
  REQUIRE(stats.warnings.size() == 1);  // one warning, naming the file and the encoding
  CHECK(stats.warnings[0].origin == (dir.path() / "lyon.txt").generic_string());
  CHECK_THAT(stats.warnings[0].message, Catch::Contains("not UTF-8: read as ISO-8859-1"));

  const KnowledgeGraph graph = test::builtin_pipeline().process(docs[0]);
  INFO(::Catch::Detail::stringify(labels(graph)));
  CHECK(has_label(graph, "Fran\xC3\xA7ois Hollande"));
  CHECK_FALSE(has_label(graph, "Fran"));
  CHECK_FALSE(has_label(graph, "T"));
  // Evidence offsets index the file's Latin-1 bytes.
  REQUIRE(graph.relation_count() > 0);
  for (const Relation* r : graph.relations())
    for (const Evidence& e : r->evidence) {
      REQUIRE(e.end <= kLatin1.size());
      const auto span =
          detail::transcode_to_utf8(kLatin1.substr(e.start, e.end - e.start), "ISO-8859-1");
      CHECK_FALSE(span.text.empty());
      CHECK(e.text.find(span.text) != std::string::npos);  // the span is in its sentence
    }
}

TEST_CASE("encodings: a Windows-1252 file with curly quotes gives correct names", "[encoding]") {
  TempDir dir("cp1252");
  write_file(dir.path() / "munich.txt", kWindows1252);
  ReadStats stats;
  const auto docs = read_corpus({dir.path() / "munich.txt"}, {}, &stats);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text.find(
            "\xE2\x80\x9CWe will not give up,\xE2\x80\x9D said J\xC3\xBCrgen M\xC3\xBCller") !=
        std::string::npos);
  REQUIRE(stats.warnings.size() == 1);
  CHECK_THAT(stats.warnings[0].message, Catch::Contains("windows-1252"));
  const KnowledgeGraph graph = test::builtin_pipeline().process(docs[0]);
  INFO(::Catch::Detail::stringify(labels(graph)));
  CHECK(has_label(graph, "J\xC3\xBCrgen M\xC3\xBCller"));
}

TEST_CASE("encodings: --encoding forces one, quietly; an unknown name is an error", "[encoding]") {
  TempDir dir("forced");
  write_file(dir.path() / "lyon.txt", kLatin1);
  ReadOptions options;
  options.encoding = "latin1";
  ReadStats stats;
  const auto docs = read_corpus({dir.path()}, options, &stats);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text.find("Fran\xC3\xA7ois") != std::string::npos);
  CHECK(stats.warnings.empty());
  // Forced even where detection would say otherwise: here windows-1251 (Cyrillic).
  options.encoding = "windows-1251";
  const auto cyrillic = read_corpus({dir.path()}, options);
  CHECK(cyrillic[0].text.find("Fran\xD0\xB7ois") != std::string::npos);  // E7 is з there
  options.encoding = "no-such-encoding";
  CHECK_THROWS_AS(CorpusReader({dir.path()}, options), InvalidArgument);
  CHECK_THROWS_WITH(CorpusReader({dir.path()}, options), Catch::Contains("no-such-encoding"));
  options.encoding = "UTF-8";  // the default, by name
  CHECK_NOTHROW(CorpusReader({dir.path()}, options));
}

TEST_CASE("encodings: a Latin-1 JSONL file gets one warning, not one per line", "[encoding]") {
  TempDir dir("latin1-jsonl");
  write_file(dir.path() / "feed.jsonl",
             "{\"id\":\"a\",\"title\":\"Lyon\",\"text\":\"Fran\xE7ois Hollande visited Lyon.\"}\n"
             "{\"id\":\"b\",\"title\":\"K\xF6ln\",\"text\":\"Ren\xE9 Dupr\xE9 visited K\xF6ln and "
             "M\xFCnster.\"}\n"
             // A line appended in UTF-8 stays UTF-8.
             "{\"id\":\"c\",\"title\":\"Z\xC3\xBCrich\",\"text\":\"Talks in Z\xC3\xBCrich.\"}\n");
  ReadStats stats;
  const auto docs = read_corpus({dir.path()}, {}, &stats);
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].text == "Fran\xC3\xA7ois Hollande visited Lyon.");
  CHECK(docs[1].title == "K\xC3\xB6ln");
  CHECK(docs[2].title == "Z\xC3\xBCrich");
  REQUIRE(stats.warnings.size() == 1);
  CHECK(stats.warnings[0].origin == (dir.path() / "feed.jsonl").generic_string());
}

TEST_CASE("encodings: damaged UTF-8 is repaired, not transcoded", "[encoding]") {
  // Valid UTF-8 letters with a stray byte: UTF-8 that lost a byte, not Latin-1.
  CHECK_FALSE(detail::needs_transcoding("Caf\xC3\xA9 \x80 news"));
  CHECK(detail::needs_transcoding("Caf\xE9 news"));
  CHECK_FALSE(detail::needs_transcoding("plain ASCII"));
  // The map of a transcoding points at the source bytes.
  const auto t = detail::transcode_to_utf8("a\xE9z", "ISO-8859-1");
  CHECK(t.text == "a\xC3\xA9z");
  CHECK(t.map.source_begin(1) == 1);
  CHECK(t.map.source_end(3) == 2);
  CHECK(t.map.source_begin(3) == 2);
  CHECK(t.map.source_end(4) == 3);
}

TEST_CASE("encodings: the CLI prints the warning once", "[encoding][cli]") {
  TempDir dir("latin1-cli");
  write_file(dir.path() / "corpus" / "lyon.txt", kLatin1);
  const auto err = dir.path() / "err.txt";
  const std::string cli = ACTORGRAPH_CLI_PATH;
  REQUIRE(actorgraph::test::run_command("'" + cli + "' build '" + (dir.path() / "corpus").string() +
                                        "' -o '" + (dir.path() / "g.json").string() + "' 2> '" +
                                        err.string() + "'") == 0);
  const std::string log = actorgraph::test::read_file(err);
  std::size_t count = 0;
  for (std::size_t at = 0; (at = log.find("not UTF-8", at)) != std::string::npos; ++at) ++count;
  CHECK(count == 1);
  CHECK(log.find("lyon.txt") != std::string::npos);
  const std::string graph = actorgraph::test::read_file(dir.path() / "g.json");
  CHECK(graph.find("Fran\xC3\xA7ois Hollande") != std::string::npos);
  CHECK(graph.find("\"Fran\"") == std::string::npos);
}

TEST_CASE("encodings: a Latin-1 HTML page maps offsets through both steps", "[encoding][html]") {
  TempDir dir("latin1-html");
  const std::string page =
      "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>Lyon</title></head>"
      "<body><p>Fran\xE7ois Hollande visited Lyon &amp; Dijon.</p></body></html>";
  write_file(dir.path() / "lyon.html", page);
  ReadStats stats;
  const auto docs = read_corpus({dir.path()}, {}, &stats);
  REQUIRE(docs.size() == 1);
  const Document& doc = docs[0];
  CHECK(doc.text == "Fran\xC3\xA7ois Hollande visited Lyon & Dijon.");
  REQUIRE(stats.warnings.size() == 1);
  CHECK_THAT(stats.warnings[0].message, Catch::Contains("iso-8859-1", Catch::CaseSensitive::No));
  const SourceMap& map = doc.source_map;
  // "François" is 9 bytes of UTF-8 and 8 of Latin-1; "Hollande" is copied.
  CHECK(map.source_begin(0) == page.find("Fran"));
  CHECK(map.source_end(9) == page.find(" Hollande"));
  CHECK(map.source_begin(doc.text.find("Hollande")) == page.find("Hollande"));
  // "&" is the whole reference "&amp;".
  CHECK(map.source_begin(doc.text.find('&')) == page.find("&amp;"));
  CHECK(map.source_end(doc.text.find('&') + 1) == page.find("&amp;") + 5);
  CHECK(map.source_end(doc.text.size()) == page.find("</p>"));
}

TEST_CASE("encodings: detection only names encodings ICU can convert", "[encoding]") {
  // Random high bytes: the detector's first guess can be a charset without a
  // converter ("IBM420_ltr"); reading must go on, never stop on "unknown encoding".
  std::string bytes;
  std::uint32_t state = 12345;
  for (int round = 0; round < 300; ++round) {
    bytes.clear();
    for (int k = 0; k < 80; ++k) {
      state = state * 1103515245u + 12345u;
      bytes.push_back(static_cast<char>(0x80 | ((state >> 16) & 0x7F)));
    }
    if (const auto found = detail::detect_encoding(bytes)) {
      CHECK_NOTHROW(detail::check_encoding(*found));
      CHECK_NOTHROW(detail::transcode_to_utf8(bytes, *found));
    }
  }
}
