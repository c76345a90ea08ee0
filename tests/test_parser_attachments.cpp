// The committed model on sentences written for these tests (not from any treebank):
// the constructions the relation rules depend on, checked by hand.
#include <catch2/catch.hpp>

#include "actorgraph/conllu.hpp"
#include "actorgraph/dependency_tree.hpp"
#include "actorgraph/parser.hpp"
#include "test_support.hpp"
#include "text/segmenter.hpp"

using namespace actorgraph;

namespace {

struct Parsed {
  Sentence sentence;
  int at(std::string_view word) const {
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
      if (sentence.tokens[i].text == word) return static_cast<int>(i);
    }
    FAIL("no token '" << word << "'");
    return -1;
  }
  // "dependent -relation-> head" holds.
  bool arc(std::string_view dependent, std::string_view relation, std::string_view head) const {
    const auto& t = sentence.tokens[static_cast<std::size_t>(at(dependent))];
    const bool ok = t.deprel == relation && (head.empty() ? t.head == -1 : t.head == at(head));
    if (!ok) {
      UNSCOPED_INFO(dependent << ": " << t.deprel << " of "
                              << (t.head < 0
                                      ? std::string("ROOT")
                                      : sentence.tokens[static_cast<std::size_t>(t.head)].text)
                              << " (expected " << relation << " of "
                              << (head.empty() ? "ROOT" : head) << ")");
    }
    return ok;
  }
};

Parsed parse(const std::string& text) {
  const TextBlock block{0, text.size(), BlockKind::body};
  auto sentences = segment(text, std::span(&block, 1));
  REQUIRE(sentences.size() == 1);
  Parsed p{std::move(sentences[0])};
  DependencyParser::builtin().parse(p.sentence);
  return p;
}

}  // namespace

TEST_CASE("parser: passive with an agent", "[parser][attachments]") {
  const auto p = parse("The ceasefire was brokered by Norway on Sunday.");
  CHECK(p.arc("brokered", "root", ""));
  CHECK(p.arc("ceasefire", "nsubj:pass", "brokered"));
  CHECK(p.arc("was", "aux:pass", "brokered"));
  CHECK(p.arc("Norway", "obl:agent", "brokered"));
  CHECK(p.arc("by", "case", "Norway"));
}

TEST_CASE("parser: tagging alone gives the parser's tags, Penn tags and lemmas",
          "[parser][tagger]") {
  const std::string text = "The truce was brokered by Norway and the rebels' envoys signed it.";
  const TextBlock block{0, text.size(), BlockKind::body};
  auto sentences = segment(text, std::span(&block, 1));
  REQUIRE(sentences.size() == 1);
  Sentence tagged = sentences[0];
  DependencyParser::builtin().tag(tagged);
  Sentence parsed = sentences[0];
  DependencyParser::builtin().parse(parsed, true);
  const auto find = [&](std::string_view word) -> const Token& {
    for (const auto& t : tagged.tokens) {
      if (t.text == word) return t;
    }
    FAIL("no token '" << word << "'");
    return tagged.tokens.front();
  };
  CHECK(find("brokered").pos == "VBN");
  CHECK(find("brokered").upos == "VERB");
  CHECK(find("brokered").lemma == "broker");
  CHECK(find("envoys").lemma == "envoy");
  CHECK(find("signed").pos == "VBD");
  CHECK(find("signed").lemma == "sign");
  CHECK(find("Norway").upos == "PROPN");
  CHECK(find(".").upos == "PUNCT");
  CHECK(find(".").lemma == ".");
  for (std::size_t i = 0; i < tagged.tokens.size(); ++i) {
    CHECK(tagged.tokens[i].pos == parsed.tokens[i].pos);
    CHECK(tagged.tokens[i].upos == parsed.tokens[i].upos);
    CHECK(tagged.tokens[i].head == -1);  // not parsed
  }
}

TEST_CASE("parser: a relative clause with an object gap", "[parser][attachments]") {
  const auto p = parse("The accord that Chile drafted was signed in Geneva.");
  CHECK(p.arc("signed", "root", ""));
  CHECK(p.arc("accord", "nsubj:pass", "signed"));
  CHECK(p.arc("drafted", "acl:relcl", "accord"));
  CHECK(p.arc("Chile", "nsubj", "drafted"));
  CHECK(p.sentence.tokens[static_cast<std::size_t>(p.at("that"))].head == p.at("drafted"));
}

