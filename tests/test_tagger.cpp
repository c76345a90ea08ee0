// Part-of-speech tagging (HMM over festlex-poslex) with lemmas.
#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <vector>

#include "text/segmenter.hpp"
#include "syntax/tagger.hpp"

using actorgraph::BlockKind;
using actorgraph::Sentence;
using actorgraph::Tagger;
using actorgraph::TextBlock;

namespace {

Sentence tagged(std::string_view text, BlockKind kind = BlockKind::body) {
  TextBlock b{0, text.size(), kind};
  auto ss = actorgraph::segment(text, std::span(&b, 1));
  REQUIRE(ss.size() == 1);
  Tagger::builtin().tag(ss[0]);
  return ss[0];
}

// Tag of the n-th token whose text is `word`.
std::string pos_of(const Sentence& s, std::string_view word, int nth = 0) {
  for (const auto& t : s.tokens)
    if (t.text == word && nth-- == 0) return t.pos;
  FAIL("no token " << word);
  return {};
}

std::string lemma_of(const Sentence& s, std::string_view word) {
  for (const auto& t : s.tokens)
    if (t.text == word) return t.lemma;
  FAIL("no token " << word);
  return {};
}

bool is_verb(const std::string& tag) { return tag.rfind("VB", 0) == 0; }

}  // namespace

TEST_CASE("news sentences: verbs, proper nouns and nouns", "[tagger]") {
  auto s1 = tagged("Egypt brokered a truce between Israel and Hamas on Sunday.");
  CHECK(pos_of(s1, "Egypt") == "NNP");
  CHECK(pos_of(s1, "brokered") == "VBD");
  CHECK(pos_of(s1, "a") == "DT");
  CHECK(pos_of(s1, "truce") == "NN");
  CHECK(pos_of(s1, "between") == "IN");
  CHECK(pos_of(s1, "Israel") == "NNP");
  CHECK(pos_of(s1, "and") == "CC");
  CHECK(pos_of(s1, "Sunday") == "NNP");
  CHECK(pos_of(s1, ".") == ".");
  CHECK(lemma_of(s1, "brokered") == "broker");

  auto s2 = tagged("The ceasefire was brokered by Qatar and backed by the United States.");
  CHECK(pos_of(s2, "was") == "VBD");
  CHECK(pos_of(s2, "brokered") == "VBN");
  CHECK(pos_of(s2, "backed") == "VBN");
  CHECK(pos_of(s2, "Qatar") == "NNP");
  CHECK(lemma_of(s2, "was") == "be");
  CHECK(lemma_of(s2, "backed") == "back");

  auto s3 = tagged(
      "Peace talks between the Colombian government and the ELN rebels resumed "
      "in Havana.");
  CHECK(pos_of(s3, "talks") == "NNS");
  CHECK(pos_of(s3, "Peace") == "NN");
  CHECK(pos_of(s3, "Colombian") == "JJ");
  CHECK(pos_of(s3, "ELN") == "NNP");
  CHECK(pos_of(s3, "rebels") == "NNS");
  CHECK(pos_of(s3, "resumed") == "VBD");
  CHECK(lemma_of(s3, "talks") == "talk");

  auto s4 = tagged("Sudan says it backs the African Union plan and has sought more aid.");
  CHECK(pos_of(s4, "says") == "VBZ");
  CHECK(pos_of(s4, "backs") == "VBZ");
  CHECK(pos_of(s4, "Union") == "NNP");
  CHECK(pos_of(s4, "sought") == "VBN");
  CHECK(lemma_of(s4, "sought") == "seek");
  CHECK(lemma_of(s4, "backs") == "back");

  auto s5 = tagged("Rebels who had attacked the town withdrew after Kenyan troops arrived.");
  CHECK(pos_of(s5, "Rebels") == "NNS");  // sentence-initial capital, common noun
  CHECK(pos_of(s5, "who") == "WP");
  CHECK(pos_of(s5, "attacked") == "VBN");
  CHECK(pos_of(s5, "withdrew") == "VBD");
  CHECK(pos_of(s5, "Kenyan") == "JJ");
  CHECK(pos_of(s5, "arrived") == "VBD");
  CHECK(lemma_of(s5, "withdrew") == "withdraw");

  auto s6 = tagged(
      "Envoy Ramtane Lamamra met Ethiopian officials and held talks in the "
      "countries they led.");
  CHECK(pos_of(s6, "Lamamra") == "NNP");  // unknown name
  CHECK(pos_of(s6, "met") == "VBD");
  CHECK(pos_of(s6, "held") == "VBD");
  CHECK(lemma_of(s6, "met") == "meet");
  CHECK(lemma_of(s6, "held") == "hold");
  CHECK(lemma_of(s6, "countries") == "country");
  CHECK(lemma_of(s6, "led") == "lead");
  CHECK(lemma_of(s6, "Lamamra") == "lamamra");
}

