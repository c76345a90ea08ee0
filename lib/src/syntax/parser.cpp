#include "actorgraph/parser.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "actorgraph/error.hpp"
#include "io/atomic_file.hpp"
#include "syntax/lemmatizer.hpp"
#include "syntax/parser_model.hpp"

namespace actorgraph {

namespace detail {
std::string_view embedded_parser_model();
}

using detail::ArcHybrid;
using detail::FeatureKey;
using detail::Move;
using detail::ParserModel;
using detail::WordView;

namespace {

// A small deterministic generator (SplitMix64): the same seed gives the same
// model on every platform, unlike the distributions of <random>.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  template <class T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[next() % i]);
  }

 private:
  std::uint64_t state_;
};

std::vector<std::string_view> forms_of(const conllu::Sentence& sentence) {
  std::vector<std::string_view> forms;
  forms.reserve(sentence.words.size());
  for (const auto& w : sentence.words) forms.emplace_back(w.form);
  return forms;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view universal(std::string_view relation) {
  return relation.substr(0, relation.find(':'));
}

// Training data with every string replaced by its index.
struct Example {
  WordView words;
  std::vector<int> tags;         // gold joint tags
  std::vector<int> heads;        // gold heads, n for the root
  std::vector<int> labels;       // gold relation indices
  std::vector<int> parser_tags;  // the tags the parser is trained on
};

struct Inventory {
  std::map<std::pair<std::string, std::string>, int> tags;
  std::map<std::string, int> labels;
  void add(const conllu::Sentence& s) {
    for (const auto& w : s.words) {
      tags.try_emplace({w.upos, w.xpos}, 0);
      labels.try_emplace(w.deprel, 0);
    }
  }
  void number() {
    int i = 0;
    for (auto& [k, v] : tags) v = i++;
    i = 0;
    for (auto& [k, v] : labels) v = i++;
  }
};

Example make_example(const conllu::Sentence& s, const Inventory& inventory, std::uint32_t flags) {
  Example e;
  e.words.assign(forms_of(s), flags);
  const auto n = static_cast<int>(s.words.size());
  for (const auto& w : s.words) {
    const auto tag = inventory.tags.find({w.upos, w.xpos});
    e.tags.push_back(tag == inventory.tags.end() ? 0 : tag->second);
    e.heads.push_back(w.head < 0 ? n : w.head);
    const auto label = inventory.labels.find(w.deprel);
    e.labels.push_back(label == inventory.labels.end() ? 0 : label->second);
  }
  e.parser_tags = e.tags;
  return e;
}

void log_line(const ParserTrainingOptions& options, const std::string& line) {
  if (options.log) options.log(line);
}

std::string fixed(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", value);
  return buffer;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// One pass of the tagger over `order`; tag history is the model's own guesses.
void train_tagger_epoch(detail::PerceptronTrainer& trainer, const std::vector<Example>& data,
                        const std::vector<std::size_t>& order, std::uint32_t flags) {
  std::vector<FeatureKey> features;
  std::vector<float> scores(trainer.classes());
  for (const auto index : order) {
    const auto& e = data[index];
    int p1 = -1;
    int p2 = -1;
    for (std::size_t i = 0; i < e.words.size(); ++i) {
      detail::tagger_features(e.words, i, p1, p2, features, flags);
      std::fill(scores.begin(), scores.end(), 0.0f);
      trainer.score(features, scores);
      std::size_t guess = 0;
      for (std::size_t c = 1; c < scores.size(); ++c) {
        if (scores[c] > scores[guess]) guess = c;
      }
      trainer.tick();
      trainer.update(features, static_cast<std::size_t>(e.tags[i]), guess);
      p2 = p1;
      p1 = static_cast<int>(guess);
    }
  }
}

double tag_accuracy(const ParserModel& model, const std::vector<Example>& data) {
  std::size_t right = 0;
  std::size_t total = 0;
  std::vector<int> tags;
  for (const auto& e : data) {
    model.tag(e.words, tags);
    for (std::size_t i = 0; i < tags.size(); ++i)
      right += model.upos[static_cast<std::size_t>(tags[i])] ==
               model.upos[static_cast<std::size_t>(e.tags[i])];
    total += tags.size();
  }
  return total == 0 ? 0 : static_cast<double>(right) / static_cast<double>(total);
}

// Trains a tagger for a fixed number of epochs (for jackknifing) or, with `dev`,
// keeps the epoch that tags dev best.
detail::LinearModel train_tagger(const std::vector<Example>& data, std::size_t classes, int epochs,
                                 std::uint64_t seed, std::uint32_t flags, ParserModel* model,
                                 const std::vector<Example>* dev,
                                 const ParserTrainingOptions& options, int* best_epoch) {
  detail::PerceptronTrainer trainer(classes);
  Random random(seed);
  std::vector<std::size_t> order(data.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  detail::LinearModel best;
  double best_accuracy = -1;
  const auto start = std::chrono::steady_clock::now();
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    random.shuffle(order);
    train_tagger_epoch(trainer, data, order, flags);
    if (dev == nullptr) continue;
    model->tagger = trainer.average();
    const double accuracy = tag_accuracy(*model, *dev);
    log_line(options, "tagger epoch " + std::to_string(epoch) + ": dev UPOS " + fixed(accuracy) +
                          ", " + std::to_string(model->tagger.features()) + " features, " +
                          fixed(seconds_since(start)) + " s");
    if (accuracy > best_accuracy) {
      best_accuracy = accuracy;
      best = model->tagger;
      *best_epoch = epoch;
    }
  }
  return dev == nullptr ? trainer.average() : best;
}

// One pass of the parser with the dynamic oracle: the transition classifier is
// updated whenever its best valid move is not one of the cheapest, and the
// configuration then follows the model's own move (with probability `explore`) so
// that it learns to recover from its mistakes (Goldberg and Nivre 2012).
void train_parser_epoch(detail::PerceptronTrainer& mover, detail::PerceptronTrainer& labeller,
                        const ParserModel& model, const std::vector<Example>& data,
                        const std::vector<std::size_t>& order, double explore, Random& random) {
  std::vector<FeatureKey> features;
  std::vector<FeatureKey> label_feats;
  std::vector<float> label_scores(labeller.classes());
  detail::ParserContext context;
  for (const auto index : order) {
    const auto& e = data[index];
    const int n = static_cast<int>(e.words.size());
    context.assign(e.words, e.parser_tags, static_cast<int>(model.upos.size()), model.flags);
    ArcHybrid state(n);
    while (!state.terminal()) {
      detail::parser_features(context, state, features);
      std::array<float, detail::kMoves> scores{};
      mover.score(features, scores);
      const auto costs = state.costs(e.heads);
      int guess = -1;
      int gold = -1;
      int cheapest = 1 << 30;
      for (std::size_t m = 0; m < detail::kMoves; ++m) {
        if (state.valid(static_cast<Move>(m))) cheapest = std::min(cheapest, costs[m]);
      }
      for (std::size_t m = 0; m < detail::kMoves; ++m) {
        if (!state.valid(static_cast<Move>(m))) continue;
        const auto mi = static_cast<int>(m);
        if (guess < 0 || scores[m] > scores[static_cast<std::size_t>(guess)]) guess = mi;
        if (costs[m] == cheapest &&
            (gold < 0 || scores[m] > scores[static_cast<std::size_t>(gold)]))
          gold = mi;
      }
      mover.tick();
      if (costs[static_cast<std::size_t>(guess)] > cheapest) {
        mover.update(features, static_cast<std::size_t>(gold), static_cast<std::size_t>(guess));
      }
      const int chosen = explore > 0 && random.uniform() < explore ? guess : gold;
      const auto move = static_cast<Move>(chosen);
      int label = -1;
      if (move != Move::shift) {
        const int head = state.arc_head(move);
        const int dependent = state.arc_dependent(move);
        const int gold_label = e.labels[static_cast<std::size_t>(dependent)];
        if (head == n) {
          label = model.root_label;
        } else {
          detail::label_features(context, state, head, dependent, label_feats);
          std::fill(label_scores.begin(), label_scores.end(), 0.0f);
          labeller.score(label_feats, label_scores);
          label_scores[static_cast<std::size_t>(model.root_label)] = -1e30f;
          std::size_t best = 0;
          for (std::size_t c = 1; c < label_scores.size(); ++c) {
            if (label_scores[c] > label_scores[best]) best = c;
          }
          label = static_cast<int>(best);
          if (e.heads[static_cast<std::size_t>(dependent)] == head) {
            labeller.tick();
            labeller.update(label_feats, static_cast<std::size_t>(gold_label), best);
            label = gold_label;
          }
        }
      }
      state.apply(move, label);
    }
  }
}

}  // namespace

DependencyParser::DependencyParser(std::unique_ptr<detail::ParserModel> model)
    : model_(std::move(model)) {}
DependencyParser::DependencyParser(DependencyParser&&) noexcept = default;
DependencyParser& DependencyParser::operator=(DependencyParser&&) noexcept = default;
DependencyParser::~DependencyParser() = default;

const DependencyParser& DependencyParser::builtin() {
  static const DependencyParser parser = [] {
    const auto bytes = detail::embedded_parser_model();
    if (bytes.empty())
      throw Error("actorgraph was built without a parser model (lib/data/models/)");
    return from_bytes(bytes, "embedded parser model");
  }();
  return parser;
}

DependencyParser DependencyParser::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path.string() + ": cannot open for reading");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw IoError(path.string() + ": read error");
  return from_bytes(bytes, path.string());
}

