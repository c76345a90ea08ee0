// Sentence segmentation and tokenisation.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "text/segmenter.hpp"

using actorgraph::BlockKind;
using actorgraph::Sentence;
using actorgraph::TextBlock;

namespace {

// Every token and sentence must point at exactly its text; no sentence may be empty.
void check_offsets(std::string_view text, const std::vector<Sentence>& sentences) {
  for (const auto& s : sentences) {
    REQUIRE_FALSE(s.tokens.empty());
    REQUIRE(s.begin == s.tokens.front().begin);
    REQUIRE(s.end == s.tokens.back().end);
    std::size_t last = s.begin;
    for (const auto& t : s.tokens) {
      REQUIRE(t.begin < t.end);
      REQUIRE(t.end <= text.size());
      REQUIRE(t.begin >= last);
      CHECK(text.substr(t.begin, t.end - t.begin) == t.text);
      last = t.end;
    }
  }
}

std::vector<Sentence> body(std::string_view text) {
  TextBlock b{0, text.size(), BlockKind::body};
  auto out = actorgraph::segment(text, std::span(&b, 1));
  check_offsets(text, out);
  return out;
}

std::vector<std::string> texts(const Sentence& s) {
  std::vector<std::string> out;
  for (const auto& t : s.tokens) out.push_back(t.text);
  return out;
}

std::vector<std::string> norms(const Sentence& s) {
  std::vector<std::string> out;
  for (const auto& t : s.tokens) out.push_back(t.norm);
  return out;
}

std::vector<std::string> sentence_texts(std::string_view text, const std::vector<Sentence>& ss) {
  std::vector<std::string> out;
  for (const auto& s : ss) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("abbreviations do not end sentences, clear sentence starts after them do",
          "[segmenter]") {
  std::string text =
      "Envoys met on Jan. 9 and Dec. 2 with Mr. Okafor, Dr. Lind and Gen. Haddad of the U.N. "
      "mission. They flew to the U.S. The next day Lt. Col. Mensah spoke in St. Louis at "
      "10 a.m. Friday; Acme Inc. and Beta Corp. and Gamma Co. Ltd. paid. Room No. 5 is shut.";
  auto ss = body(text);
  CHECK(sentence_texts(text, ss) ==
        V{"Envoys met on Jan. 9 and Dec. 2 with Mr. Okafor, Dr. Lind and Gen. Haddad of the U.N. "
          "mission.",
          "They flew to the U.S.",
          "The next day Lt. Col. Mensah spoke in St. Louis at 10 a.m. Friday; Acme Inc. and Beta "
          "Corp. and Gamma Co. Ltd. paid.",
          "Room No. 5 is shut."});
  CHECK(texts(ss[0]) == V{"Envoys", "met", "on",     "Jan.", "9",       "and",  "Dec.", "2",
                          "with",   "Mr.", "Okafor", ",",    "Dr.",     "Lind", "and",  "Gen.",
                          "Haddad", "of",  "the",    "U.N.", "mission", "."});
  CHECK(texts(ss[3]) == V{"Room", "No.", "5", "is", "shut", "."});
  auto more = body("The E.U. and the U.K. agreed. He said no. Then he left.");
  REQUIRE(more.size() == 3);
  CHECK(texts(more[0]) == V{"The", "E.U.", "and", "the", "U.K.", "agreed", "."});
  CHECK(texts(more[1]) == V{"He", "said", "no", "."});
}

TEST_CASE("initials stay inside the sentence", "[segmenter]") {
  std::string text = "Ambassador Maria T. Alvarez met J. R. R. Okonkwo. Both spoke.";
  auto ss = body(text);
  REQUIRE(ss.size() == 2);
  CHECK(texts(ss[0]) ==
        V{"Ambassador", "Maria", "T.", "Alvarez", "met", "J.", "R.", "R.", "Okonkwo", "."});
}

TEST_CASE("times and numbers are single tokens", "[segmenter]") {
  auto ss = body(
      "The session ends at 3 pm (1100 GMT) or 00:45, after a 2.5 percent cut, "
      "1,000 troops, 12,500,000 dollars and the 2011-2023 war; polls open at 9am.");
  REQUIRE(ss.size() == 1);
  CHECK(texts(ss[0]) == V{"The",  "session",    "ends",    "at",  "3",     "pm",        "(",
                          "1100", "GMT",        ")",       "or",  "00:45", ",",         "after",
                          "a",    "2.5",        "percent", "cut", ",",     "1,000",     "troops",
                          ",",    "12,500,000", "dollars", "and", "the",   "2011-2023", "war",
                          ";",    "polls",      "open",    "at",  "9",     "am",        "."});
  // A comma after a number followed by a space is punctuation, not a separator.
  auto list = body("They counted 12, 13 and 1,4 votes.");
  CHECK(texts(list[0]) ==
        V{"They", "counted", "12", ",", "13", "and", "1", ",", "4", "votes", "."});
}

TEST_CASE("quotes: sentence ends inside closing quotes", "[segmenter]") {
  std::string text =
      "\"We will stay,\" the minister said. \"Talks failed.\" Aid arrived. She called it "
      "\xE2\x80\x9C"
      "a disgrace."
      "\xE2\x80\x9D"
      " Others agreed. \"Why?\" he asked.";
  auto ss = body(text);
  CHECK(sentence_texts(text, ss) == V{"\"We will stay,\" the minister said.", "\"Talks failed.\"",
                                      "Aid arrived.",
                                      "She called it \xE2\x80\x9C"
                                      "a disgrace."
                                      "\xE2\x80\x9D",
                                      "Others agreed.", "\"Why?\" he asked."});
  CHECK(texts(ss[0]) == V{"\"", "We", "will", "stay", ",", "\"", "the", "minister", "said", "."});
  CHECK(norms(ss[3]) == V{"She", "called", "it", "\"", "a", "disgrace", ".", "\""});
  // Quote at the very end of the block.
  std::string end = "He said: \"It is over.\"";
  auto e = body(end);
  REQUIRE(e.size() == 1);
  CHECK(e[0].tokens.back().text == "\"");
}

TEST_CASE("dashes: spaced dashes are tokens, hyphenated words are one token", "[segmenter]") {
  std::string text =
      "The Iranian-brokered truce - fragile \xE2\x80\x93 held \xE2\x80\x94 barely\xE2\x80\x94"
      "after a six-year war -- said Saudi-led and UN-backed mediators of the al-Houthi "
      "movement, who met face-to-face on a cease-fire.";
  auto ss = body(text);
  REQUIRE(ss.size() == 1);
  CHECK(texts(ss[0]) == V{"The",        "Iranian-brokered",
                          "truce",      "-",
                          "fragile",    "\xE2\x80\x93",
                          "held",       "\xE2\x80\x94",
                          "barely",     "\xE2\x80\x94",
                          "after",      "a",
                          "six-year",   "war",
                          "--",         "said",
                          "Saudi-led",  "and",
                          "UN-backed",  "mediators",
                          "of",         "the",
                          "al-Houthi",  "movement",
                          ",",          "who",
                          "met",        "face-to-face",
                          "on",         "a",
                          "cease-fire", "."});
  auto n = norms(ss[0]);
  CHECK(n[5] == "--");
  CHECK(n[7] == "--");
  CHECK(n[9] == "--");
  auto us = body("The U.S.-backed plan failed.");
  CHECK(texts(us[0]) == V{"The", "U.S.-backed", "plan", "failed", "."});
}

TEST_CASE("possessives and contractions are split the Penn way", "[segmenter]") {
  std::string text =
      "Kenya's envoy and Ghana\xE2\x80\x99s minister met the rebels' chiefs and the "
      "militias\xE2\x80\x99 leaders. They don't know who's coming; I can't and won't say, "
      "we'll see. O'Neill's aide isn't sure.";
  auto ss = body(text);
  REQUIRE(ss.size() == 3);
  CHECK(texts(ss[0]) == V{"Kenya", "'s", "envoy", "and", "Ghana", "\xE2\x80\x99s", "minister",
                          "met", "the", "rebels", "'", "chiefs", "and", "the", "militias",
                          "\xE2\x80\x99", "leaders", "."});
  CHECK(norms(ss[0])[5] == "'s");
  CHECK(norms(ss[0])[15] == "'");
  CHECK(texts(ss[1]) == V{"They", "do",  "n't", "know", "who", "'s", "coming", ";",   "I",   "ca",
                          "n't",  "and", "wo",  "n't",  "say", ",",  "we",     "'ll", "see", "."});
  CHECK(texts(ss[2]) == V{"O'Neill", "'s", "aide", "is", "n't", "sure", "."});
}

TEST_CASE("ellipsis, parentheses, URLs and e-mail addresses", "[segmenter]") {
  std::string text =
      "Details (see https://www.example.org/report?id=7) were sent to press@example.org. "
      "The envoy paused... and went on. Nobody knew\xE2\x80\xA6 Then came news.";
  auto ss = body(text);
  CHECK(sentence_texts(text, ss) ==
        V{"Details (see https://www.example.org/report?id=7) were sent to press@example.org.",
          "The envoy paused... and went on.", "Nobody knew\xE2\x80\xA6", "Then came news."});
  CHECK(texts(ss[0]) == V{"Details", "(", "see", "https://www.example.org/report?id=7", ")", "were",
                          "sent", "to", "press@example.org", "."});
  CHECK(texts(ss[1]) == V{"The", "envoy", "paused", "...", "and", "went", "on", "."});
}

TEST_CASE("normalised forms", "[segmenter]") {
  std::string text = "\xE2\x80\x9CPeace\xE2\x80\x9D \xE2\x80\x98now\xE2\x80\x99 at 5\xC2\xA0pm.";
  auto ss = body(text);
  REQUIRE(ss.size() == 1);
  CHECK(norms(ss[0]) == V{"\"", "Peace", "\"", "'", "now", "'", "at", "5", "pm", "."});
  CHECK(texts(ss[0])[0] == "\xE2\x80\x9C");
}

TEST_CASE("line structure: blank lines end sentences; headlines are one sentence per line",
          "[segmenter]") {
  std::string text =
      "Ministers Meet In Oslo\nTalks resume - report\n"  // headline block: two lines
      "The talks opened in Oslo\n\nwithout a deal\nbut with hope.\n";
  std::size_t split = text.find("The talks");
  std::vector<TextBlock> blocks{{0, split, BlockKind::headline},
                                {split, text.size(), BlockKind::body}};
  auto ss = actorgraph::segment(text, blocks);
  check_offsets(text, ss);
  CHECK(sentence_texts(text, ss) == V{"Ministers Meet In Oslo", "Talks resume - report",
                                      "The talks opened in Oslo",
                                      "without a deal\nbut with hope."});
  CHECK(ss[0].block == BlockKind::headline);
  CHECK(ss[2].block == BlockKind::body);
  // A headline line with a full stop inside stays one sentence.
  std::string h = "Iran, Iraq sign deal. Oil rises\n";
  TextBlock hb{0, h.size(), BlockKind::headline};
  auto hs = actorgraph::segment(h, std::span(&hb, 1));
  CHECK(hs.size() == 1);
}

TEST_CASE("sentences never cross blocks and bad blocks are harmless", "[segmenter]") {
  std::string text = "The army withdrew from Mr. Smith's town. Talks began";
  std::size_t cut = text.find("Smith");
  std::vector<TextBlock> blocks{{0, cut, BlockKind::body}, {cut, text.size(), BlockKind::caption}};
  auto ss = actorgraph::segment(text, blocks);
  check_offsets(text, ss);
  REQUIRE(ss.size() == 3);
  CHECK(ss[0].end <= cut);
  CHECK(ss[1].begin >= cut);
  CHECK(ss[1].block == BlockKind::caption);

  std::vector<TextBlock> odd{
      {5, 2, BlockKind::body}, {40, 4000, BlockKind::body}, {9999, 10000, BlockKind::body}};
  auto os = actorgraph::segment(text, odd);
  check_offsets(text, os);
  CHECK(actorgraph::segment("", odd).empty());
  std::string spaces = "   \n\n  \t ";
  TextBlock sb{0, spaces.size(), BlockKind::body};
  CHECK(actorgraph::segment(spaces, std::span(&sb, 1)).empty());
}

TEST_CASE("invalid UTF-8 and odd characters keep offsets exact", "[segmenter]") {
  std::string text = "Caf\xC3\xA9 owner \xFF\xFEZ\xC3 met S\xC3\xA3o Tom\xC3\xA9 envoys.\x01 Done.";
  auto ss = body(text);
  REQUIRE_FALSE(ss.empty());
  CHECK(ss[0].tokens[0].text == "Caf\xC3\xA9");
  std::size_t total = 0;
  for (const auto& s : ss) total += s.tokens.size();
  CHECK(total >= 8);
}

TEST_CASE("dotted abbreviations with two-letter groups or no final period", "[segmenter]") {
  auto ss = body("Dr. Amara Ph.D. studied in the U.S.A before 1990. She returned.");
  REQUIRE(ss.size() == 2);
  CHECK(texts(ss[0]) ==
        V{"Dr.", "Amara", "Ph.D.", "studied", "in", "the", "U.S.A", "before", "1990", "."});
}

TEST_CASE("random bytes never break the offset invariants", "[segmenter]") {
  // A fixed linear congruential generator: the same "random" input on every run.
  std::uint32_t state = 12345;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 24;
  };
  const std::string pieces[] = {
      "U.S.", " ",   "\n",  "\n\n", ".", "\"", "'", "\xE2\x80\x99", "\xE2\x80\x94", "-", "Mr.",
      "A.",   "s",   "n't", "2.5",  ",", "(",  ")", "...",          "http://x.y",   "@", "\xC3",
      "\xA9", "The", "no."};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int len = static_cast<int>(next() % 40);
    for (int k = 0; k < len; ++k) {
      if (next() % 4 == 0)
        text += static_cast<char>(next());
      else
        text += pieces[next() % std::size(pieces)];
    }
    body(text);  // checks offsets and non-empty sentences
  }
}

