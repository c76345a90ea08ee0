// HTML pages in: gumbo extraction, metadata, offsets mapped back to the page's bytes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/graph_query.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/pipeline.hpp"
#include "io/corpus_reader_detail.hpp"
#include "io/html_text.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace actorgraph;
using actorgraph::test::TempDir;
using actorgraph::test::write_file;

namespace {

fs::path page_dir() { return actorgraph::test::source_dir() / "tests" / "data" / "html"; }

/// The text a reader sees in a stretch of HTML: tags dropped, the page's few
/// entities decoded, white space collapsed. Written independently of gumbo.
std::string visible(std::string_view html) {
  std::string out;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    if (!in_tag) out.push_back(c);
    if (c == '>') in_tag = false;
  }
  const std::pair<std::string_view, std::string_view> entities[] = {{"&rsquo;", "\xE2\x80\x99"},
                                                                    {"&mdash;", "\xE2\x80\x94"},
                                                                    {"&nbsp;", " "},
                                                                    {"&ldquo;", "\xE2\x80\x9C"},
                                                                    {"&rdquo;", "\xE2\x80\x9D"},
                                                                    {"&amp;", "&"},
                                                                    {"&#39;", "'"},
                                                                    {"&eacute;", "\xC3\xA9"}};
  for (const auto& [name, value] : entities)
    for (std::size_t at; (at = out.find(name)) != std::string::npos;)
      out.replace(at, name.size(), value);
  std::string collapsed;
  for (char c : out) {
    const bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (blank) {
      if (!collapsed.empty() && collapsed.back() != ' ') collapsed.push_back(' ');
    } else {
      collapsed.push_back(c);
    }
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

std::string collapse_blanks(std::string_view text) { return visible(text); }

}  // namespace

TEST_CASE("HTML: article text without scripts, navigation, forms, asides and footers", "[html]") {
  const std::string html = actorgraph::test::read_file(page_dir() / "news-page.html");
  const auto page = detail::extract_html_text(html);
  const std::string expected = actorgraph::test::read_file(page_dir() / "news-page.txt");
  // The text version is what a reader of the page sees, paragraph for paragraph.
  CHECK(page.text + "\n" == expected);
  for (const char* debris : {"dataLayer", "font-family", "World", "Search", "cookies", "Related",
                             "Kenya", "Most read", "Turkey", "rights reserved", "About us", "&"})
    CHECK(page.text.find(debris) == std::string::npos);
  CHECK(page.title ==
        "Qatar hosts talks between Sudan's army and the RSF");  // og:title, &#39; decoded
  CHECK(page.date == "2024-03-03T09:15:00Z");
  CHECK(page.url == "https://courier.example/world/2024/03/03/qatar-sudan-talks");
  CHECK(page.source == "The Daily Courier");
}

TEST_CASE("HTML: every byte of the text maps back to the page", "[html]") {
  const std::string html = actorgraph::test::read_file(page_dir() / "news-page.html");
  const auto page = detail::extract_html_text(html);
  REQUIRE(page.map.text_size() == page.text.size());
  std::size_t previous = 0;
  for (const auto& piece : page.map.pieces()) {
    CHECK(piece.source_begin >= previous);  // in order
    CHECK(piece.source_end <= html.size());
    previous = piece.source_end;
    const auto text = page.text.substr(piece.text_begin, piece.text_end - piece.text_begin);
    const auto source = html.substr(piece.source_begin, piece.source_end - piece.source_begin);
    if (piece.exact)
      CHECK(text == source);
    else if (text != "\n\n" && text != " ")
      CHECK(visible(source) == text);  // an entity
  }
  // A paragraph's span maps onto the bytes of that paragraph in the page.
  const std::string sentence = "Egypt, Saudi Arabia and the African Union";
  const auto at = page.text.find(sentence);
  REQUIRE(at != std::string::npos);
  const auto b = page.map.source_begin(at), e = page.map.source_end(at + sentence.size());
  CHECK(html.substr(b, e - b) ==
        "Egypt, Saudi Arabia and the <a href=\"/topics/african-union\">African&nbsp;Union");
}

TEST_CASE("HTML: a saved news page gives the same graph as its text version", "[html]") {
  TempDir dir("html-graph");
  write_file(dir.path() / "html" / "story.html",
             actorgraph::test::read_file(page_dir() / "news-page.html"));
  write_file(dir.path() / "text" / "story.txt",
             actorgraph::test::read_file(page_dir() / "news-page.txt"));
  ReadStats stats;
  const auto html_docs = read_corpus({dir.path() / "html"}, {}, &stats);
  const auto text_docs = read_corpus({dir.path() / "text"});
  REQUIRE(html_docs.size() == 1);  // .html in a folder is an article, no longer skipped
  REQUIRE(text_docs.size() == 1);
  CHECK(stats.ignored.empty());
  const Document& h = html_docs[0];
  CHECK(h.id == "story");
  CHECK(h.title == "Qatar hosts talks between Sudan's army and the RSF");
  CHECK(h.date == "2024-03-03");
  CHECK(h.url == "https://courier.example/world/2024/03/03/qatar-sudan-talks");
  CHECK(h.source == "The Daily Courier");
  CHECK(h.text + "\n" == text_docs[0].text);

  const KnowledgeGraph from_html = test::builtin_pipeline().process(h);
  const KnowledgeGraph from_text = test::builtin_pipeline().process(text_docs[0]);
  REQUIRE(from_text.relation_count() >= 3);  // the page says things: the comparison is not vacuous
  REQUIRE(from_html.entity_count() == from_text.entity_count());
  REQUIRE(from_html.relation_count() == from_text.relation_count());
  const auto he = from_html.entities(), te = from_text.entities();
  for (std::size_t i = 0; i < he.size(); ++i) {
    CHECK(he[i]->id == te[i]->id);
    CHECK(he[i]->label == te[i]->label);
    CHECK(he[i]->type == te[i]->type);
    CHECK(he[i]->mentions == te[i]->mentions);
  }
  const std::string page = actorgraph::test::read_file(dir.path() / "html" / "story.html");
  const std::string text = text_docs[0].text;
  const auto hr = from_html.relations(), tr = from_text.relations();
  std::size_t longer_in_page = 0;  // spans with an entity or tag inside: where lengths disagree
  for (std::size_t i = 0; i < hr.size(); ++i) {
    INFO(tr[i]->source << " " << tr[i]->type << " " << tr[i]->target);
    CHECK(hr[i]->source == tr[i]->source);
    CHECK(hr[i]->type == tr[i]->type);
    CHECK(hr[i]->target == tr[i]->target);
    REQUIRE(hr[i]->evidence.size() == tr[i]->evidence.size());
    auto a = hr[i]->evidence.begin();
    for (const Evidence& t : tr[i]->evidence) {
      const Evidence& x = *a++;
      CHECK(x.text == t.text);
      CHECK(x.rule == t.rule);
      CHECK(x.confidence == t.confidence);
      CHECK(x.date == t.date);
      // Offsets index the page: its bytes there, read as a browser shows them,
      // are the words the text version has at its own offsets.
      REQUIRE(x.end <= page.size());
      REQUIRE(x.start < x.end);
      CHECK(visible(page.substr(x.start, x.end - x.start)) ==
            collapse_blanks(text.substr(t.start, t.end - t.start)));
      // explain underlines the same words in the sentence, though the page's
      // span is longer in bytes than the sentence's ("&rsquo;" for "'").
      const auto in_page = matched_span(from_html, *hr[i], x);
      const auto in_text = matched_span(from_text, *tr[i], t);
      if (x.end - x.start != t.end - t.start) {
        ++longer_in_page;
        REQUIRE(in_page.has_value());
        CHECK(x.text.substr(in_page->begin, in_page->end - in_page->begin) ==
              text.substr(t.start, t.end - t.start));
      }
      if (in_text) CHECK(in_page == in_text);
    }
  }
  CHECK(longer_in_page > 0);  // the page has entities inside matched spans: not vacuous

  // A saved graph keeps where the spans lie (schema-valid), so explain on the
  // file underlines the same words.
  std::ostringstream saved;
  write_json(from_html, saved);
  const KnowledgeGraph reread = read_json(saved.str());
  const auto rr = reread.relations();
  REQUIRE(rr.size() == hr.size());
  for (std::size_t i = 0; i < rr.size(); ++i) CHECK(rr[i]->evidence == hr[i]->evidence);
  CHECK(saved.str().find("\"text_start\"") != std::string::npos);
}

TEST_CASE("HTML: .htm on the command line, stdin and the JSONL html field", "[html]") {
  TempDir dir("html-inputs");
  const std::string html =
      "<!doctype html><html><head><title>Talks in Oslo</title>"
      "<meta name=\"date\" content=\"2021-06-01\"></head><body><nav>Home</nav>"
      "<h1>Talks in Oslo</h1><p>Norway hosted talks between Colombia and the ELN in Oslo.</p>"
      "<footer>Contact us</footer></body></html>";
  write_file(dir.path() / "page.HTM", html);
  const auto docs = read_corpus({dir.path() / "page.HTM"});
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text ==
        "Talks in Oslo\n\nNorway hosted talks between Colombia and the ELN in Oslo.");
  CHECK(docs[0].title == "Talks in Oslo");
  CHECK(docs[0].date == "2021-06-01");