DependencyParser DependencyParser::from_bytes(std::string_view bytes, std::string_view name) {
  return DependencyParser(std::make_unique<ParserModel>(ParserModel::deserialise(bytes, name)));
}

std::string DependencyParser::to_bytes() const { return model_->serialise(); }

void DependencyParser::save(const std::filesystem::path& path) const {
  detail::write_file_atomically(path, to_bytes());
}

std::string DependencyParser::description() const {
  return model_->description + "; " + std::to_string(model_->upos.size()) + " tags, " +
         std::to_string(model_->labels.size()) + " relations, " +
         std::to_string(model_->tagger.weights() + model_->mover.weights() +
                        model_->labeller.weights()) +
         " weights";
}

void DependencyParser::parse(conllu::Sentence& sentence) const {
  thread_local WordView words;  // scratch, reused from sentence to sentence
  words.assign(forms_of(sentence), model_->flags);
  thread_local std::vector<int> tags;
  thread_local std::vector<int> heads;
  thread_local std::vector<int> labels;
  model_->tag(words, tags);
  model_->parse(words, tags, heads, labels);
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    auto& w = sentence.words[i];
    w.upos = model_->upos[static_cast<std::size_t>(tags[i])];
    w.xpos = model_->xpos[static_cast<std::size_t>(tags[i])];
    w.head = heads[i];
    w.deprel = labels[i] < 0 ? "dep" : model_->labels[static_cast<std::size_t>(labels[i])];
  }
}

