// CoNLL-U reading and writing, the arc-hybrid oracle, and parser model files.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>

#include <sys/wait.h>
#include <sstream>

#include <catch2/catch.hpp>

#include "actorgraph/conllu.hpp"
#include "actorgraph/error.hpp"
#include "actorgraph/parser.hpp"
#include "syntax/arc_hybrid.hpp"
#include "syntax/linear_model.hpp"
#include "syntax/parser_model.hpp"
#include "test_support.hpp"

using namespace actorgraph;

namespace actorgraph::detail {
std::string_view embedded_parser_model();
}

namespace {

std::filesystem::path fixture() {
  return test::source_dir() / "tests" / "data" / "parser-fixture.conllu";
}

std::filesystem::path ewt(const char* part) {
  const auto shared = test::shared_dir();
  if (shared.empty()) return {};
  auto path =
      shared / "treebanks" / "UD_English-EWT" / (std::string("en_ewt-ud-") + part + ".conllu");
  return std::filesystem::exists(path) ? path : std::filesystem::path{};
}

bool projective(const conllu::Sentence& s) {
  const auto n = static_cast<int>(s.words.size());
  for (int d = 0; d < n; ++d) {
    const int h = s.words[static_cast<std::size_t>(d)].head;
    const int lo = std::min(d, h < 0 ? n : h);
    const int hi = std::max(d, h < 0 ? n : h);
    for (int k = lo + 1; k < hi; ++k) {
      // Every word between a head and its dependent descends from the head.
      int at = k;
      while (at >= 0 && at != h) at = s.words[static_cast<std::size_t>(at)].head;
      if (at != h) return false;
    }
  }
  return true;
}

// Follows the zero-cost moves from the initial configuration; returns the heads built.
std::vector<int> oracle_heads(const conllu::Sentence& s) {
  const auto n = static_cast<int>(s.words.size());
  std::vector<int> gold;
  for (const auto& w : s.words) gold.push_back(w.head < 0 ? n : w.head);
  detail::ArcHybrid state(n);
  while (!state.terminal()) {
    const auto costs = state.costs(gold);
    int chosen = -1;
    for (std::size_t m = 0; m < detail::kMoves; ++m) {
      if (state.valid(static_cast<detail::Move>(m)) && costs[m] == 0) {
        chosen = static_cast<int>(m);
        break;
      }
    }
    if (chosen < 0) return {};
    state.apply(static_cast<detail::Move>(chosen), 0);
  }
  return state.result_heads();
}

std::size_t check_oracle(const std::vector<conllu::Sentence>& sentences) {
  std::size_t checked = 0;
  for (const auto& s : sentences) {
    if (!projective(s)) continue;
    std::vector<int> expected;
    for (const auto& w : s.words) expected.push_back(w.head);
    INFO("sentence at line " << s.line);
    REQUIRE(oracle_heads(s) == expected);
    ++checked;
  }
  return checked;
}

}  // namespace

TEST_CASE("CoNLL-U: the fixture reads strictly and writes back byte for byte", "[conllu]") {
  const auto sentences = conllu::read_file(fixture().string(), {.require_tree = true});
  REQUIRE(sentences.size() == 5);
  CHECK(sentences[0].comment("sent_id") == "fixture-1");
  CHECK(sentences[0].comment("text") == "Talks were brokered by Norway.");
  CHECK(sentences[0].words[0].deprel == "nsubj:pass");
  CHECK(sentences[0].words[0].head == 2);
  CHECK(sentences[0].words[2].head == -1);
  REQUIRE(sentences[2].multiword.size() == 1);
  CHECK(sentences[2].multiword[0].form == "didn't");
  CHECK(sentences[2].multiword[0].first == 1);
  CHECK(sentences[2].multiword[0].last == 2);
  std::ostringstream out;
  for (const auto& s : sentences) conllu::write(out, s);
  CHECK(out.str() == test::read_file(fixture()));
}

