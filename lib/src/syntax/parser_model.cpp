#include "syntax/parser_model.hpp"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "syntax/feature_hash.hpp"

namespace actorgraph::detail {

namespace {

template <class Scores>
std::size_t argmax(const Scores& scores, std::size_t count) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < count; ++i) {
    if (scores[i] > scores[best]) best = i;
  }
  return best;
}

void put_string(std::string& out, std::string_view text) {
  put_u32(out, static_cast<std::uint32_t>(text.size()));
  out.append(text);
}

std::string get_string(ByteReader& in) {
  const auto size = in.u32();
  if (size > (1u << 20)) in.fail("string of " + std::to_string(size) + " bytes");
  return std::string(in.take(size));
}

}  // namespace

namespace {

// The tagger's scores from the templates that read only a word's own form
// (tagger_word_features), memoised per thread by form: words repeat, and those
// templates are 15 of the tagger's 38 lookups, each a cache miss or two. Integer
// sums do not depend on the order of their terms, so the tags are the same as
// without the memo. The memo is keyed by the form's hash and checked against a
// second hash; it starts again when full or when the tagger is another table.
class WordScoreMemo {
 public:
  const std::int32_t* find_or_add(const LinearModel& tagger, const WordView& words, std::size_t i,
                                  std::uint32_t flags, std::vector<FeatureKey>& features) {
    const std::size_t classes = tagger.classes();
    if (identity_ != tagger.identity() || sums_.size() + classes > kMaxValues) {
      identity_ = tagger.identity();
      index_.clear();
      sums_.clear();
    }
    const auto& info = words.info[i];
    const auto [it, added] = index_.try_emplace(info.form_hash, Entry{info.lower_hash, 0});
    if (!added && it->second.check == info.lower_hash) return sums_.data() + it->second.at;
    // New, or two forms with one hash (then scored without the memo, in scratch_).
    std::int32_t* out = nullptr;
    if (added) {
      it->second.at = static_cast<std::uint32_t>(sums_.size());
      sums_.resize(sums_.size() + classes, 0);
      out = sums_.data() + it->second.at;
    } else {
      scratch_.assign(classes, 0);
      out = scratch_.data();
    }
    tagger_word_features(words, i, features, flags);
    tagger.score(features, out);
    return out;
  }

 private:
  static constexpr std::size_t kMaxValues = std::size_t{1} << 20;  // 4 MB of int32
  struct Entry {
    std::uint64_t check;
    std::uint32_t at;
  };
  std::uint64_t identity_ = 0;
  std::unordered_map<std::uint64_t, Entry> index_;
  std::vector<std::int32_t> sums_;
  std::vector<std::int32_t> scratch_;
};

}  // namespace

void ParserModel::tag(const WordView& words, std::vector<int>& tags) const {
  const auto n = words.size();
  tags.assign(n, 0);
  thread_local std::vector<FeatureKey> features;  // scratch, reused from word to word
  thread_local std::vector<std::int32_t> scores;
  thread_local WordScoreMemo memo;
  const std::size_t classes = tagger.classes();
  scores.resize(classes);
  int p1 = -1;
  int p2 = -1;
  for (std::size_t i = 0; i < n; ++i) {
    const std::int32_t* word_scores = memo.find_or_add(tagger, words, i, flags, features);
    std::copy(word_scores, word_scores + classes, scores.begin());
    tagger_context_features(words, i, p1, p2, features, flags);
    tagger.score(features, scores);
    const int best = static_cast<int>(argmax(scores, scores.size()));
    tags[i] = best;
    p2 = p1;
    p1 = best;
  }
}