void DependencyParser::parse(Sentence& sentence, bool penn_tags) const {
  thread_local std::vector<std::string_view> forms;  // scratch, as above
  forms.clear();
  for (const auto& t : sentence.tokens) forms.emplace_back(t.text);
  thread_local WordView words;
  words.assign(forms, model_->flags);
  thread_local std::vector<int> tags;
  thread_local std::vector<int> heads;
  thread_local std::vector<int> labels;
  model_->tag(words, tags);
  model_->parse(words, tags, heads, labels);
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    auto& t = sentence.tokens[i];
    t.upos = model_->upos[static_cast<std::size_t>(tags[i])];
    if (penn_tags) t.pos = model_->xpos[static_cast<std::size_t>(tags[i])];
    t.head = heads[i];
    t.deprel = labels[i] < 0 ? "dep" : model_->labels[static_cast<std::size_t>(labels[i])];
  }
}

void DependencyParser::tag(Sentence& sentence) const {
  thread_local std::vector<std::string_view> forms;  // scratch, as in parse()
  forms.clear();
  for (const auto& t : sentence.tokens) forms.emplace_back(t.text);
  thread_local WordView words;
  words.assign(forms, model_->flags);
  thread_local std::vector<int> tags;
  model_->tag(words, tags);
  const auto& lemmatizer = Lemmatizer::builtin();
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    auto& t = sentence.tokens[i];
    t.upos = model_->upos[static_cast<std::size_t>(tags[i])];
    t.pos = model_->xpos[static_cast<std::size_t>(tags[i])];
    t.lemma = t.upos == "PUNCT" || t.upos == "SYM" ? lower_ascii(t.norm)
                                                   : lemmatizer.lemma(t.norm, t.pos);
  }
}