TEST_CASE("unknown words get shape-based tags", "[tagger]") {
  auto s = tagged(
      "The Saudi-backed coalition, headed by Gen. Zorbakov, has been pummeling "
      "Houthi positions since 2015, firing 1,200 shells at the Blarvistan border "
      "zones quickly.");
  CHECK(pos_of(s, "Saudi-backed") == "JJ");
  CHECK(pos_of(s, "Zorbakov") == "NNP");
  CHECK(pos_of(s, "pummeling") == "VBG");
  CHECK(pos_of(s, "2015") == "CD");
  CHECK(pos_of(s, "1,200") == "CD");
  CHECK(pos_of(s, "Blarvistan") == "NNP");
  CHECK(pos_of(s, "quickly") == "RB");
  CHECK(pos_of(s, "has") == "VBZ");
  CHECK(pos_of(s, "been") == "VBN");
  CHECK(pos_of(s, ",") == ",");
}

TEST_CASE("punctuation, possessives and clitics get Penn tags", "[tagger]") {
  auto s = tagged(
      "\"We don't accept it,\" Ghana's minister said (in Accra) of the rebels' "
      "$5 demand: \xE2\x80\x9Cnever\xE2\x80\x9D -- or later.");
  CHECK(pos_of(s, "\"", 0) == "``");
  CHECK(pos_of(s, "\"", 1) == "''");
  CHECK(pos_of(s, "n't") == "RB");
  CHECK(lemma_of(s, "n't") == "not");
  CHECK(pos_of(s, "do") == "VBP");
  CHECK(pos_of(s, "'s") == "POS");
  CHECK(pos_of(s, "'") == "POS");
  CHECK(pos_of(s, "(") == "-LRB-");
  CHECK(pos_of(s, ")") == "-RRB-");
  CHECK(pos_of(s, "$") == "$");
  CHECK(pos_of(s, "5") == "CD");
  CHECK(pos_of(s, ":") == ":");
  CHECK(pos_of(s, "\xE2\x80\x9C") == "``");
  CHECK(pos_of(s, "\xE2\x80\x9D") == "''");
  CHECK(pos_of(s, "--") == ":");
  CHECK(pos_of(s, "of") == "IN");
  CHECK(pos_of(s, "said") == "VBD");

  auto p = tagged("Her aides said his party backed her and whose plan failed.");
  CHECK(pos_of(p, "Her") == "PRP$");
  CHECK(pos_of(p, "his") == "PRP$");
  CHECK(pos_of(p, "her") == "PRP");
  CHECK(pos_of(p, "whose") == "WP$");
}

TEST_CASE("capitals: sentence start, mid-sentence names, title-case headlines", "[tagger]") {
  auto a = tagged("Turkey backs the plan, and turkey is served in Ankara.");
  CHECK(pos_of(a, "Turkey") == "NNP");
  CHECK(pos_of(a, "turkey") == "NN");
  auto b = tagged("Talks resumed after the US and the UN Security Council intervened.");
  CHECK(pos_of(b, "Talks") == "NNS");
  CHECK(pos_of(b, "US") == "NNP");
  CHECK(pos_of(b, "Security") == "NNP");
  CHECK(pos_of(b, "Council") == "NNP");
  auto h = tagged("Ceasefire Talks Collapse As Fighting Resumes In Sudan", BlockKind::headline);
  CHECK(pos_of(h, "Sudan") == "NNP");
  CHECK(pos_of(h, "In") == "IN");
  CHECK(pos_of(h, "Talks") == "NNS");
}

TEST_CASE("every token gets an upper-case Penn tag and a lower-case lemma", "[tagger]") {
  auto s = tagged(
      "The Norwegian-brokered deal, signed at 10 a.m. in Oslo by Mr. Vance's "
      "team, ended a six-year war \xE2\x80\x94 officials said.");
  for (const auto& t : s.tokens) {
    INFO(t.text);
    REQUIRE_FALSE(t.pos.empty());
    REQUIRE_FALSE(t.lemma.empty());
    for (char c : t.pos) CHECK_FALSE(std::islower(static_cast<unsigned char>(c)));
    for (char c : t.lemma) CHECK_FALSE(std::isupper(static_cast<unsigned char>(c)));
    CHECK(t.pos != "PUNC");
    CHECK(t.pos != "OF");
    CHECK(t.pos != "1");
  }
  CHECK(pos_of(s, "\xE2\x80\x94") == ":");
  // Tagging is deterministic and idempotent.
  auto again = s;
  Tagger::builtin().tag(again);
  CHECK(again == s);
}

TEST_CASE("empty and single-token sentences", "[tagger]") {
  Sentence empty;
  Tagger::builtin().tag(empty);
  CHECK(empty.tokens.empty());
  auto one = tagged("Reuters");
  CHECK(one.tokens[0].pos == "NNP");
  auto dot = tagged("...");
  CHECK(dot.tokens[0].pos == ":");
}

