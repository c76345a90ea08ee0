// The shallow syntactic layer on sentences written for the tests.
#include <catch2/catch.hpp>

#include <string>

#include "syntax/chunker.hpp"
#include "mention_test_support.hpp"

using namespace actorgraph;
using namespace actorgraph::test;

namespace {

struct Chunked {
  std::string text;
  Sentence sentence;
  Chunks chunks;
  std::string words(std::size_t b, std::size_t e) const {
    std::string out;
    for (std::size_t k = b; k < e; ++k) out += (k > b ? " " : "") + sentence.tokens[k].text;
    return out;
  }
  /// The verb group whose main verb has this surface.
  const VerbGroup* verb(std::string_view main) const {
    for (const auto& v : chunks.verbs)
      if (sentence.tokens[v.main].text == main) return &v;
    return nullptr;
  }
  const NounGroup* noun(std::string_view head) const {
    for (const auto& g : chunks.nouns)
      if (sentence.tokens[g.head].text == head) return &g;
    return nullptr;
  }
  bool has_clause(ClauseKind kind) const {
    for (const auto& c : chunks.clauses)
      if (c.kind == kind) return true;
    return false;
  }
};

Chunked run(std::string text) {
  Chunked c;
  c.text = std::move(text);
  auto sentences = prepare(c.text);
  REQUIRE(!sentences.empty());
  c.sentence = sentences.front();
  c.chunks = chunk(c.sentence);
  return c;
}

}  // namespace

TEST_CASE("verb groups: tense, voice, negation, modality", "[chunker]") {
  auto a = run("The truce was brokered by Egypt.");
  const auto* v = a.verb("brokered");
  REQUIRE(v);
  CHECK(v->lemma == "broker");
  CHECK(v->voice == Voice::passive);
  CHECK(v->tense == Tense::past);
  CHECK_FALSE(v->negated);
  CHECK(v->modality == Modality::none);
  CHECK(a.words(v->begin, v->end) == "was brokered");

  auto b = run("New talks are being held in Doha.");
  REQUIRE(b.verb("held"));
  CHECK(b.verb("held")->voice == Voice::passive);
  CHECK(b.verb("held")->tense == Tense::present);

  auto c = run("Kenya would not send a delegation.");
  REQUIRE(c.verb("send"));
  CHECK(c.verb("send")->negated);
  CHECK(c.verb("send")->modality == Modality::hypothetical);
  CHECK(c.verb("send")->voice == Voice::active);

  // A forecast is not a fact (is expected/likely to); a decision or timetable is (agreed/due to).
  auto d = run("Norway is expected to host the next round.");
  REQUIRE(d.verb("host"));
  CHECK(d.verb("host")->modality == Modality::intended);
  CHECK(d.verb("host")->tense == Tense::future);
  CHECK(d.verb("host")->voice == Voice::active);
  CHECK_FALSE(d.verb("host")->negated);

  auto e = run("Ethiopia must stop backing the rebels.");
  REQUIRE(e.verb("backing"));
  CHECK(e.verb("backing")->negated);
  CHECK(e.verb("backing")->modality == Modality::demanded);

  auto f = run("Rwanda refused to attend the summit.");
  REQUIRE(f.verb("attend"));
  CHECK(f.verb("attend")->negated);

  auto g = run("Chile plans to attend the summit.");
  REQUIRE(g.verb("attend"));
  CHECK(g.verb("attend")->modality == Modality::intended);

  auto h = run("Sudan no longer backs the rebels.");
  REQUIRE(h.verb("backs"));
  CHECK(h.verb("backs")->negated);

  auto d2 = run("Norway agreed to host the next round.");
  REQUIRE(d2.verb("host"));
  CHECK(d2.verb("host")->modality == Modality::scheduled);
  auto d3 = run("Norway is likely to host the next round.");
  REQUIRE(d3.verb("host"));
  CHECK(d3.verb("host")->modality == Modality::intended);
  auto d4 = run("Norway is due to host the next round.");
  REQUIRE(d4.verb("host"));
  CHECK(d4.verb("host")->modality == Modality::scheduled);

  auto i = run("Peru will attend the summit.");
  REQUIRE(i.verb("attend"));
  CHECK(i.verb("attend")->tense == Tense::future);
  CHECK(i.verb("attend")->modality == Modality::scheduled);

  auto j = run("The council urged Eritrea to attend the summit.");
  REQUIRE(j.verb("attend"));
  CHECK(j.verb("attend")->modality == Modality::demanded);
  REQUIRE(j.verb("urged"));
  CHECK(j.verb("urged")->modality == Modality::none);

  auto k = run("The rebels pulled out of the talks.");
  REQUIRE(k.verb("pulled"));
  CHECK(k.verb("pulled")->particle != kNoToken);
}