TEST_CASE("CoNLL-U: malformed input names the file and line", "[conllu]") {
  const auto bad = [](const std::string& text, const std::string& expected, bool strict = false) {
    std::istringstream in(text);
    try {
      (void)conllu::read(in, "bad.conllu", {.require_tree = strict});
      FAIL("no error for: " << text);
    } catch (const ParseError& e) {
      CHECK_THAT(e.what(), Catch::Contains(expected));
    }
  };
  bad("1\tA\t_\t_\t_\t_\t0\troot\t_\n", "bad.conllu:1: a word line has 10 tab-separated columns");
  bad("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n3\tB\t_\t_\t_\t_\t1\tdep\t_\t_\n",
      "bad.conllu:2: ID: 3 where 2");
  bad("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n2\tB\t_\t_\t_\t_\t7\tdep\t_\t_\n",
      "bad.conllu:2: HEAD: 7 is past");
  bad("1\tA\t_\t_\t_\t_\t2\tdep\t_\t_\n2\tB\t_\t_\t_\t_\t1\tdep\t_\t_\n", "cycle", true);
  bad("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n2\tB\t_\t_\t_\t_\t0\troot\t_\t_\n", "2 roots", true);
  bad("1\tA\t_\t_\t_\t_\t_\tdep\t_\t_\n", "bad.conllu:1: HEAD: '_' where a head is required", true);
  bad("1\tA\t_\t_\t_\t_\tx\troot\t_\t_\n", "bad.conllu:1: HEAD: 'x' is not a word index");
  CHECK_THROWS_AS(conllu::read_file("/nonexistent/x.conllu"), IoError);
  // Without require_tree, unparsed words are fine.
  std::istringstream plain(
      "# text = A B\n1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n2\tB\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
  const auto words = conllu::read(plain, "plain");
  REQUIRE(words.size() == 1);
  CHECK(words[0].words[1].head == -1);
}

TEST_CASE("arc-hybrid: the oracle rebuilds every projective tree of the fixture",
          "[parser][oracle]") {
  const auto sentences = conllu::read_file(fixture().string(), {.require_tree = true});
  CHECK(!projective(sentences[3]));
  CHECK(check_oracle(sentences) == 4);
}

TEST_CASE("arc-hybrid: the oracle rebuilds every projective tree of EWT train",
          "[parser][oracle][shared]") {
  const auto path = ewt("train");
  if (path.empty()) {
    WARN("skipping: ../shared/treebanks/UD_English-EWT is absent");
    return;
  }
  const auto sentences = conllu::read_file(path.string(), {.require_tree = true});
  const auto checked = check_oracle(sentences);
  CHECK(checked > sentences.size() * 9 / 10);
}

TEST_CASE("parser model: trained, saved and loaded, it parses the same", "[parser][model]") {
  const auto sentences = conllu::read_file(fixture().string(), {.require_tree = true});
  ParserTrainingOptions options;
  options.tagger_epochs = 5;
  options.parser_epochs = 5;
  const auto trained = DependencyParser::train(sentences, sentences, options);
  test::TempDir dir("parser-model");
  const auto path = dir.path() / "tiny.agparse";
  trained.save(path);
  const auto loaded = DependencyParser::load(path);
  CHECK(loaded.to_bytes() == trained.to_bytes());
  auto a = sentences;
  auto b = sentences;
  for (auto& s : a) trained.parse(s);
  for (auto& s : b) loaded.parse(s);
  std::ostringstream out_a;
  std::ostringstream out_b;
  for (const auto& s : a) conllu::write(out_a, s);
  for (const auto& s : b) conllu::write(out_b, s);
  CHECK(out_a.str() == out_b.str());
  // The same seed gives the same model.
  CHECK(DependencyParser::train(sentences, sentences, options).to_bytes() == trained.to_bytes());
  // It learnt its training sentences.
  const auto scores = trained.evaluate(sentences);
  CHECK(scores.upos > 0.9);
  CHECK(scores.uas > 0.8);
}

TEST_CASE("parser model: a bad file is an error naming it", "[parser][model]") {
  test::TempDir dir("parser-bad-model");
  const auto path = dir.path() / "bad.agparse";
  const auto expect = [&](const std::string& bytes, const std::string& what) {
    std::ofstream(path, std::ios::binary) << bytes;
    try {
      (void)DependencyParser::load(path);
      FAIL("loaded a bad model");
    } catch (const ParseError& e) {
      CHECK_THAT(e.what(), Catch::Contains(path.string()) && Catch::Contains(what));
    }
  };
  expect("hello", "no 'AGPARSE' header");
  expect(std::string("AGPARSE\n") + std::string("\x07\0\0\0", 4), "format version 7");
  const auto sentences = conllu::read_file(fixture().string(), {.require_tree = true});
  ParserTrainingOptions options;
  options.tagger_epochs = 1;
  options.parser_epochs = 1;
  const auto good = DependencyParser::train(sentences, {}, options).to_bytes();
  expect(good.substr(0, good.size() / 2), "truncated");
  expect(good + "x", "trailing bytes");
  CHECK_THROWS_AS(DependencyParser::load(dir.path() / "missing.agparse"), IoError);
}

namespace {

int run(const std::string& command) {
  const int status = std::system(command.c_str());
  return (status != -1 && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("actorgraph parse: raw text gives valid CoNLL-U with exact offsets", "[parser][cli]") {
  test::TempDir dir("parser-cli-text");
  const std::string text =
      "Qatar's envoy didn't attend. The talks, which Chile hosted, were brokered by Peru.";
  { std::ofstream(dir.path() / "note.txt", std::ios::binary) << text; }
  const auto out = dir.path() / "note.conllu";
  REQUIRE(run(std::string(ACTORGRAPH_CLI_PATH) + " -q parse " + (dir.path() / "note.txt").string() +
              " -o " + out.string()) == 0);
  const auto sentences = conllu::read_file(out.string(), {.require_tree = true});
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].comment("sent_id") == "note-1");
  CHECK(sentences[1].comment("text") == "The talks, which Chile hosted, were brokered by Peru.");
  for (const auto& s : sentences) {
    for (const auto& w : s.words) {
      // TokenRange=b:e points at the word in the input.
      const auto at = w.misc.find("TokenRange=");
      REQUIRE(at != std::string::npos);
      const auto range = w.misc.substr(at + 11);
      const auto colon = range.find(':');
      const auto b = std::stoul(range.substr(0, colon));
      const auto e = std::stoul(range.substr(colon + 1));
      CHECK(text.substr(b, e - b) == w.form);
      CHECK(w.upos != "_");
      CHECK(w.xpos != "_");
      CHECK(w.deprel != "_");
    }
  }
  CHECK(sentences[0].words[2].form == "envoy");
  CHECK(sentences[0].words[3].form == "did");
  CHECK(sentences[0].words[4].form == "n't");
}

TEST_CASE("actorgraph parse --pretokenized keeps the words and replaces the annotation",
          "[parser][cli]") {
  test::TempDir dir("parser-cli-pretok");
  const auto out = dir.path() / "out.conllu";
  REQUIRE(run(std::string(ACTORGRAPH_CLI_PATH) + " -q parse --pretokenized " + fixture().string() +
              " -o " + out.string()) == 0);
  const auto gold = conllu::read_file(fixture().string(), {.require_tree = true});
  const auto predicted = conllu::read_file(out.string(), {.require_tree = true});
  REQUIRE(predicted.size() == gold.size());
  for (std::size_t s = 0; s < gold.size(); ++s) {
    REQUIRE(predicted[s].words.size() == gold[s].words.size());
    CHECK(predicted[s].comments == gold[s].comments);
    CHECK(predicted[s].multiword.size() == gold[s].multiword.size());
    for (std::size_t i = 0; i < gold[s].words.size(); ++i) {
      CHECK(predicted[s].words[i].form == gold[s].words[i].form);
      CHECK(predicted[s].words[i].misc == gold[s].words[i].misc);
    }
  }
  // The scores the CLI's output gets are the library's own.
  const auto scores = score_parses(gold, predicted);
  CHECK(scores.words == 44);
  CHECK(scores.uas > 0.7);
  // A bad input names the file and line.
  const auto bad = dir.path() / "bad.conllu";
  std::ofstream(bad, std::ios::binary) << "1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n2\tB\n";
  const auto log = dir.path() / "log.txt";
  CHECK(run(std::string(ACTORGRAPH_CLI_PATH) + " parse --pretokenized " + bad.string() + " -o " +
            (dir.path() / "x.conllu").string() + " 2>" + log.string()) == 1);
  CHECK_THAT(test::read_file(log), Catch::Contains(bad.string() + ":2:"));
  CHECK(!std::filesystem::exists(dir.path() / "x.conllu"));
}

TEST_CASE("linear model: inline and run tables score as the weights say", "[parser][model]") {
  using detail::FeatureKey;
  using detail::LinearModel;
  for (const std::size_t classes : {std::size_t{3}, std::size_t{7}}) {
    // Keys 1..400, each with weights on some classes; class c of key k weighs
    // (k % 13 - 6) * (c + 1) when k % (c + 2) == 0.
    std::vector<std::pair<FeatureKey, std::vector<LinearModel::Weight>>> runs;
    for (FeatureKey k = 1; k <= 400; ++k) {
      std::vector<LinearModel::Weight> weights;
      for (std::size_t c = 0; c < classes; ++c) {
        const int w = (static_cast<int>(k % 13) - 6) * static_cast<int>(c + 1);
        if (k % (c + 2) == 0 && w != 0)
          weights.push_back({static_cast<std::uint16_t>(c), static_cast<std::int16_t>(w)});
      }
      if (!weights.empty()) runs.emplace_back(k * 2654435761u, std::move(weights));
    }
    const auto model = LinearModel::build(classes, runs);
    std::vector<FeatureKey> features;
    std::vector<int> expected(classes, 0);
    for (std::size_t r = 0; r < runs.size(); r += 3) {
      features.push_back(runs[r].first);
      for (const auto& w : runs[r].second) expected[w.cls] += w.weight;
    }
    features.push_back(12345);  // absent: adds nothing
    std::vector<int> scores(classes, 0);
    model.score(features, scores);
    CHECK(scores == expected);
    // Written and read back, the table is the same.
    std::string bytes;
    model.write(bytes);
    detail::ByteReader reader(bytes, "test");
    const auto again = LinearModel::read(reader);
    std::string bytes_again;
    again.write(bytes_again);
    CHECK(bytes_again == bytes);
    CHECK(again.features() == model.features());
    // Pruning at 12 keeps exactly the features with a weight above 12 in magnitude.
    const auto pruned = model.pruned(12);
    std::size_t kept = 0;
    for (const auto& [key, weights] : runs) {
      bool big = false;
      for (const auto& w : weights) big = big || std::abs(int{w.weight}) > 12;
      kept += big;
    }
    CHECK(pruned.features() == kept);
    CHECK(kept < model.features());
  }
}

TEST_CASE("parser model: the parser lexicon features and pruning are recorded in the file",
          "[parser][model]") {
  const auto sentences = conllu::read_file(fixture().string(), {.require_tree = true});
  ParserTrainingOptions options;
  options.tagger_epochs = 3;
  options.parser_epochs = 3;
  options.parser_lexicon_features = true;
  const auto trained = DependencyParser::train(sentences, sentences, options);
  CHECK_THAT(trained.description(), Catch::Contains("parser lexicon features on"));
  const auto loaded = DependencyParser::from_bytes(trained.to_bytes(), "test");
  auto a = sentences;
  auto b = sentences;
  for (auto& s : a) trained.parse(s);
  for (auto& s : b) loaded.parse(s);
  std::ostringstream out_a;
  std::ostringstream out_b;
  for (const auto& s : a) conllu::write(out_a, s);
  for (const auto& s : b) conllu::write(out_b, s);
  CHECK(out_a.str() == out_b.str());
  CHECK(trained.evaluate(sentences).uas > 0.8);
  // A pruned model is smaller.
  options.prune = 2000;
  const auto pruned = DependencyParser::train(sentences, sentences, options);
  CHECK_THAT(pruned.description(), Catch::Contains("pruned at 2000"));
  CHECK(pruned.to_bytes().size() < trained.to_bytes().size());
}

TEST_CASE("tagger features: the word and context parts are exactly tagger_features",
          "[parser][model]") {
  using detail::FeatureKey;
  // The memoised inference path scores the two parts separately; together they
  // must be the training templates, each once, for every position and flag set.
  const std::vector<std::string_view> forms = {
      "The", "pro-government", "rally", "drew", "3,000", "people", "in", "Astana", "."};
  for (const std::uint32_t flags : {std::uint32_t{0}, std::uint32_t{detail::kLexiconFeatures}}) {
    detail::WordView words;
    words.assign(forms, flags);
    std::vector<FeatureKey> all;
    std::vector<FeatureKey> word;
    std::vector<FeatureKey> context;
    for (std::size_t i = 0; i < forms.size(); ++i) {
      const int p1 = static_cast<int>(i) - 1;
      const int p2 = static_cast<int>(i) - 2;
      detail::tagger_features(words, i, p1, p2, all, flags);
      detail::tagger_word_features(words, i, word, flags);
      detail::tagger_context_features(words, i, p1, p2, context, flags);
      std::vector<FeatureKey> joined = word;
      joined.insert(joined.end(), context.begin(), context.end());
      std::sort(all.begin(), all.end());
      std::sort(joined.begin(), joined.end());
      CHECK(joined == all);
      CHECK(word.size() >= 12);  // bias, form, lower form, 8 affixes, shape
    }
  }
}

TEST_CASE("parser model: tagging with the per-word score memo equals scoring every template",
          "[parser][model]") {
  // The reference: all of tagger_features scored for every word, as in training.
  // Twice over the fixture, so that the second pass reads every word from the memo.
  const auto model = detail::ParserModel::deserialise(detail::embedded_parser_model(), "embedded");
  const auto sentences = conllu::read_file(fixture().string(), {.require_tree = true});
  std::vector<detail::FeatureKey> features;
  std::size_t words_checked = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& s : sentences) {
      std::vector<std::string_view> forms;
      for (const auto& w : s.words) forms.emplace_back(w.form);
      detail::WordView words;
      words.assign(forms, model.flags);
      std::vector<int> tags;
      model.tag(words, tags);
      int p1 = -1;
      int p2 = -1;
      for (std::size_t i = 0; i < forms.size(); ++i) {
        detail::tagger_features(words, i, p1, p2, features, model.flags);
        std::vector<std::int32_t> scores(model.tagger.classes(), 0);
        model.tagger.score(features, scores);
        const auto best =
            static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        CHECK(tags[i] == best);
        ++words_checked;
        p2 = p1;
        p1 = best;
      }
    }
  }
  CHECK(words_checked > 20);
}