TEST_CASE("parser: coordinated verbs sharing a subject", "[parser][attachments]") {
  const auto p = parse("The ministers met in Lima on Friday and condemned the attack.");
  CHECK(p.arc("met", "root", ""));
  CHECK(p.arc("ministers", "nsubj", "met"));
  CHECK(p.arc("condemned", "conj", "met"));
  CHECK(p.arc("and", "cc", "condemned"));
  CHECK(p.arc("attack", "obj", "condemned"));
  CHECK(p.arc("Lima", "obl", "met"));
}

TEST_CASE("parser: an apposition after a possessive title", "[parser][attachments]") {
  const auto p = parse("Peru's foreign minister, Ana Torres, arrived in Quito.");
  CHECK(p.arc("arrived", "root", ""));
  CHECK(p.arc("minister", "nsubj", "arrived"));
  CHECK(p.arc("Peru", "nmod:poss", "minister"));
  // The name is the minister's apposition; inside it EWT has "Torres" flat under
  // "Ana", which the model may render as compound under "Torres": either way the
  // apposition's subtree is the whole name.
  const auto& tokens = p.sentence.tokens;
  int appos = -1;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].deprel == "appos") appos = static_cast<int>(i);
  }
  REQUIRE(appos >= 0);
  CHECK(tokens[static_cast<std::size_t>(appos)].head == p.at("minister"));
  const DependencyTree tree(p.sentence.tokens);
  const auto span = tree.subtree_span(static_cast<std::size_t>(appos));
  // The name (and the commas around it, if attached inside), nothing of the clause.
  CHECK(span.first <= static_cast<std::size_t>(p.at("Ana")));
  CHECK(span.first > static_cast<std::size_t>(p.at("minister")));
  CHECK(span.second > static_cast<std::size_t>(p.at("Torres")));
  CHECK(span.second <= static_cast<std::size_t>(p.at("arrived")));
}

TEST_CASE("parser: a control verb and its complement", "[parser][attachments]") {
  const auto p = parse("Officials from Oman helped negotiate the release.");
  CHECK(p.arc("helped", "root", ""));
  CHECK(p.arc("Officials", "nsubj", "helped"));
  CHECK(p.arc("negotiate", "xcomp", "helped"));
  CHECK(p.arc("release", "obj", "negotiate"));
}

// Errors of the committed model, kept visible (reported, not counted as failures):
// when a retrained model gets them right, move them up. docs/parser.md lists them.
TEST_CASE("parser: known errors of the committed model", "[parser][attachments][!mayfail]") {
  const auto p = parse("The talks that Ghana and Kenya helped broker have stalled.");
  CHECK(p.arc("stalled", "root", ""));
  CHECK(p.arc("talks", "nsubj", "stalled"));
  CHECK(p.arc("helped", "acl:relcl", "talks"));
  CHECK(p.arc("broker", "xcomp", "helped"));
  CHECK(p.sentence.tokens[static_cast<std::size_t>(p.at("broker"))].upos == "VERB");
  const auto q = parse("The accord that Chile drafted was signed in Geneva.");
  CHECK(q.arc("that", "obj", "drafted"));
}

TEST_CASE("parser: accuracy on EWT dev", "[parser][shared]") {
  const auto shared = test::shared_dir();
  const auto path = shared / "treebanks" / "UD_English-EWT" / "en_ewt-ud-dev.conllu";
  if (shared.empty() || !std::filesystem::exists(path)) {
    WARN("skipping: ../shared/treebanks/UD_English-EWT is absent");
    return;
  }
  const auto gold = conllu::read_file(path.string(), {.require_tree = true});
  const auto scores = DependencyParser::builtin().evaluate(gold);
  INFO("UPOS " << scores.upos << " UAS " << scores.uas << " LAS " << scores.las);
  CHECK(scores.words == 25147);
  // A little below the figures measured for the committed model (docs/parser.md).
  CHECK(scores.upos > 0.95);
  CHECK(scores.uas > 0.835);
  CHECK(scores.las > 0.80);
}