TEST_CASE("noun groups: head, determiner, possessor, coordination", "[chunker]") {
  auto a = run("Colombia's chief negotiator and the Norwegian delegation arrived.");
  const auto* g = a.noun("negotiator");
  REQUIRE(g);
  REQUIRE(g->possessor_begin != kNoToken);
  CHECK(a.words(g->possessor_begin, g->possessor_end) == "Colombia");
  CHECK(g->determiner == kNoToken);
  CHECK(g->next_conjunct != kNoToken);
  const auto* h = a.noun("delegation");
  REQUIRE(h);
  REQUIRE(h->determiner != kNoToken);
  CHECK(a.sentence.tokens[h->determiner].text == "the");
  CHECK(a.words(h->begin, h->end) == "the Norwegian delegation");

  // A time expression after a name is its own group.
  auto b = run("The truce was brokered by Qatar late last month.");
  const auto* q = b.noun("Qatar");
  REQUIRE(q);
  CHECK(q->end == q->head + 1);

  // A participle between a determiner and a noun modifies the noun.
  auto c = run("Iran backs the ruling party.");
  const auto* p = c.noun("party");
  REQUIRE(p);
  CHECK(c.words(p->begin, p->end) == "the ruling party");
}

TEST_CASE("clauses: relative, reduced, absolute, conditional, subordinate", "[chunker]") {
  CHECK(run("Germany, which backs Ukraine, agreed.").has_clause(ClauseKind::relative));
  CHECK(run("Talks brokered by Qatar resumed.").has_clause(ClauseKind::reduced));
  CHECK(
      run("The war continued, with Iran supporting the Houthis.").has_clause(ClauseKind::absolute));
  auto c = run("Chad will attend if Niger attends.");
  CHECK(c.has_clause(ClauseKind::conditional));
  REQUIRE(c.verb("attends"));
  CHECK(c.verb("attends")->modality == Modality::hypothetical);
  CHECK(run("The truce held after the rebels withdrew.").has_clause(ClauseKind::subordinate));
  // "after" before a noun phrase is a preposition, not a clause.
  CHECK_FALSE(run("The truce held after a rough first day.").has_clause(ClauseKind::subordinate));
  // The innermost clause of a token.
  auto r = run("Germany, which backs Ukraine, agreed.");
  const auto* v = r.verb("backs");
  REQUIRE(v);
  CHECK(r.chunks.clauses[r.chunks.clause_of(v->main)].kind == ClauseKind::relative);
  const auto* m = r.verb("agreed");
  REQUIRE(m);
  CHECK(r.chunks.clauses[r.chunks.clause_of(m->main)].kind == ClauseKind::main);
}

TEST_CASE("chunker is total: empty and odd sentences", "[chunker]") {
  Sentence empty;
  auto e = chunk(empty);
  CHECK(e.nouns.empty());
  CHECK(e.verbs.empty());
  CHECK(e.clauses.empty());
  Sentence odd;
  for (const char* pos : {"TO", "MD", "RB", "POS", "WDT", ",", "VBN", "IN"}) {
    Token t;
    t.text = t.norm = t.lemma = "x";
    t.pos = pos;
    odd.tokens.push_back(t);
  }
  CHECK_NOTHROW(chunk(odd));
  auto o = chunk(odd);
  CHECK(o.noun_at.size() == odd.tokens.size());
  CHECK(o.verb_at.size() == odd.tokens.size());
}