  std::istringstream in("\n  " + html);
  const auto piped = detail::read_stream(in, {}, nullptr);
  REQUIRE(piped.size() == 1);
  CHECK(piped[0].text == docs[0].text);

  // JSONL: "html" instead of "text"; the record's own title wins, evidence
  // offsets index the html string.
  std::string escaped;
  for (char c : html) {
    if (c == '"') escaped += '\\';
    escaped += c;
  }
  write_file(dir.path() / "feed.jsonl", "{\"id\":\"n1\",\"title\":\"Record title\",\"html\":\"" +
                                            escaped +
                                            "\"}\n"
                                            "{\"id\":\"n2\",\"title\":\"\"}\n");
  ReadStats stats;
  const auto records = read_corpus({dir.path() / "feed.jsonl"},
                                   ReadOptions{.keep_going = true, .encoding = {}}, &stats);
  REQUIRE(records.size() == 1);
  CHECK(records[0].title == "Record title");
  CHECK(records[0].date == "2021-06-01");
  CHECK(records[0].text == docs[0].text);
  REQUIRE(stats.skipped.size() == 1);
  CHECK(stats.skipped[0].reason == "missing required field \"text\" (or \"html\") (/text)");
  const KnowledgeGraph graph = test::builtin_pipeline().process(records[0]);
  REQUIRE(graph.relation_count() > 0);
  for (const Relation* r : graph.relations())
    for (const Evidence& e : r->evidence) {
      const std::string span = visible(html.substr(e.start, e.end - e.start));
      CHECK_FALSE(span.empty());
      CHECK(e.text.find(span) != std::string::npos);  // the page's bytes there are in the sentence
    }
}

