// The parse gate: the pipeline parses only the sentences whose tree the relation
// stage can read (relations/tree_gate.hpp). It must never change a graph.
#include <catch2/catch.hpp>

#include <sstream>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/pipeline.hpp"
#include "relations/tree_gate.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace actorgraph;

namespace {

Sentence sentence_of(std::initializer_list<std::pair<const char*, const char*>> words) {
  Sentence s;
  for (const auto& [text, lemma] : words) {
    Token t;
    t.text = text;
    t.norm = text;
    t.lemma = lemma;
    s.tokens.push_back(t);
  }
  return s;
}

std::string graph_json(const std::vector<fs::path>& inputs, bool parse_all) {
  PipelineOptions options;
  options.jobs = 1;
  options.parse_all_candidates = parse_all;
  const Pipeline pipeline(Lexicon::builtin(), options);
  CorpusReader reader(inputs);
  std::ostringstream out;
  write_json(pipeline.build(reader), out);
  return out.str();
}

}  // namespace

TEST_CASE("tree gate: a predicate's head, by lemma or by form, opens a sentence to the tree",
          "[tree-gate]") {
  // A verb predicate by its lemma.
  CHECK(relation_stage_reads_tree(
      sentence_of({{"Chile", "chile"}, {"accused", "accuse"}, {"Peru", "peru"}})));
  // A noun predicate, capitalised at the start of a sentence.
  CHECK(relation_stage_reads_tree(
      sentence_of({{"Talks", "talk"}, {"between", "between"}, {"Chile", "chile"}})));
  // A plural-only entry is found by its form as written.
  CHECK(relation_stage_reads_tree(sentence_of({{"TALKS", ""}, {"ended", "end"}})));
  // The noun of a prepositional predicate ("in defiance of").
  CHECK(relation_stage_reads_tree(
      sentence_of({{"in", "in"}, {"defiance", "defiance"}, {"of", "of"}})));
  // A multiword predicate needs its other words: "be held in" is no anchor in a
  // sentence with "was" alone, and is with "held".
  CHECK_FALSE(relation_stage_reads_tree(
      sentence_of({{"Lima", "lima"}, {"was", "be"}, {"calm", "calm"}, {".", "."}})));
  CHECK(relation_stage_reads_tree(sentence_of(
      {{"It", "it"}, {"was", "be"}, {"held", "hold"}, {"in", "in"}, {"Lima", "lima"}})));
  // Words no tree rule starts from.
  CHECK_FALSE(relation_stage_reads_tree(
      sentence_of({{"Chile", "chile"}, {"and", "and"}, {"Peru", "peru"}, {"said", "say"}})));
  CHECK_FALSE(relation_stage_reads_tree(Sentence{}));
}

TEST_CASE("tree gate: the graph is the same with and without it", "[tree-gate][corpus]") {
  const auto sample = test::source_dir() / "corpus" / "astana-2017";
  CHECK(graph_json({sample}, false) == graph_json({sample}, true));
  const auto shared = test::shared_dir();
  if (shared.empty() || !fs::is_directory(shared / "dev" / "articles")) {
    WARN("skipping the dev articles: ../shared/dev is absent");
    return;
  }
  const auto dev = shared / "dev" / "articles";
  CHECK(graph_json({dev}, false) == graph_json({dev}, true));
}