// ---- Penn tags as an enum (penn_tag.hpp): the rules' integer tests must say
// what the string tests they replaced said, for any string ----

#include "syntax/penn_tag.hpp"

TEST_CASE("Penn tags: every listed tag has its own value", "[chunker][penn]") {
  using detail::Penn;
  constexpr auto first = static_cast<std::size_t>(Penn::CC);
  for (std::size_t k = first; k <= static_cast<std::size_t>(Penn::close_quote); ++k) {
    const auto name = detail::kPennNames[k - first];
    INFO(std::string(name));
    CHECK(detail::penn_of(name) == static_cast<Penn>(k));
  }
  CHECK(detail::penn_of("PRP$") == Penn::PRP_poss);
  CHECK(detail::penn_of("WP$") == Penn::WP_poss);
  CHECK(detail::penn_of("``") == Penn::open_quote);
  CHECK(detail::penn_of("''") == Penn::close_quote);
  CHECK(detail::penn_of("") == Penn::other);
  CHECK(detail::penn_of(",") == Penn::other);
  CHECK(detail::penn_of("nn") == Penn::other);                         // tags are case-sensitive
  CHECK(detail::penn_of(std::string_view("\0NN", 3)) == Penn::other);  // no key collision
  CHECK(detail::penn_of("NNPSX") == Penn::other_noun);                 // longer than any key
  CHECK(detail::penn_of("VBX") == Penn::other_verb);
  CHECK(detail::penn_of("JJ$") == Penn::other_adj);
}

TEST_CASE("Penn tag families agree with the string prefixes", "[chunker][penn]") {
  std::vector<std::string> tags(detail::kPennNames.begin(), detail::kPennNames.end());
  for (const char* extra : {"",   "N",      "NN", "NNX", "NNPSS", "J",  "JJQ", "V",  "VBX", "VBDZ",
                            "MD", "-NONE-", "$",  ".",   "X",     "nn", "jj",  "vb", "NN ", " NN"})
    tags.emplace_back(extra);
  // Every two-letter string over the letters of the tags, with and without a third.
  const std::string letters = "BCDGJMNPRSVXZ$'`";
  for (char a : letters)
    for (char b : letters) {
      tags.push_back({a, b});
      for (char c : letters) tags.push_back({a, b, c});
    }
  for (const auto& t : tags) {
    INFO(t);
    const auto p = detail::penn_of(t);
    CHECK(detail::is_noun(p) == t.starts_with("NN"));
    CHECK(detail::is_adj(p) == t.starts_with("JJ"));
    CHECK(detail::is_verb(p) == t.starts_with("VB"));
    // A value of its own means exactly that string.
    if (p != detail::Penn::other && p != detail::Penn::other_noun && p != detail::Penn::other_adj &&
        p != detail::Penn::other_verb)
      CHECK(detail::kPennNames[static_cast<std::size_t>(p) -
                               static_cast<std::size_t>(detail::Penn::CC)] == t);
  }
}

TEST_CASE("mended tags and clause markers read through the fast paths", "[chunker]") {
  // A mended tag (VBD -> VBN before "by") must drive the passive reading.
  auto a = run("Talks brokered by Russia resumed in Astana.");
  REQUIRE(a.chunks.tags.size() == a.sentence.tokens.size());
  CHECK(a.chunks.tags[1] == "VBN");
  // Every kind of clause marker, in capitals too (the markers compare lower case).
  auto b = run("Turkey, Which backs the rebels, said IF Russia agreed, the talks would start.");
  CHECK(b.has_clause(ClauseKind::relative));
  CHECK(b.has_clause(ClauseKind::conditional));
  auto c = run("The envoys left BECAUSE the talks had collapsed.");
  CHECK(c.has_clause(ClauseKind::subordinate));
  auto d = run("The UN urged that Kenya stop the raids.");
  CHECK(d.has_clause(ClauseKind::complement));
  auto e = run("With Moscow backing Assad, the talks began.");
  CHECK(e.has_clause(ClauseKind::absolute));
}