ParseScores DependencyParser::evaluate(const std::vector<conllu::Sentence>& gold) const {
  std::vector<conllu::Sentence> predicted = gold;
  for (auto& s : predicted) parse(s);
  return score_parses(gold, predicted);
}

ParseScores score_parses(const std::vector<conllu::Sentence>& gold,
                         const std::vector<conllu::Sentence>& predicted) {
  if (gold.size() != predicted.size())
    throw InvalidArgument("score_parses: the sentence counts differ");
  ParseScores scores;
  std::size_t upos = 0;
  std::size_t xpos = 0;
  std::size_t uas = 0;
  std::size_t las = 0;
  for (std::size_t s = 0; s < gold.size(); ++s) {
    const auto& g = gold[s].words;
    const auto& p = predicted[s].words;
    if (g.size() != p.size()) {
      throw InvalidArgument("score_parses: sentence " + std::to_string(s + 1) +
                            " has different words");
    }
    for (std::size_t i = 0; i < g.size(); ++i) {
      ++scores.words;
      upos += g[i].upos == p[i].upos;
      xpos += g[i].xpos == p[i].xpos;
      if (g[i].head == p[i].head) {
        ++uas;
        las += universal(g[i].deprel) == universal(p[i].deprel);
      }
    }
  }
  if (scores.words > 0) {
    const auto n = static_cast<double>(scores.words);
    scores.upos = static_cast<double>(upos) / n;
    scores.xpos = static_cast<double>(xpos) / n;
    scores.uas = static_cast<double>(uas) / n;
    scores.las = static_cast<double>(las) / n;
  }
  return scores;
}