TEST_CASE("HTML: hostile pages end in text or a skip, never a crash", "[html][hostile]") {
  // Deep nesting (refused before parsing: the tree builder is quadratic in the
  // depth; below the limit the walk has no recursion), unclosed tags, stray
  // ampersands, broken references, CDATA, NULs and a page that is all script.
  std::string deep, nested;
  for (int i = 0; i < 20000; ++i) deep += "<div><span>";
  deep += "Kenya hosted talks.";
  for (int i = 0; i < 900; ++i) nested += "<div><span>";
  nested += "Kenya hosted talks.";
  std::string paragraphs;  // unclosed <p> and <li> close themselves: shallow
  for (int i = 0; i < 5000; ++i) paragraphs += "<p>Kenya hosted talks.<li>item<a href=x>link";
  CHECK(detail::extract_html_text(deep).too_deep);
  CHECK(detail::extract_html_text(deep).text.empty());
  CHECK(detail::estimated_depth(paragraphs) < 10);
  CHECK(detail::extract_html_text(paragraphs).text.starts_with("Kenya hosted talks.\n\nitemlink"));
  CHECK(detail::extract_html_text(nested).text == "Kenya hosted talks.");
  CHECK(detail::estimated_depth("<script>if (a<b) x = '<div><div>';</script><p>x</p>") == 1);
  const std::string pages[] = {
      deep,
      nested,
      "<p>AT&T and &amp &#xZZ; &#99999999; &notit; &unknown; & end",
      "<html><body><p>unclosed <b>bold <i>italic</p><table><td>cell</table>",
      "<svg><![CDATA[x]]></svg><p>after</p>",
      std::string("<p>nul\0byte</p>", 15),
      "<script>var a = '<p>not text</p>';</script>",
      "",
      "<",
      "&#",
  };
  for (const auto& page : pages) {
    const auto out = detail::extract_html_text(page);
    CHECK(out.map.text_size() == out.text.size());
    for (const auto& piece : out.map.pieces()) CHECK(piece.source_end <= page.size());
  }
  CHECK(detail::extract_html_text(pages[2]).text ==
        "AT&T and & &#xZZ; \xEF\xBF\xBD \xC2\xACit; &unknown; & end");
  CHECK(detail::extract_html_text(pages[6]).text.empty());

  TempDir dir("html-hostile");
  write_file(dir.path() / "empty.html", "<html><body><script>x()</script></body></html>");
  write_file(dir.path() / "deep.html", deep);
  ReadStats stats;
  CHECK(read_corpus({dir.path()}, {}, &stats).empty());
  REQUIRE(stats.skipped.size() == 2);
  CHECK(stats.skipped[0].reason == "HTML nested deeper than 2000 elements (not parsed)");
  CHECK(stats.skipped[1].reason == "no article text in the HTML page");
}
