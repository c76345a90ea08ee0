// Long documents read in windows: the pieces cover the kept text exactly, cut
// at sentence ends where they can, and the graph still holds the actors.
#include <catch2/catch.hpp>

#include <string>

#include "actorgraph/document.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/pipeline.hpp"
#include "pipeline/windows.hpp"

using actorgraph::BlockKind;
using actorgraph::CleanedText;
using actorgraph::TextBlock;
using actorgraph::detail::split_into_windows;

namespace {

bool blank(char c) { return c == ' ' || c == '\n'; }

// Every non-blank byte of the kept blocks is in exactly one window piece, in order.
void check_cover(const std::string& text, const CleanedText& cleaned, const std::vector<CleanedText>& windows,
                 std::size_t window_bytes) {
  std::string kept;
  for (const auto& b : cleaned.blocks)
    for (std::size_t i = b.begin; i < b.end; ++i)
      if (!blank(text[i])) kept.push_back(text[i]);
  std::string covered;
  std::size_t last_end = 0;
  for (const auto& w : windows) {
    std::size_t size = 0;
    for (const auto& b : w.blocks) {
      REQUIRE(b.begin >= last_end);
      REQUIRE(b.begin < b.end);
      last_end = b.end;
      size += b.end - b.begin;
      for (std::size_t i = b.begin; i < b.end; ++i)
        if (!blank(text[i])) covered.push_back(text[i]);
    }
    CHECK(size <= window_bytes);
  }
  CHECK(covered == kept);
}

}  // namespace

TEST_CASE("windows: a short document is read whole", "[windows]") {
  const std::string text = "Title\nOne sentence here. Another one.";
  CleanedText cleaned{{{0, 5, BlockKind::headline}, {6, text.size(), BlockKind::body}}, {}};
  CHECK(split_into_windows(text, cleaned, 1000).empty());
  CHECK(split_into_windows(text, cleaned, 0).empty());
}

TEST_CASE("windows: whole blocks while they fit, long blocks cut after a sentence", "[windows]") {
  std::string text = "Headline\n";
  const std::size_t body = text.size();
  for (int i = 0; i < 40; ++i) text += "Officials from Chile met envoys of Peru. ";
  CleanedText cleaned{{{0, 8, BlockKind::headline}, {body, text.size(), BlockKind::body}}, {{8, 9, "blank"}}};
  const auto windows = split_into_windows(text, cleaned, 200);
  REQUIRE(windows.size() > 5);
  check_cover(text, cleaned, windows, 200);
  CHECK(windows.front().blocks.front().kind == BlockKind::headline);
  CHECK(windows.front().dropped.size() == 1);
  CHECK(windows.back().dropped.empty());
  for (const auto& w : windows)
    for (const auto& b : w.blocks)
      if (b.kind == BlockKind::body && b.end < text.size()) CHECK(text[b.end - 1] == '.');
}

TEST_CASE("windows: text without sentence ends is cut at commas, spaces, then characters", "[windows]") {
  std::string commas;
  for (int i = 0; i < 50; ++i) commas += "water rights, ";
  CleanedText c1{{{0, commas.size(), BlockKind::body}}, {}};
  const auto w1 = split_into_windows(commas, c1, 100);
  check_cover(commas, c1, w1, 100);
  for (const auto& w : w1)
    if (w.blocks.back().end < commas.size()) CHECK(commas[w.blocks.back().end - 1] == ',');

  std::string words;
  for (int i = 0; i < 50; ++i) words += "water rights ";
  CleanedText c2{{{0, words.size(), BlockKind::body}}, {}};
  check_cover(words, c2, split_into_windows(words, c2, 100), 100);

  std::string run;  // one 300-byte "word" of two-byte characters: cut between characters
  for (int i = 0; i < 150; ++i) run += "\xC3\xA9";
  CleanedText c3{{{0, run.size(), BlockKind::body}}, {}};
  const auto w3 = split_into_windows(run, c3, 101);
  check_cover(run, c3, w3, 101);
  for (const auto& w : w3) CHECK((static_cast<unsigned char>(run[w.blocks.front().begin]) & 0xC0) != 0x80);
}

TEST_CASE("windows: a long one-line document still gives its actors and relations", "[windows]") {
  actorgraph::Document doc;
  doc.id = "long";
  doc.text = "Chile and Peru talk water\n";
  for (int i = 0; i < 3000; ++i) doc.text += "Chile's foreign minister met Peru's envoy in Lima, ";
  actorgraph::PipelineOptions whole;
  whole.window_bytes = 0;
  actorgraph::PipelineOptions windowed;
  windowed.window_bytes = 20000;
  const auto lexicon = actorgraph::Lexicon::builtin();
  const auto a = actorgraph::Pipeline(lexicon, whole).process(doc);
  const auto b = actorgraph::Pipeline(lexicon, windowed).process(doc);
  for (const char* id : {"chile", "peru"}) {
    CHECK(a.find_entity(id) != nullptr);
    CHECK(b.find_entity(id) != nullptr);
  }
  CHECK(b.relation_count() == a.relation_count());
}