DependencyParser DependencyParser::train(const std::vector<conllu::Sentence>& train,
                                         const std::vector<conllu::Sentence>& dev,
                                         const ParserTrainingOptions& options) {
  if (train.empty()) throw InvalidArgument("train-parser: the training set has no sentences");
  Inventory inventory;
  for (const auto& s : train) inventory.add(s);
  inventory.labels.try_emplace("root", 0);
  inventory.number();
  if (inventory.tags.size() > 250)
    throw InvalidArgument("train-parser: more than 250 distinct UPOS/XPOS pairs");
  if (inventory.labels.size() > 64)
    throw InvalidArgument("train-parser: more than 64 distinct relations");

  auto model = std::make_unique<ParserModel>();
  model->upos.resize(inventory.tags.size());
  model->xpos.resize(inventory.tags.size());
  for (const auto& [pair, index] : inventory.tags) {
    model->upos[static_cast<std::size_t>(index)] = pair.first;
    model->xpos[static_cast<std::size_t>(index)] = pair.second;
  }
  model->labels.resize(inventory.labels.size());
  for (const auto& [label, index] : inventory.labels)
    model->labels[static_cast<std::size_t>(index)] = label;
  model->root_label = inventory.labels.at("root");

  std::vector<Example> data;
  data.reserve(train.size());
  model->flags =
      options.lexicon_features ? std::uint32_t{detail::kLexiconFeatures} : std::uint32_t{0};
  if (options.lexicon_features && options.parser_lexicon_features)
    model->flags |= detail::kParserLexiconFeatures;
  for (const auto& s : train) data.push_back(make_example(s, inventory, model->flags));
  std::vector<Example> dev_data;
  for (const auto& s : dev) dev_data.push_back(make_example(s, inventory, model->flags));
  const auto start = std::chrono::steady_clock::now();

  // 1. The tagger.
  int tagger_epochs = options.tagger_epochs;
  model->tagger =
      train_tagger(data, model->upos.size(), options.tagger_epochs, options.seed, model->flags,
                   model.get(), dev_data.empty() ? nullptr : &dev_data, options, &tagger_epochs);
  log_line(options, "tagger: kept epoch " + std::to_string(tagger_epochs));

  // 2. Tags for the parser to learn from: gold, or predicted by taggers that did
  // not see the sentence (so that training matches what the parser sees later).
  if (options.jackknife_folds > 1) {
    const auto folds = static_cast<std::size_t>(options.jackknife_folds);
    ParserModel fold_model;
    fold_model.upos = model->upos;
    fold_model.flags = model->flags;
    for (std::size_t f = 0; f < folds; ++f) {
      std::vector<Example> rest;
      for (std::size_t i = 0; i < data.size(); ++i) {
        if (i % folds != f) rest.push_back(data[i]);
      }
      fold_model.tagger =
          train_tagger(rest, model->upos.size(), tagger_epochs, options.seed + f + 1, model->flags,
                       nullptr, nullptr, options, nullptr);
      for (std::size_t i = f; i < data.size(); i += folds)
        fold_model.tag(data[i].words, data[i].parser_tags);
      log_line(options, "jackknife fold " + std::to_string(f + 1) + " of " + std::to_string(folds) +
                            " tagged, " + fixed(seconds_since(start)) + " s");
    }
  }

  // 3. The parser and the labeller.
  detail::PerceptronTrainer mover(detail::kMoves);
  detail::PerceptronTrainer labeller(model->labels.size());
  Random random(options.seed * 0x100000001b3ULL + 7);
  std::vector<std::size_t> order(data.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  double best_las = -1;
  detail::LinearModel best_mover;
  detail::LinearModel best_labeller;
  int best_epoch = 0;
  std::vector<conllu::Sentence> predicted = dev;
  for (int epoch = 1; epoch <= options.parser_epochs; ++epoch) {
    random.shuffle(order);
    train_parser_epoch(mover, labeller, *model, data, order, epoch == 1 ? 0.0 : 0.9, random);
    model->mover = mover.average();
    model->labeller = labeller.average();
    if (dev.empty()) continue;
    ParseScores s;
    {
      // Score dev with the model as it stands.
      std::vector<int> tags;
      std::vector<int> heads;
      std::vector<int> labels;
      for (std::size_t i = 0; i < dev.size(); ++i) {
        model->tag(dev_data[i].words, tags);
        model->parse(dev_data[i].words, tags, heads, labels);
        for (std::size_t w = 0; w < tags.size(); ++w) {
          auto& word = predicted[i].words[w];
          word.upos = model->upos[static_cast<std::size_t>(tags[w])];
          word.xpos = model->xpos[static_cast<std::size_t>(tags[w])];
          word.head = heads[w];
          word.deprel = labels[w] < 0 ? "dep" : model->labels[static_cast<std::size_t>(labels[w])];
        }
      }
      s = score_parses(dev, predicted);
    }
    log_line(options, "parser epoch " + std::to_string(epoch) + ": dev UAS " + fixed(s.uas) +
                          " LAS " + fixed(s.las) + ", " + std::to_string(model->mover.features()) +
                          " + " + std::to_string(model->labeller.features()) + " features, " +
                          fixed(seconds_since(start)) + " s");
    if (s.las > best_las) {
      best_las = s.las;
      best_mover = model->mover;
      best_labeller = model->labeller;
      best_epoch = epoch;
    }
  }
  if (!dev.empty()) {
    model->mover = std::move(best_mover);
    model->labeller = std::move(best_labeller);
  }
  if (options.prune > 0) {
    model->tagger = model->tagger.pruned(options.prune);
    model->mover = model->mover.pruned(options.prune);
    model->labeller = model->labeller.pruned(options.prune);
  }
  std::ostringstream description;
  description << "UD English EWT; seed " << options.seed << ", tagger epochs " << tagger_epochs
              << ", parser epochs " << (dev.empty() ? options.parser_epochs : best_epoch)
              << ", jackknife " << options.jackknife_folds << ", lexicon features "
              << (options.lexicon_features ? "on" : "off") << ", parser lexicon features "
              << ((model->flags & detail::kParserLexiconFeatures) != 0 ? "on" : "off");
  if (options.prune > 0) description << ", pruned at " << options.prune;
  model->description = description.str();
  log_line(options, "parser: kept epoch " + std::to_string(best_epoch) + ", " +
                        fixed(seconds_since(start)) + " s");
  return DependencyParser(std::move(model));
}

}  // namespace actorgraph
