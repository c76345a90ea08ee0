// The predicate lexicon (lib/data/predicates.json): loading, validation, coverage
// of every relation type, the generator's output being committed, and the general
// words it brings to the chunker rules, on sentences written for the tests with
// positive and negative cases per type.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include "actorgraph/error.hpp"
#include "actorgraph/parser.hpp"
#include "relation_test_support.hpp"
#include "relations/predicate_lexicon.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using namespace actorgraph::test;

namespace {

std::string one(std::string_view fields) {
  return std::string(R"({"predicates": [{)") + std::string(fields) + "}]}";
}

// As the pipeline reads a sentence: tagged, parsed (the dependency patterns read
// the tree), with the event mentions marked by hand.
Extracted extract_parsed(std::string text, const std::vector<EventMark>& events = {}) {
  Extracted x;
  x.analysed = analyse(std::move(text));
  for (auto& s : x.analysed.sentences) DependencyParser::builtin().parse(s);
  for (const auto& e : events) mark_event(x.analysed, e);
  x.document.id = "doc";
  x.document.text = x.analysed.text;
  x.document.date = "2024-03-05";
  x.out =
      extract_relations(x.document, x.analysed.sentences, x.analysed.mentions, Lexicon::builtin());
  return x;
}

}  // namespace

TEST_CASE("predicates: the builtin lexicon loads and reaches all 20 relation types",
          "[predicates]") {
  const auto& lex = PredicateLexicon::builtin();
  CHECK(lex.entries().size() >= 250);
  std::set<std::string> types;
  for (const auto& p : lex.entries()) {
    types.insert(p.relation);
    CHECK_FALSE(p.source.empty());
    CHECK_FALSE(p.target.empty());
    CHECK_FALSE(p.origin.empty());
  }
  for (const char* t : {"member_of",       "leads",   "represents",     "backs",     "opposes",
                        "attends",         "hosts",   "brokered",       "signs",     "meets",
                        "negotiates_with", "invites", "accuses",        "threatens", "attacks",
                        "violates",        "rejects", "withdraws_from", "sanctions", "located_in"})
    CHECK(types.count(t) == 1);
  CHECK(types.size() == 20);
  // Roles and codes as written in the data.
  const auto seize = lex.find("seize");
  REQUIRE(seize.size() == 1);
  CHECK(seize[0].relation == "attacks");
  CHECK(seize[0].cameo == "190");
  CHECK(seize[0].plover == "ASSAULT");
  CHECK(seize[0].origin.starts_with("wordnet:"));
  const auto impose = lex.find("impose sanction");
  REQUIRE(impose.size() == 1);
  REQUIRE(impose[0].target.size() == 2);
  CHECK(impose[0].target[0].role == ArgRole::oblique);
  CHECK(impose[0].target[0].prep == "on");
  CHECK(to_string(impose[0].target[1]) == "oblique:against");
  const auto backed = lex.find("-backed");
  REQUIRE(backed.size() == 1);
  CHECK(backed[0].pos == PredicatePos::compound);
  CHECK(backed[0].source[0].role == ArgRole::modifier);
  CHECK(backed[0].target[0].role == ArgRole::head);
  CHECK(lex.find("no-such-word").empty());
  CHECK(lex.with_head("launch", PredicatePos::verb).size() >= 3);
}

TEST_CASE("predicates: with_head equals a scan of every entry, in entry order", "[predicates]") {
  const auto& lex = PredicateLexicon::builtin();
  auto scan = [&](std::string_view head, PredicatePos pos) {
    std::vector<const Predicate*> out;
    for (const auto& p : lex.entries()) {
      const std::string_view lemma = p.lemma;
      if (p.pos == pos && lemma.substr(0, lemma.find(' ')) == head) out.push_back(&p);
    }
    return out;
  };
  std::set<std::string> heads{"", "no-such-word", "zzzz"};
  for (const auto& p : lex.entries()) {
    const std::string_view lemma = p.lemma;
    heads.emplace(lemma.substr(0, lemma.find(' ')));
    heads.emplace(lemma);  // a whole multiword lemma is no head
  }
  std::size_t nonempty = 0;
  for (const auto& head : heads)
    for (auto pos : {PredicatePos::verb, PredicatePos::noun, PredicatePos::adj,
                     PredicatePos::compound, PredicatePos::prep}) {
      const auto want = scan(head, pos);
      CHECK(lex.with_head(head, pos) == want);
      nonempty += !want.empty();
    }
  CHECK(nonempty > 300);
  // A copy answers from its own entries.
  const PredicateLexicon copy = lex;
  const auto launch = copy.with_head("launch", PredicatePos::verb);
  REQUIRE_FALSE(launch.empty());
  CHECK(launch.front() >= copy.entries().data());
  CHECK(launch.front() < copy.entries().data() + copy.entries().size());
}