TEST_CASE("a 10,000-token sentence is tagged in one linear pass", "[tagger]") {
  std::string text;
  const char* words[] = {"the",       "envoy", "met",  "rebels", "and", "Kenyan",
                         "officials", "in",    "Oslo", ",",      "who", "backed"};
  for (int i = 0; i < 10000; ++i) {
    text += words[i % 12];
    text += ' ';
  }
  TextBlock b{0, text.size(), BlockKind::body};
  auto ss = actorgraph::segment(text, std::span(&b, 1));
  // The segmenter cuts runs longer than 1,000 tokens; the tagger must still cope
  // with one long sentence handed to it directly, so the pieces are joined back.
  REQUIRE(ss.size() > 1);
  for (std::size_t k = 1; k < ss.size(); ++k)
    ss[0].tokens.insert(ss[0].tokens.end(), ss[k].tokens.begin(), ss[k].tokens.end());
  ss.resize(1);
  REQUIRE(ss[0].tokens.size() == 10000);
  Tagger::builtin().tag(ss[0]);
  int met_vbd = 0;
  for (std::size_t i = 0; i < ss[0].tokens.size(); ++i) {
    REQUIRE_FALSE(ss[0].tokens[i].pos.empty());
    if (ss[0].tokens[i].text == "met" && is_verb(ss[0].tokens[i].pos)) ++met_vbd;
  }
  CHECK(met_vbd > 800);  // 834 occurrences of "met": almost all read as verbs
}

TEST_CASE("accuracy on hand-tagged news sentences", "[tagger]") {
  // Sentences written for this test, tagged by hand with Penn Treebank conventions.
  struct Gold {
    const char* text;
    std::vector<std::string> tags;
  };
  const std::vector<Gold> gold{
      {"The Ethiopian government and Tigrayan forces signed a peace deal in Pretoria on "
       "Wednesday.",
       {"DT", "JJ", "NN", "CC", "JJ", "NNS", "VBD", "DT", "NN", "NN", "IN", "NNP", "IN", "NNP",
        "."}},
      {"African Union envoy Olusegun Obasanjo, who brokered the talks, said both sides had "
       "agreed to disarm.",
       {"NNP", "NNP", "NN", "NNP", "NNP", ",", "WP", "VBD", "DT", "NNS", ",", "VBD", "DT", "NNS",
        "VBD", "VBN", "TO", "VB", "."}},
      {"Kenya's president urged the rebels to return to the table.",
       {"NNP", "POS", "NN", "VBD", "DT", "NNS", "TO", "VB", "TO", "DT", "NN", "."}},
      {"Clashes resumed after a fragile ceasefire collapsed last month.",
       {"NNS", "VBD", "IN", "DT", "JJ", "NN", "VBD", "JJ", "NN", "."}},
      {"The United Nations has called for an immediate end to the violence.",
       {"DT", "NNP", "NNPS", "VBZ", "VBN", "IN", "DT", "JJ", "NN", "TO", "DT", "NN", "."}},
      {"Qatar, which hosts the Taliban's political office, is mediating between the two "
       "parties.",
       {"NNP", ",", "WDT", "VBZ", "DT", "NNP", "POS", "JJ", "NN", ",", "VBZ", "VBG", "IN", "DT",
        "CD", "NNS", "."}},
      {"Officials said more than 200 people were killed in the attacks.",
       {"NNS", "VBD", "JJR", "IN", "CD", "NNS", "VBD", "VBN", "IN", "DT", "NNS", "."}},
      {"Turkish-backed rebels seized three villages near the border with Iraq.",
       {"JJ", "NNS", "VBD", "CD", "NNS", "IN", "DT", "NN", "IN", "NNP", "."}},
      {"\"We will not negotiate under fire,\" the Malian foreign minister told reporters.",
       {"``", "PRP", "MD", "RB", "VB", "IN", "NN", ",", "''", "DT", "JJ", "JJ", "NN", "VBD", "NNS",
        "."}},
      {"Brazil and Norway are expected to host the next round in Oslo.",
       {"NNP", "CC", "NNP", "VBP", "VBN", "TO", "VB", "DT", "JJ", "NN", "IN", "NNP", "."}},
  };
  std::size_t total = 0, correct = 0;
  for (const auto& g : gold) {
    auto s = tagged(g.text);
    REQUIRE(s.tokens.size() == g.tags.size());
    for (std::size_t i = 0; i < g.tags.size(); ++i) {
      ++total;
      if (s.tokens[i].pos == g.tags[i])
        ++correct;
      else
        UNSCOPED_INFO(s.tokens[i].text << ": " << s.tokens[i].pos << " (gold " << g.tags[i] << ")");
    }
  }
  double accuracy = static_cast<double>(correct) / static_cast<double>(total);
  INFO("accuracy " << correct << "/" << total);
  CHECK(accuracy >= 0.95);
}