TEST_CASE("bare domain names are one token, a missing space is not a domain", "[segmenter]") {
  auto ss = body("KABAR.KG - Officials told Reuters.com and bbc.co.uk that talks ended.The end.");
  REQUIRE(ss.size() == 2);
  CHECK(texts(ss[0]) == V{"KABAR.KG", "-", "Officials", "told", "Reuters.com", "and", "bbc.co.uk",
                          "that", "talks", "ended", "."});
}

TEST_CASE("a run-on text without sentence ends is cut into bounded sentences", "[segmenter]") {
  // 3,000 words with a comma every 7 words and no full stop: sentences of at
  // most 1,000 tokens, each cut after a comma, every token kept once in order.
  std::string text;
  for (int i = 0; i < 3000; ++i) {
    text += "word" + std::to_string(i);
    text += (i % 7 == 6) ? ", " : " ";
  }
  const auto out = body(text);
  REQUIRE(out.size() >= 3);
  std::size_t total = 0;
  std::size_t next_word = 0;
  for (std::size_t s = 0; s < out.size(); ++s) {
    CHECK(out[s].tokens.size() <= 1000);
    if (s + 1 < out.size()) CHECK(out[s].tokens.back().text == ",");
    for (const auto& t : out[s].tokens) {
      if (t.text == ",") continue;
      CHECK(t.text == "word" + std::to_string(next_word));
      ++next_word;
    }
    total += out[s].tokens.size();
  }
  CHECK(next_word == 3000);
  CHECK(total == 3000 + 3000 / 7);
  // A headline line is one sentence however long its punctuation makes it, up to the cap.
  std::string headline;
  for (int i = 0; i < 2500; ++i) headline += "Talk" + std::to_string(i) + " ";
  TextBlock hb{0, headline.size(), BlockKind::headline};
  const auto hs = actorgraph::segment(headline, std::span(&hb, 1));
  check_offsets(headline, hs);
  REQUIRE(hs.size() == 3);
  CHECK(hs[0].tokens.size() == 1000);
  CHECK(hs[1].tokens.size() == 1000);
  CHECK(hs[2].tokens.size() == 500);
  // Ordinary prose is untouched: one long but real sentence stays whole.
  std::string prose = "Delegates from Kenya";
  for (int i = 0; i < 60; ++i) prose += ", Uganda";
  prose += " met in Nairobi.";
  CHECK(body(prose).size() == 1);
}