TEST_CASE("predicates: validation names the file, the pointer and the field", "[predicates]") {
  auto message = [](std::string_view json) {
    try {
      PredicateLexicon::from_json(json, "my-predicates.json");
    } catch (const ParseError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string ok =
      R"("lemma": "raid", "pos": "verb", "relation": "attacks", "source": ["subject"], "target": ["object"])";
  CHECK(PredicateLexicon::from_json(one(ok), "x").entries().size() == 1);
  auto m = message(one(
      R"("lemma": "raid", "pos": "verb", "relation": "raids", "source": ["subject"], "target": ["object"])"));
  CHECK_THAT(m, Catch::Contains("my-predicates.json: /predicates/0/relation"));
  CHECK_THAT(m, Catch::Contains("attacks"));
  m = message(one(
      R"("lemma": "raid", "pos": "verb", "relation": "attacks", "source": ["subj"], "target": ["object"])"));
  CHECK_THAT(m, Catch::Contains("/predicates/0/source/0"));
  CHECK_THAT(m, Catch::Contains("subj"));
  m = message(
      one(R"("lemma": "raid", "pos": "verb", "relation": "attacks", "target": ["object"])"));
  CHECK_THAT(m, Catch::Contains("missing required field \"source\""));
  m = message(one(ok + R"(, "colour": "red")"));
  CHECK_THAT(m, Catch::Contains("/predicates/0/colour"));
  m = message(one(
      R"("lemma": "Raid", "pos": "verb", "relation": "attacks", "source": ["subject"], "target": ["object"])"));
  CHECK_THAT(m, Catch::Contains("/predicates/0/lemma"));
  m = message(R"({"predicates": [)");
  CHECK_THAT(m, Catch::StartsWith("my-predicates.json:1:"));
  m = message(std::string(R"({"predicates": [{)") + ok + "}, {" + ok + "}]}");
  CHECK_THAT(m, Catch::Contains("duplicate predicate \"raid\""));
  CHECK_THROWS_AS(PredicateLexicon::from_file("/nonexistent/predicates.json"), IoError);
}

TEST_CASE("predicates: the committed file is up to date with its generator", "[predicates]") {
  const std::filesystem::path wordnet = "/usr/share/wordnet/data.verb";
  const std::filesystem::path python = "/usr/bin/python3";
  if (!std::filesystem::exists(wordnet) || !std::filesystem::exists(python)) {
    WARN("skipping: wordnet-base or /usr/bin/python3 is not installed");
    return;
  }
  TempDir dir("predicates-gen");
  const auto out = dir.path() / "predicates.json";
  const std::string command =
      python.string() + " '" +
      (source_dir() / "tools" / "predicates" / "expand_wordnet.py").string() + "' --output '" +
      out.string() + "' 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  // On failure: run /usr/bin/python3 tools/predicates/expand_wordnet.py and commit the result.
  CHECK(read_file(out) == read_file(source_dir() / "lib" / "data" / "predicates.json"));
  // The committed file is what the library embeds.
  const auto from_disk =
      PredicateLexicon::from_file(source_dir() / "lib" / "data" / "predicates.json");
  CHECK(from_disk.entries().size() == PredicateLexicon::builtin().entries().size());
}

// The general words the predicate lexicon brings to the chunker rules: one
// positive and the negative readings per type, on sentences written for the test.
TEST_CASE("predicates: new general words fire through the chunker rules", "[predicates]") {
  struct Case {
    const char* text;
    std::vector<EventMark> events;
    const char* s;
    const char* r;
    const char* t;
  };
  const std::vector<Case> positive = {
      {"Peru captured Bolivia in 1890.", {}, "peru", "attacks", "bolivia"},
      {"Norway bombarded Sweden.", {}, "norway", "attacks", "sweden"},
      {"Chile seized Bolivia last week.", {}, "chile", "attacks", "bolivia"},
      {"The European Union tightened sanctions on Belarus on Monday.",
       {},
       "european-union",
       "sanctions",
       "belarus"},
      {"Canada extended sanctions against Venezuela.", {}, "canada", "sanctions", "venezuela"},
      {"Bolivia repudiated the accord.",
       {{"the accord", "lima-accord"}},
       "bolivia",
       "rejects",
       "lima-accord"},
      {"Chile clinched the accord with Peru.",
       {{"the accord", "lima-accord"}},
       "chile",
       "signs",
       "lima-accord"},
      {"Peru backed out of the accord.",
       {{"the accord", "lima-accord"}},
       "peru",
       "withdraws_from",
       "lima-accord"},
      {"Peru waged war on Chile.", {}, "peru", "opposes", "chile"},
      {"Ecuador denounced Peru.", {}, "ecuador", "accuses", "peru"},
      {"Argentina menaced Chile.", {}, "argentina", "threatens", "chile"},
  };
  for (const auto& c : positive) {
    auto x = extract(c.text, c.events);
    INFO(c.text << "\n" << x.dump());
    CHECK(x.has(c.s, c.r, c.t));
  }
  // Negated, hypothetical and demanded: never facts.
  const std::vector<Case> unasserted = {
      {"Peru did not seize Bolivia.", {}, "peru", "attacks", "bolivia"},
      {"Peru would seize Bolivia.", {}, "peru", "attacks", "bolivia"},
      {"The European Union must reimpose sanctions on Belarus.",
       {},
       "european-union",
       "sanctions",
       "belarus"},
      {"Chile never clinched the accord.",
       {{"the accord", "lima-accord"}},
       "chile",
       "signs",
       "lima-accord"},
  };
  for (const auto& c : unasserted) {
    auto x = extract(c.text, c.events);
    INFO(c.text << "\n" << x.dump());
    CHECK_FALSE(x.has(c.s, c.r, c.t));
    CHECK(x.has_unasserted(c.s, c.r, c.t));
  }
  // Refusing to attend is a boycott (rejects), and no attendance.
  {
    auto r = extract("Norway refused to attend the talks.", {{"the talks", "oslo-talks"}});
    INFO(r.dump());
    CHECK(r.has("norway", "rejects", "oslo-talks"));
    CHECK_FALSE(r.has("norway", "attends", "oslo-talks"));
    auto n = extract("Norway did not refuse to attend the talks.", {{"the talks", "oslo-talks"}});
    INFO(n.dump());
    CHECK_FALSE(n.has("norway", "rejects", "oslo-talks"));
  }
  // Refusing to attend is a boycott (rejects), and no attendance.
  {
    auto r = extract("Norway refused to attend the talks.", {{"the talks", "oslo-talks"}});
    INFO(r.dump());
    CHECK(r.has("norway", "rejects", "oslo-talks"));
    CHECK_FALSE(r.has("norway", "attends", "oslo-talks"));
    auto n = extract("Norway did not refuse to attend the talks.", {{"the talks", "oslo-talks"}});
    INFO(n.dump());
    CHECK_FALSE(n.has("norway", "rejects", "oslo-talks"));
  }
  // Nominal predicates: possessor or name before the noun, target after its preposition.
  {
    auto a = extract("Peruvian airstrikes on Bolivia killed ten people.");
    INFO(a.dump());
    CHECK(a.has("peru", "attacks", "bolivia"));
    auto both = extract("Fresh Peruvian and Chilean airstrikes on Bolivia were reported.");
    INFO(both.dump());
    CHECK(both.has("peru", "attacks", "bolivia"));
    CHECK(both.has("chile", "attacks", "bolivia"));
    CHECK_FALSE(both.has("peru", "attacks", "chile"));
    auto s = extract("Canadian sanctions against Venezuela took effect in May.");
    INFO(s.dump());
    CHECK(s.has("canada", "sanctions", "venezuela"));
    auto c = extract("Chile's accusation against Peru angered officials.");
    INFO(c.dump());
    CHECK(c.has("chile", "accuses", "peru"));
    auto i = extract("Canada threatened sanctions against Venezuela.");
    INFO(i.dump());
    CHECK_FALSE(i.has("canada", "sanctions", "venezuela"));
    auto h = extract("If Peruvian airstrikes on Bolivia resume, Chile will protest.");
    INFO(h.dump());
    CHECK_FALSE(h.has("peru", "attacks", "bolivia"));
    // No source named: nothing.
    auto none = extract("The attack on Bolivia was condemned.");
    INFO(none.dump());
    CHECK(none.out.relations.empty());
  }
  // A reciprocal light verb: each subject threatens/accuses the other; one subject: nothing.
  {
    auto r = extract("Iran and Iraq traded threats on Monday.");
    INFO(r.dump());
    CHECK(r.has("iran", "threatens", "iraq"));
    CHECK(r.has("iraq", "threatens", "iran"));
    auto q = extract("Chile and Peru traded insults and accusations.");
    INFO(q.dump());
    CHECK(q.has("chile", "accuses", "peru"));
    CHECK(q.has("peru", "accuses", "chile"));
    auto n = extract("Chile and Peru traded copper and wheat.");
    INFO(n.dump());
    CHECK(n.out.relations.empty());
    auto h = extract("Chile and Peru would trade threats.");
    INFO(h.dump());
    CHECK_FALSE(h.has("chile", "threatens", "peru"));
  }
  // A reciprocal noun: each side opposes the other; talks stay symmetric.
  {
    auto w = extract("The war between Chile and Bolivia ended in 1884.");
    INFO(w.dump());
    CHECK(w.has("chile", "opposes", "bolivia"));
    CHECK(w.has("bolivia", "opposes", "chile"));
    auto p = extract("The peace between Chile and Bolivia held.");
    INFO(p.dump());
    CHECK_FALSE(p.has("chile", "opposes", "bolivia"));
  }
  // "X and Y" subjects share the verb; they are not related to each other.
  auto x = extract("Canada and Norway tightened sanctions on Belarus.");
  INFO(x.dump());
  CHECK(x.has("canada", "sanctions", "belarus"));
  CHECK(x.has("norway", "sanctions", "belarus"));
  CHECK_FALSE(x.has("canada", "sanctions", "norway"));
  CHECK_FALSE(x.has("canada", "meets", "norway"));
  CHECK_FALSE(x.has("canada", "negotiates_with", "norway"));
}

// The second expansion (docs/relations.md, "predicate lexicon"): whole senses and
// light-verb families, each with positives and the unasserted readings.
TEST_CASE("predicates: expanded senses and light verbs fire with their roles", "[predicates]") {
  struct Case {
    const char* text;
    std::vector<EventMark> events;
    const char* s;
    const char* r;
    const char* t;
  };
  const std::vector<EventMark> accord = {{"the accord", "lima-accord"}};
  const std::vector<Case> positive = {
      // sanctions: the light verbs of "sanction"
      {"Canada maintained sanctions on Venezuela.", {}, "canada", "sanctions", "venezuela"},
      {"Norway renewed sanctions against Belarus.", {}, "norway", "sanctions", "belarus"},
      {"Canada widened its sanctions on Venezuela.", {}, "canada", "sanctions", "venezuela"},
      // accuses: censure.v.01, castigate.v.01, blame
      {"Chile censured Peru on Tuesday.", {}, "chile", "accuses", "peru"},
      {"Bolivia castigated Chile.", {}, "bolivia", "accuses", "chile"},
      {"Peru blamed Chile for the blackout.", {}, "peru", "accuses", "chile"},
      // accusing someone's act is accusing its owner
      {"Bolivia condemned Chile's military action.", {}, "bolivia", "accuses", "chile"},
      // rejects: spurn.v.01, vote against
      {"Norway spurned the accord.", accord, "norway", "rejects", "lima-accord"},
      {"Chile voted against the accord.", accord, "chile", "rejects", "lima-accord"},
      // violates: flout, renege on, the "in ... of" prepositions
      {"Peru reneged on the accord.", accord, "peru", "violates", "lima-accord"},
      {"Bolivia deployed troops in violation of the accord.", accord, "bolivia", "violates",
       "lima-accord"},
      {"Bolivia deployed troops in defiance of the accord.", accord, "bolivia", "violates",
       "lima-accord"},
      // opposes: combat.v.01, clash with, the "P noun P" phrases
      {"Peru clashed with Bolivia.", {}, "peru", "opposes", "bolivia"},
      {"Peru is at war with Bolivia.", {}, "peru", "opposes", "bolivia"},
      {"Chile is backed by Peru in combat with Bolivia.", {}, "chile", "opposes", "bolivia"},
      {"Chile is in talks with Peru.", {}, "chile", "negotiates_with", "peru"},
      // signs: reach / hammer out an agreement
      {"Chile reached the accord with Peru.", accord, "chile", "signs", "lima-accord"},
      // withdraws_from: leave / walk away from
      {"Peru walked away from the accord.", accord, "peru", "withdraws_from", "lima-accord"},
  };
  for (const auto& c : positive) {
    auto x = extract_parsed(c.text, c.events);
    INFO(c.text << "\n" << x.dump());
    CHECK(x.has(c.s, c.r, c.t));
  }
  const std::vector<Case> unasserted = {
      {"Canada did not renew sanctions on Venezuela.", {}, "canada", "sanctions", "venezuela"},
      {"Canada might widen sanctions on Venezuela.", {}, "canada", "sanctions", "venezuela"},
      {"Peru did not blame Chile.", {}, "peru", "accuses", "chile"},
      {"Bolivia did not condemn Chile's military action.", {}, "bolivia", "accuses", "chile"},
      {"Norway would spurn the accord.", accord, "norway", "rejects", "lima-accord"},
      {"Bolivia never deployed troops in violation of the accord.", accord, "bolivia", "violates",
       "lima-accord"},
      {"Chile is not in talks with Peru.", {}, "chile", "negotiates_with", "peru"},
      {"If Peru is at war with Bolivia, Chile will protest.", {}, "peru", "opposes", "bolivia"},
  };
  for (const auto& c : unasserted) {
    auto x = extract_parsed(c.text, c.events);
    INFO(c.text << "\n" << x.dump());
    CHECK_FALSE(x.has(c.s, c.r, c.t));
  }
  // Places are no treaty: leaving a city or reaching it is no relation.
  {
    auto x = extract_parsed("Chile and Peru reached Lima and left Quito.");
    INFO(x.dump());
    CHECK_FALSE(x.has("chile", "signs", "lima"));
    CHECK_FALSE(x.has("peru", "withdraws_from", "quito"));
    CHECK_FALSE(x.has("chile", "opposes", "peru"));
  }
  // "X and Y" subjects share the verb; they are not related to each other.
  {
    auto x = extract_parsed("Canada and Norway maintained sanctions on Belarus.");
    INFO(x.dump());
    CHECK(x.has("canada", "sanctions", "belarus"));
    CHECK(x.has("norway", "sanctions", "belarus"));
    CHECK_FALSE(x.has("canada", "sanctions", "norway"));
  }
  // The predicate's CAMEO code rides in the rule id (every export shows it).
  {
    auto x = extract_parsed("Peru launched airstrikes on Bolivia.");
    INFO(x.dump());
    const Relation* r = x.find("peru", "attacks", "bolivia");
    REQUIRE(r);
    CHECK(std::any_of(r->evidence.begin(), r->evidence.end(), [](const Evidence& e) {
      return e.rule.find(";cameo=195") != std::string::npos;
    }));
  }
}

// Light verbs of attacking and accusing ("engaged Y in a firefight", "launched rockets
// at Y", "presented evidence against Y") and a claim of a hostile act as an accusation.
TEST_CASE("predicates: light verbs of fighting and accusing, claims of an attack",
          "[predicates][pred2]") {
  struct Case {
    const char* text;
    const char* s;
    const char* r;
    const char* t;
  };
  const std::vector<Case> positive = {
      {"Bolivia engaged Peru in a firefight near the border.", "bolivia", "attacks", "peru"},
      {"Bolivian rebels engaged Peruvian soldiers in a gun battle on Sunday.",
       "bolivian-opposition", "attacks", "peru-government"},
      {"Peru launched rockets at Bolivia.", "peru", "attacks", "bolivia"},
      {"Chile fired missiles into Bolivia overnight.", "chile", "attacks", "bolivia"},
      {"Peru presented evidence against Bolivia.", "peru", "accuses", "bolivia"},
      {"Chile filed a complaint against Peru.", "chile", "accuses", "peru"},
      // the passive of a light verb: the target hangs off its noun
      {"Evidence against Bolivia was presented by Peru.", "peru", "accuses", "bolivia"},
      {"Sanctions on Chile were imposed by Peru.", "peru", "sanctions", "chile"},
      {"Peru claimed that Bolivia had attacked Chile.", "peru", "accuses", "bolivia"},
      {"Chile alleged that Peru had shelled Lima.", "chile", "accuses", "peru"},
      // a part of a place stands for the place ("partitive_heads")
      {"Bolivia shelled a government-held part of Lima overnight.", "bolivia", "attacks", "lima"},
  };
  for (const auto& c : positive) {
    auto x = extract_parsed(c.text);
    INFO(c.text << "\n" << x.dump());
    CHECK(x.has(c.s, c.r, c.t));
  }
  const std::vector<Case> unasserted = {
      {"Peru did not launch rockets at Bolivia.", "peru", "attacks", "bolivia"},
      {"Bolivia did not shell any part of Lima.", "bolivia", "attacks", "lima"},
      {"Peru might present evidence against Bolivia.", "peru", "accuses", "bolivia"},
      {"Sanctions on Chile were not imposed by Peru.", "peru", "sanctions", "chile"},
      {"Peru did not claim that Bolivia had attacked Chile.", "peru", "accuses", "bolivia"},
      {"Peru claimed that Bolivia had not attacked Chile.", "peru", "accuses", "bolivia"},
      {"Peru claimed that Bolivia would attack Chile.", "peru", "accuses", "bolivia"},
      // reporting is not claiming: a monitor saying who attacked accuses no one
      {"Peru said that Bolivia had attacked Chile.", "peru", "accuses", "bolivia"},
      // "X and Y" subjects of one claim: neither accuses the other
      {"Peru and Chile claimed that Bolivia had attacked Arica.", "peru", "accuses", "chile"},
  };
  for (const auto& c : unasserted) {
    auto x = extract_parsed(c.text);
    INFO(c.text << "\n" << x.dump());
    CHECK_FALSE(x.has(c.s, c.r, c.t));
  }
}

// A plural apposition after a list describes each member ("X and Y, Z's arch-foes,").
TEST_CASE("predicates: a plural apposition after a list", "[predicates][pred2]") {
  {
    auto x = extract_parsed("Chile and Peru, Bolivia's arch-foes, welcomed the decision.");
    INFO(x.dump());
    CHECK(x.has("chile", "opposes", "bolivia"));
    CHECK(x.has("peru", "opposes", "bolivia"));
    CHECK_FALSE(x.has("chile", "opposes", "peru"));
  }
  {
    auto x = extract_parsed("Chile, Peru and Ecuador, Bolivia's main allies, met in Quito.");
    INFO(x.dump());
    CHECK(x.has("chile", "backs", "bolivia"));
    CHECK(x.has("peru", "backs", "bolivia"));
    CHECK(x.has("ecuador", "backs", "bolivia"));
  }
  {
    // a plural description that is no relation gives none
    auto x = extract_parsed("Chile and Peru, Bolivia's neighbours, welcomed the decision.");
    INFO(x.dump());
    CHECK_FALSE(x.has("chile", "backs", "bolivia"));
    CHECK_FALSE(x.has("chile", "opposes", "bolivia"));
  }
}

// A capital read as the city where the relation needs an actor stands for its state
// ("threats from Lima", "accused Lima of"); attacked or visited, it stays the city.
TEST_CASE("predicates: a capital as the source or target of an act between actors",
          "[predicates][pred2]") {
  {
    auto x = extract_parsed(
        "Bolivia has tested missiles since the agreement, drawing threats from Lima.");
    INFO(x.dump());
    CHECK(x.has("peru", "threatens", "bolivia"));
  }
  {
    auto x = extract_parsed("Chile accused Lima of disowning the rebels.");
    INFO(x.dump());
    CHECK(x.has("chile", "accuses", "peru"));
  }
  {
    auto x = extract_parsed("Chile did not accuse Lima of anything.");
    INFO(x.dump());
    CHECK_FALSE(x.has("chile", "accuses", "peru"));
  }
  {
    auto x = extract_parsed("Bolivia shelled Lima.");
    INFO(x.dump());
    CHECK(x.has("bolivia", "attacks", "lima"));
    CHECK_FALSE(x.has("bolivia", "attacks", "peru"));
  }
  {
    auto x = extract_parsed("Chile's president paid a visit to Lima.");
    INFO(x.dump());
    CHECK_FALSE(x.has("chile", "meets", "peru"));
  }
}

// A hyphen compound in a description set off after a name describes the name ("the
// Unity Council, a Peruvian-backed coalition of ..."), not a list member after it.
TEST_CASE("predicates: a hyphen compound in an apposition", "[predicates][pred2]") {
  {
    auto x = extract_parsed(
        "The Unity Council, a Peruvian-backed coalition of Bolivian opposition groups, issued a "
        "statement.");
    INFO(x.dump());
    CHECK(x.has("peru", "backs", "unity-council"));
  }
  {
    auto x = extract_parsed("Chile, a Peruvian-backed coalition and Bolivia met.");
    INFO(x.dump());
    CHECK_FALSE(x.has("peru", "backs", "chile"));
    CHECK_FALSE(x.has("peru", "backs", "bolivia"));
  }
}

// A day the parser made the head of the name before it ("met with President X Tuesday")
// leaves the name as the argument; an adviser stands for the state that owns him.
TEST_CASE("predicates: a name before a weekday, a state's adviser", "[predicates][pred2]") {
  {
    auto x = extract_parsed(
        "Chile's national security advisor met with Peruvian President Ollanta Humala Tuesday.");
    INFO(x.dump());
    CHECK(x.has("chile", "meets", "ollanta-humala"));
  }
  {
    auto x = extract_parsed("Chile did not meet with President Ollanta Humala Tuesday.");
    INFO(x.dump());
    CHECK_FALSE(x.has("chile", "meets", "ollanta-humala"));
  }
  {
    // "X and Y" subjects meeting a third: not a meeting between them
    auto x = extract_parsed("Chile and Bolivia met with President Ollanta Humala on Tuesday.");
    INFO(x.dump());
    CHECK(x.has("chile", "meets", "ollanta-humala"));
    CHECK_FALSE(x.has("bolivia", "meets", "chile"));
    CHECK_FALSE(x.has("chile", "meets", "bolivia"));
  }
}

// A participle with an object of its own right after a bare plural is that noun's verb
// (VBD misread as VBN), not a reduced passive; peacekeepers stand for their state.
TEST_CASE("predicates: a misread past participle with an object", "[predicates][pred2]") {
  {
    auto x = extract_parsed(
        "Bolivian rebels engaged Peruvian peacekeepers in a firefight on Saturday, officials "
        "said.");
    INFO(x.dump());
    CHECK(x.has("bolivian-opposition", "attacks", "peru"));
  }
  {
    // a real reduced passive keeps its reading
    auto x = extract_parsed("Rebels backed by Peru attacked Bolivia.");
    INFO(x.dump());
    CHECK_FALSE(x.has("bolivian-opposition", "backs", "peru"));
    CHECK_FALSE(x.has("peruvian-opposition", "backs", "peru"));
  }
  {
    auto x = extract_parsed("Bolivian rebels never engaged Peruvian peacekeepers in a firefight.");
    INFO(x.dump());
    CHECK_FALSE(x.has("bolivian-opposition", "attacks", "peru"));
  }
}

// "P1 noun P2" with the P2 phrase hung off the verb ("backed by X in combat with Y" with
// "with Y" an oblique of "backed"): right after the noun it is still the phrase's.
TEST_CASE("predicates: a prepositional predicate whose second phrase the verb took",
          "[predicates][pred2]") {
  {
    auto x = extract_parsed(
        "The Bolivian militia, which controls a swathe of Peru and is backed by Chile in combat "
        "with Ecuadorian troops, was excluded.");
    INFO(x.dump());
    CHECK(x.has("bolivia", "opposes", "ecuador-government"));
    CHECK(x.has("chile", "backs", "bolivia"));
  }
  {
    auto x = extract_parsed("Bolivia joined Peru in the fight against Chile.");
    INFO(x.dump());
    CHECK(x.has("bolivia", "opposes", "chile"));
    CHECK_FALSE(x.has("bolivia", "opposes", "peru"));
  }
  {
    auto x = extract_parsed("Bolivia did not join Peru in the war against Chile.");
    INFO(x.dump());
    CHECK_FALSE(x.has("bolivia", "opposes", "chile"));
  }
  {
    auto x = extract_parsed(
        "The Bolivian militia, which is not backed by Chile in combat with Ecuadorian troops, was "
        "excluded.");
    INFO(x.dump());
    CHECK_FALSE(x.has("bolivia", "opposes", "ecuador-government"));
  }
}

// The next member of a list is no apposition: "in X, Y and Z against allies of W".
TEST_CASE("predicates: a list after a name is no description of it", "[predicates][pred2]") {
  {
    auto x = extract_parsed(
        "Bolivia's allies are fighting proxy wars in Peru, Chile and Ecuador against allies of its "
        "main regional rival, Brazil.");
    INFO(x.dump());
    CHECK_FALSE(x.has("peru", "backs", "chile"));
    CHECK_FALSE(x.has("peru", "backs", "ecuador"));
    CHECK_FALSE(x.has("peru", "backs", "brazil"));
  }
  {
    auto x = extract_parsed("Chile, Peru's main ally, met Bolivia.");
    INFO(x.dump());
    CHECK(x.has("chile", "backs", "peru"));
  }
}

// "X, a staunch supporter of Y's president, NAME,": the name is the president's, not the
// supporter's.
TEST_CASE("predicates: a name after a supporter of someone's role", "[predicates][pred2]") {
  auto x = extract_parsed(
      "Peru, a staunch supporter of Chile's president, Michelle Bachelet, had been pressing "
      "Bolivia.");
  INFO(x.dump());
  CHECK_FALSE(x.has("michelle-bachelet", "backs", "chile"));
  CHECK(x.has("michelle-bachelet", "leads", "chile"));
}

// "fought with X against Y": X is the ally, Y the enemy, also when the parser hangs the
// against-phrase off X; a time clause's gerund is about a passive main clause's subject.
TEST_CASE("predicates: fighting with an ally against an enemy", "[predicates][pred2]") {
  {
    auto x = extract_parsed("Chile fought with Peru against Bolivia.");
    INFO(x.dump());
    CHECK(x.has("chile", "opposes", "bolivia"));
    CHECK_FALSE(x.has("chile", "opposes", "peru"));
  }
  {
    auto x = extract_parsed(
        "Maria Lopez was captured in 2014 while fighting with Peruvian forces against Bolivian "
        "rebels in eastern Peru.");
    INFO(x.dump());
    CHECK(x.has("maria-lopez", "opposes", "bolivian-opposition"));
    CHECK_FALSE(x.has("maria-lopez", "opposes", "peru-government"));
  }
  {
    auto x = extract_parsed("Chile never fought with Peru against Bolivia.");
    INFO(x.dump());
    CHECK_FALSE(x.has("chile", "opposes", "bolivia"));
  }
}

// A vow of a hostile act is a threat; a vow (or threat) to lift sanctions is none.
TEST_CASE("predicates: vowing a hostile act", "[predicates][pred2]") {
  struct Case {
    const char* text;
    bool threat;
  };
  const std::vector<Case> cases = {
      {"Peru vowed to attack Bolivia.", true},
      {"Peru vowed to impose sanctions on Bolivia.", true},
      {"Peru did not vow to attack Bolivia.", false},
      {"Peru vowed to lift sanctions on Bolivia.", false},
      {"Peru vowed to help Bolivia.", false},
  };
  for (const auto& c : cases) {
    auto x = extract_parsed(c.text);
    INFO(c.text << "\n" << x.dump());
    CHECK(x.has("peru", "threatens", "bolivia") == c.threat);
    CHECK_FALSE(x.has("peru", "attacks", "bolivia"));
  }
}

// An attempted assault is an assault ("tried to capture Y"), unless the attempt itself
// is negated or hypothetical, or the act is negated.
TEST_CASE("predicates: an attempted attack", "[predicates][pred2]") {
  struct Case {
    const char* text;
    bool attack;
  };
  const std::vector<Case> cases = {
      {"Peru tried to capture Quito.", true},        {"Peru attempted to seize Quito.", true},
      {"Peru did not try to capture Quito.", false}, {"Peru tried not to attack Quito.", false},
      {"Peru might try to capture Quito.", false},   {"Peru tried to help Quito.", false},
  };
  for (const auto& c : cases) {
    auto x = extract_parsed(c.text);
    INFO(c.text << "\n" << x.dump());
    CHECK(x.has("peru", "attacks", "quito") == c.attack);
  }
  {
    auto x = extract_parsed("Peruvian troops moved to finish off Bolivian rebels near Quito.");
    INFO(x.dump());
    CHECK_FALSE(x.has("peru", "attacks", "quito"));
  }
}

// An expected meeting is not yet one ("expected to meet Y"): "expect" controls like "plan".
TEST_CASE("predicates: an expected meeting", "[predicates][pred2]") {
  {
    auto x = extract_parsed("Chile said it expected to meet the Peruvian delegation on Sunday.");
    INFO(x.dump());
    CHECK_FALSE(x.has("chile", "meets", "peru"));
  }
  {
    auto x = extract_parsed("Chile met the Peruvian delegation on Sunday.");
    INFO(x.dump());
    CHECK(x.has("chile", "meets", "peru"));
  }
}