void ParserModel::parse(const WordView& words, const std::vector<int>& tags,
                        std::vector<int>& heads, std::vector<int>& out_labels) const {
  const int n = static_cast<int>(words.size());
  thread_local ParserContext context;  // scratch, reused from sentence to sentence
  context.assign(words, tags, static_cast<int>(upos.size()), flags);
  ArcHybrid state(n);
  thread_local std::vector<FeatureKey> features;
  std::array<std::int32_t, kMoves> move_scores{};
  thread_local std::vector<std::int32_t> label_scores;
  label_scores.resize(labeller.classes());
  while (!state.terminal()) {
    parser_features(context, state, features);
    move_scores.fill(0);
    mover.score(features, move_scores);
    int best = -1;
    for (std::size_t m = 0; m < kMoves; ++m) {
      if (!state.valid(static_cast<Move>(m))) continue;
      if (best < 0 || move_scores[m] > move_scores[static_cast<std::size_t>(best)])
        best = static_cast<int>(m);
    }
    const auto move = static_cast<Move>(best);
    int label = -1;
    if (move != Move::shift) {
      const int head = state.arc_head(move);
      const int dependent = state.arc_dependent(move);
      if (head == n) {
        label = root_label;
      } else {
        label_features(context, state, head, dependent, features);
        std::fill(label_scores.begin(), label_scores.end(), 0);
        labeller.score(features, label_scores);
        label_scores[static_cast<std::size_t>(root_label)] =
            std::numeric_limits<std::int32_t>::min();
        label = static_cast<int>(argmax(label_scores, label_scores.size()));
      }
    }
    state.apply(move, label);
  }
  heads = state.result_heads();
  out_labels.assign(state.result_labels().begin(), state.result_labels().end() - 1);
}

std::string ParserModel::serialise() const {
  std::string out(kParserMagic);
  put_u32(out, kParserFormatVersion);
  put_u32(out, flags);
  put_string(out, description);
  put_u32(out, static_cast<std::uint32_t>(upos.size()));
  for (std::size_t i = 0; i < upos.size(); ++i) {
    put_string(out, upos[i]);
    put_string(out, xpos[i]);
  }
  put_u32(out, static_cast<std::uint32_t>(labels.size()));
  for (const auto& l : labels) put_string(out, l);
  put_u32(out, static_cast<std::uint32_t>(root_label));
  tagger.write(out);
  mover.write(out);
  labeller.write(out);
  put_u32(out, 0x454e4421);  // "!DNE": the file is complete
  return out;
}

ParserModel ParserModel::deserialise(std::string_view bytes, std::string_view name) {
  ByteReader in(bytes, name);
  if (bytes.size() < kParserMagic.size() || bytes.substr(0, kParserMagic.size()) != kParserMagic) {
    in.fail("no 'AGPARSE' header");
  }
  in.take(kParserMagic.size());
  const auto version = in.u32();
  if (version != kParserFormatVersion) {
    in.fail("format version " + std::to_string(version) + " (this library reads version " +
            std::to_string(kParserFormatVersion) + ")");
  }
  ParserModel model;
  model.flags = in.u32();
  if ((model.flags & ~kKnownFeatureFlags) != 0) in.fail("unknown feature flags");
  model.description = get_string(in);
  const auto tags = in.u32();
  if (tags == 0 || tags > 250) in.fail("tag count " + std::to_string(tags));
  for (std::uint32_t i = 0; i < tags; ++i) {
    model.upos.push_back(get_string(in));
    model.xpos.push_back(get_string(in));
  }
  const auto labels = in.u32();
  if (labels == 0 || labels > 64) in.fail("relation count " + std::to_string(labels));
  for (std::uint32_t i = 0; i < labels; ++i) model.labels.push_back(get_string(in));
  model.root_label = static_cast<int>(in.u32());
  if (model.root_label < 0 || static_cast<std::uint32_t>(model.root_label) >= labels)
    in.fail("root relation index");
  model.tagger = LinearModel::read(in);
  model.mover = LinearModel::read(in);
  model.labeller = LinearModel::read(in);
  if (model.tagger.classes() != tags) in.fail("tagger classes do not match the tag count");
  if (model.mover.classes() != kMoves) in.fail("transition classes");
  if (model.labeller.classes() != labels)
    in.fail("labeller classes do not match the relation count");
  if (in.u32() != 0x454e4421) in.fail("missing end marker");
  if (!in.at_end()) in.fail("trailing bytes");
  return model;
}

}  // namespace actorgraph::detail
