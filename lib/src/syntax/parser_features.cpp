// Feature templates of the tagger (Collins 2002; Honnibal's greedy tagger, with
// wider affixes and word pairs), the transition classifier (Zhang and Nivre 2011,
// mapped onto the arc-hybrid stack and buffer) and the relation labeller.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "lang/language_data.hpp"
#include "syntax/feature_hash.hpp"
#include "syntax/parser_model.hpp"

namespace actorgraph::detail {

namespace {

std::string lower_form(std::string_view form) {
  std::string out(form);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= '1' && c <= '9') c = '0';
  }
  return out;
}

std::string shape_of(std::string_view form) {
  std::string out;
  char last = 0;
  int run = 0;
  for (const char c : form) {
    char s = c;
    if (c >= 'A' && c <= 'Z')
      s = 'X';
    else if (c >= 'a' && c <= 'z')
      s = 'x';
    else if (c >= '0' && c <= '9')
      s = 'd';
    else if (static_cast<unsigned char>(c) >= 0x80)
      s = 'u';
    run = s == last ? run + 1 : 1;
    last = s;
    if (run <= 3) out.push_back(s);
  }
  return out;
}

constexpr std::uint64_t kStart = 0x5354415254ULL;  // before the sentence
constexpr std::uint64_t kEnd = 0x454e44ULL;        // after it
constexpr std::uint64_t kAbsent = 0x4e4f4e45ULL;   // no word in this position

}  // namespace

namespace {

// What the embedded lexicons say about a word: the set of Penn tags festival's WSJ
// lexicon gives it (case-folded) and the WordNet parts of speech it has.
std::uint64_t lexicon_signature(std::string_view lower) {
  const auto& data = LanguageData::instance();
  std::uint64_t tags = 0;
  for (const auto& entry : data.lexicon(lower)) tags |= std::uint64_t{1} << (entry.tag & 63);
  std::uint64_t wordnet = 0;
  for (int pos = 0; pos < 4; ++pos) {
    if (data.wordnet_has(pos, lower)) wordnet |= 1u << pos;
  }
  return mix64(tags * 31 + wordnet + 1);
}

}  // namespace

namespace {

WordInfo word_info(std::string_view form, std::uint32_t flags) {
  WordInfo info;
  const std::string lower = lower_form(form);
  const std::string_view l = lower;
  info.form_hash = hash_text(form);
  info.lower_hash = hash_text(l);
  info.shape_hash = hash_text(shape_of(form));
  // The part after the last hyphen ("pro-government" -> "government").
  if (const auto dash = l.rfind('-'); dash != std::string_view::npos && dash + 1 < l.size())
    info.hyphen_tail = hash_text(l.substr(dash + 1));
  for (std::size_t k = 0; k < 4; ++k) {
    const auto len = std::min(l.size(), k + 1);
    info.prefix[k] = hash_text(l.substr(0, len));
    info.suffix[k] = hash_text(l.substr(l.size() - len));
  }
  if ((flags & kLexiconFeatures) != 0)
    info.lexicon = lexicon_signature(
        form.find_first_of("0123456789") == std::string_view::npos ? l : std::string_view{});
  return info;
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

}  // namespace

void WordView::assign(const std::vector<std::string_view>& forms, std::uint32_t flags) {
  // Per thread and per flag set; a full memo starts again, so memory stays bounded
  // on endless vocabularies. The values do not depend on what is memoised.
  constexpr std::size_t kMaxMemo = 200000;
  thread_local std::unordered_map<std::string, WordInfo, StringHash, std::equal_to<>> memo[2];
  auto& cache = memo[(flags & kLexiconFeatures) != 0 ? 1 : 0];
  if (cache.size() >= kMaxMemo) cache.clear();
  info.resize(forms.size());
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const auto found = cache.find(forms[i]);
    if (found != cache.end()) {
      info[i] = found->second;
    } else {
      info[i] = word_info(forms[i], flags);
      cache.emplace(std::string(forms[i]), info[i]);
    }
  }
}

void tagger_features(const WordView& w, std::size_t i, int previous, int previous2,
                     std::vector<FeatureKey>& out, std::uint32_t flags) {
  out.clear();
  const std::size_t n = w.size();
  const auto lower_at = [&](std::ptrdiff_t j) -> std::uint64_t {
    if (j < 0) return kStart + static_cast<std::uint64_t>(-j);
    if (static_cast<std::size_t>(j) >= n) return kEnd + static_cast<std::uint64_t>(j) - n;
    return w.info[static_cast<std::size_t>(j)].lower_hash;
  };
  const auto suffix_at = [&](std::ptrdiff_t j, std::size_t k) -> std::uint64_t {
    if (j < 0 || static_cast<std::size_t>(j) >= n) return lower_at(j);
    return w.info[static_cast<std::size_t>(j)].suffix[k];
  };
  const auto shape_at = [&](std::ptrdiff_t j) -> std::uint64_t {
    if (j < 0 || static_cast<std::size_t>(j) >= n) return lower_at(j);
    return w.info[static_cast<std::size_t>(j)].shape_hash;
  };
  const auto at = static_cast<std::ptrdiff_t>(i);
  const std::uint64_t p1 = static_cast<std::uint64_t>(previous + 2);
  const std::uint64_t p2 = static_cast<std::uint64_t>(previous2 + 2);
  out.push_back(feature_key(1, 1));
  out.push_back(feature_key(2, w.info[i].lower_hash));
  out.push_back(feature_key(3, w.info[i].form_hash));
  for (std::uint32_t k = 0; k < 4; ++k) {
    out.push_back(feature_key(4 + k, w.info[i].suffix[k]));
    out.push_back(feature_key(8 + k, w.info[i].prefix[k]));
  }
  out.push_back(feature_key(12, w.info[i].shape_hash));
  out.push_back(feature_key(13, w.info[i].shape_hash, i == 0 ? 1 : 2));
  out.push_back(feature_key(14, p1));
  out.push_back(feature_key(15, p1 << 8 | p2));
  out.push_back(feature_key(16, p1, w.info[i].lower_hash));
  out.push_back(feature_key(17, p1, w.info[i].suffix[2]));
  out.push_back(feature_key(18, lower_at(at - 1)));
  out.push_back(feature_key(19, suffix_at(at - 1, 2)));
  out.push_back(feature_key(20, lower_at(at - 2)));
  out.push_back(feature_key(21, lower_at(at + 1)));
  out.push_back(feature_key(22, suffix_at(at + 1, 2)));
  out.push_back(feature_key(23, lower_at(at + 2)));
  out.push_back(feature_key(24, shape_at(at + 1)));
  out.push_back(feature_key(25, lower_at(at - 1), w.info[i].lower_hash));
  out.push_back(feature_key(26, w.info[i].lower_hash, lower_at(at + 1)));
  out.push_back(feature_key(27, lower_at(at + 1), lower_at(at + 2)));
  out.push_back(feature_key(28, shape_at(at - 1)));
  out.push_back(feature_key(29, suffix_at(at + 1, 0)));
  out.push_back(feature_key(30, p1, lower_at(at + 1)));
  out.push_back(feature_key(31, suffix_at(at - 1, 0), w.info[i].suffix[1]));
  // The part after the last hyphen ("pro-government" -> "government").
  if (w.info[i].hyphen_tail != 0) out.push_back(feature_key(32, w.info[i].hyphen_tail));
  if ((flags & kLexiconFeatures) != 0) {
    const auto lex_at = [&](std::ptrdiff_t j) -> std::uint64_t {
      if (j < 0 || static_cast<std::size_t>(j) >= n) return lower_at(j);
      return w.info[static_cast<std::size_t>(j)].lexicon;
    };
    out.push_back(feature_key(33, w.info[i].lexicon));
    out.push_back(feature_key(34, w.info[i].lexicon, w.info[i].suffix[2]));
    out.push_back(feature_key(35, w.info[i].lexicon, p1));
    out.push_back(feature_key(36, lex_at(at + 1)));
    out.push_back(feature_key(37, lex_at(at - 1)));
    out.push_back(feature_key(38, w.info[i].lexicon, w.info[i].shape_hash));
  }
}

// The tagger's templates split for inference: those that read only word i's own
// form (so their scores can be memoised per form) and the rest. Together they are
// exactly the templates of tagger_features (a test checks it).
void tagger_word_features(const WordView& w, std::size_t i, std::vector<FeatureKey>& out,
                          std::uint32_t flags) {
  out.clear();
  const auto& x = w.info[i];
  out.push_back(feature_key(1, 1));
  out.push_back(feature_key(2, x.lower_hash));
  out.push_back(feature_key(3, x.form_hash));
  for (std::uint32_t k = 0; k < 4; ++k) {
    out.push_back(feature_key(4 + k, x.suffix[k]));
    out.push_back(feature_key(8 + k, x.prefix[k]));
  }
  out.push_back(feature_key(12, x.shape_hash));
  if (x.hyphen_tail != 0) out.push_back(feature_key(32, x.hyphen_tail));
  if ((flags & kLexiconFeatures) != 0) {
    out.push_back(feature_key(33, x.lexicon));
    out.push_back(feature_key(34, x.lexicon, x.suffix[2]));
    out.push_back(feature_key(38, x.lexicon, x.shape_hash));
  }
}

void tagger_context_features(const WordView& w, std::size_t i, int previous, int previous2,
                             std::vector<FeatureKey>& out, std::uint32_t flags) {
  out.clear();
  const std::size_t n = w.size();
  const auto lower_at = [&](std::ptrdiff_t j) -> std::uint64_t {
    if (j < 0) return kStart + static_cast<std::uint64_t>(-j);
    if (static_cast<std::size_t>(j) >= n) return kEnd + static_cast<std::uint64_t>(j) - n;
    return w.info[static_cast<std::size_t>(j)].lower_hash;
  };
  const auto suffix_at = [&](std::ptrdiff_t j, std::size_t k) -> std::uint64_t {
    if (j < 0 || static_cast<std::size_t>(j) >= n) return lower_at(j);
    return w.info[static_cast<std::size_t>(j)].suffix[k];
  };
  const auto shape_at = [&](std::ptrdiff_t j) -> std::uint64_t {
    if (j < 0 || static_cast<std::size_t>(j) >= n) return lower_at(j);
    return w.info[static_cast<std::size_t>(j)].shape_hash;
  };
  const auto at = static_cast<std::ptrdiff_t>(i);
  const std::uint64_t p1 = static_cast<std::uint64_t>(previous + 2);
  const std::uint64_t p2 = static_cast<std::uint64_t>(previous2 + 2);
  out.push_back(feature_key(13, w.info[i].shape_hash, i == 0 ? 1 : 2));
  out.push_back(feature_key(14, p1));
  out.push_back(feature_key(15, p1 << 8 | p2));
  out.push_back(feature_key(16, p1, w.info[i].lower_hash));
  out.push_back(feature_key(17, p1, w.info[i].suffix[2]));
  out.push_back(feature_key(18, lower_at(at - 1)));
  out.push_back(feature_key(19, suffix_at(at - 1, 2)));
  out.push_back(feature_key(20, lower_at(at - 2)));
  out.push_back(feature_key(21, lower_at(at + 1)));
  out.push_back(feature_key(22, suffix_at(at + 1, 2)));
  out.push_back(feature_key(23, lower_at(at + 2)));
  out.push_back(feature_key(24, shape_at(at + 1)));
  out.push_back(feature_key(25, lower_at(at - 1), w.info[i].lower_hash));
  out.push_back(feature_key(26, w.info[i].lower_hash, lower_at(at + 1)));
  out.push_back(feature_key(27, lower_at(at + 1), lower_at(at + 2)));
  out.push_back(feature_key(28, shape_at(at - 1)));
  out.push_back(feature_key(29, suffix_at(at + 1, 0)));
  out.push_back(feature_key(30, p1, lower_at(at + 1)));
  out.push_back(feature_key(31, suffix_at(at - 1, 0), w.info[i].suffix[1]));
  if ((flags & kLexiconFeatures) != 0) {
    const auto lex_at = [&](std::ptrdiff_t j) -> std::uint64_t {
      if (j < 0 || static_cast<std::size_t>(j) >= n) return lower_at(j);
      return w.info[static_cast<std::size_t>(j)].lexicon;
    };
    out.push_back(feature_key(35, w.info[i].lexicon, p1));
    out.push_back(feature_key(36, lex_at(at + 1)));
    out.push_back(feature_key(37, lex_at(at - 1)));
  }
}

void ParserContext::assign(const WordView& words, const std::vector<int>& tags, int tag_count,
                           std::uint32_t model_flags) {
  const auto n = words.size();
  flags = model_flags;
  word.resize(n + 1);
  tag.resize(n + 1);
  for (std::size_t i = 0; i < n; ++i) {
    word[i] = words.info[i].lower_hash;
    tag[i] = tags[i];
  }
  root_tag = tag_count;
  word[n] = hash_text("<ROOT>");
  tag[n] = tag_count;
  if ((flags & kParserLexiconFeatures) != 0) {
    lexicon.resize(n + 1);
    suffix.resize(n + 1);
    for (std::size_t i = 0; i < n; ++i) {
      lexicon[i] = words.info[i].lexicon;
      suffix[i] = words.info[i].suffix[2];
    }
    lexicon[n] = word[n];
    suffix[n] = word[n];
  }
}

namespace {

struct Slot {
  std::uint64_t w;
  std::uint64_t t;
  std::uint64_t l;
};

Slot slot_of(const ParserContext& c, const ArcHybrid& s, int word) {
  if (word < 0) return {kAbsent, 255, 255};
  const auto u = static_cast<std::size_t>(word);
  const int label = s.label(word);
  return {c.word[u], static_cast<std::uint64_t>(c.tag[u]),
          label < 0 ? 254u : static_cast<std::uint64_t>(label)};
}

std::uint64_t wt(const Slot& s) { return s.w ^ (s.t << 56); }

// The lexicon signature and suffix of a word (kParserLexiconFeatures), or kAbsent.
std::uint64_t lexicon_of(const ParserContext& c, int word) {
  return word < 0 ? kAbsent : c.lexicon[static_cast<std::size_t>(word)];
}
std::uint64_t suffix_of(const ParserContext& c, int word) {
  return word < 0 ? kAbsent : c.suffix[static_cast<std::size_t>(word)];
}

}  // namespace

void parser_features(const ParserContext& c, const ArcHybrid& state, std::vector<FeatureKey>& out) {
  out.clear();
  const int s0i = state.stack(0);
  const int s1i = state.stack(1);
  const int b0i = state.buffer(0);
  const Slot s0 = slot_of(c, state, s0i);
  const Slot s1 = slot_of(c, state, s1i);
  const Slot s2 = slot_of(c, state, state.stack(2));
  const Slot b0 = slot_of(c, state, b0i);
  const Slot b1 = slot_of(c, state, state.buffer(1));
  const Slot b2 = slot_of(c, state, state.buffer(2));
  const Slot s0l = slot_of(c, state, state.leftmost(s0i));
  const Slot s0l2 = slot_of(c, state, state.leftmost(s0i, 1));
  const Slot s0r = slot_of(c, state, state.rightmost(s0i));
  const Slot s0r2 = slot_of(c, state, state.rightmost(s0i, 1));
  const Slot s1l = slot_of(c, state, state.leftmost(s1i));
  const Slot s1r = slot_of(c, state, state.rightmost(s1i));
  const Slot b0l = slot_of(c, state, state.leftmost(b0i));
  const Slot b0l2 = slot_of(c, state, state.leftmost(b0i, 1));
  const auto capped = [](int d) {
    return static_cast<std::uint64_t>(d < 0 ? 0 : (d > 5 ? (d > 10 ? 7 : 6) : d));
  };
  const std::uint64_t d0 = s0i >= 0 && b0i >= 0 ? capped(b0i - s0i) : 0;
  const std::uint64_t d1 = s0i >= 0 && s1i >= 0 ? capped(s0i - s1i) : 0;
  const auto s0vl = static_cast<std::uint64_t>(state.left_count(s0i));
  const auto s0vr = static_cast<std::uint64_t>(state.right_count(s0i));
  const auto b0vl = static_cast<std::uint64_t>(state.left_count(b0i));
  const auto s1vr = static_cast<std::uint64_t>(state.right_count(s1i));
  const auto t3 = [](std::uint64_t a, std::uint64_t b, std::uint64_t d) {
    return a | b << 8 | d << 16;
  };
  std::uint32_t id = 100;
  const auto add = [&](std::uint64_t a, std::uint64_t b = 0) {
    out.push_back(feature_key(id++, a, b));
  };
  add(1);  // bias
  // Single words.
  add(wt(s0));
  add(s0.w);
  add(s0.t);
  add(wt(s1));
  add(s1.w);
  add(s1.t);
  add(wt(b0));
  add(b0.w);
  add(b0.t);
  add(wt(b1));
  add(b1.w);
  add(b1.t);
  add(wt(b2));
  add(b2.t);
  add(s2.t);
  // Pairs.
  add(wt(s0), wt(b0));
  add(wt(s0), b0.w);
  add(s0.w, wt(b0));
  add(wt(s0), b0.t);
  add(s0.t, wt(b0));
  add(s0.w, b0.w);
  add(s0.t | b0.t << 8);
  add(b0.t | b1.t << 8);
  add(wt(s1), wt(s0));
  add(s1.w, s0.w);
  add(s1.t | s0.t << 8);
  add(s1.t, s0.w);
  add(s1.w, s0.t);
  add(s1.t | b0.t << 8);
  add(s1.w, b0.w);
  add(s0.w, b1.t);
  add(s0.t, b1.w);
  // Trigrams of tags.
  add(t3(b0.t, b1.t, b2.t));
  add(t3(s0.t, b0.t, b1.t));
  add(t3(s1.t, s0.t, b0.t));
  add(t3(s0.t, s0l.t, b0.t));
  add(t3(s0.t, s0r.t, b0.t));
  add(t3(s0.t, b0.t, b0l.t));
  add(t3(s1.t, s1r.t, s0.t));
  add(t3(s1.t, s0.t, s0l.t));
  add(t3(s1.t, s0.t, s0r.t));
  add(t3(s2.t, s1.t, s0.t));
  add(t3(s1.t, s1l.t, s0.t));
  // Distance.
  add(s0.w, d0);
  add(s0.t | d0 << 8);
  add(b0.w, d0);
  add(b0.t | d0 << 8);
  add(s0.w ^ b0.w, d0 + 1);
  add(t3(s0.t, b0.t, d0));
  add(t3(s1.t, s0.t, d1));
  add(s1.w ^ s0.w, d1 + 1);
  // Valency.
  add(s0.w, s0vr + 1);
  add(s0.t | s0vr << 8);
  add(s0.w, s0vl + 1);
  add(s0.t | s0vl << 8);
  add(b0.w, b0vl + 1);
  add(b0.t | b0vl << 8);
  add(s1.t | s1vr << 8);
  // Children.
  add(s0l.w);
  add(s0l.t);
  add(s0l.l);
  add(s0r.w);
  add(s0r.t);
  add(s0r.l);
  add(b0l.w);
  add(b0l.t);
  add(b0l.l);
  add(s1r.t);
  add(s1r.l);
  add(s1l.l);
  add(s0l2.w);
  add(s0l2.t);
  add(s0l2.l);
  add(s0r2.w);
  add(s0r2.t);
  add(s0r2.l);
  add(b0l2.w);
  add(b0l2.t);
  add(b0l2.l);
  add(t3(s0.t, s0l.t, s0l2.t));
  add(t3(s0.t, s0r.t, s0r2.t));
  add(t3(b0.t, b0l.t, b0l2.t));
  add(t3(s0.t, s0l.l, s0r.l));
  add(t3(b0.t, b0l.l, s0.t));
  // Label sets.
  add(s0.w, state.right_labels(s0i) + 1);
  add(s0.t, state.right_labels(s0i) + 1);
  add(s0.w, state.left_labels(s0i) + 1);
  add(s0.t, state.left_labels(s0i) + 1);
  add(b0.w, state.left_labels(b0i) + 1);
  add(b0.t, state.left_labels(b0i) + 1);
  add(s1.t, state.right_labels(s1i) + 1);
  // How much is left: the root must come last.
  add(b0.t, state.stack_size() > 3 ? 4 : state.stack_size() + 1);
  if ((c.flags & kParserLexiconFeatures) == 0) return;
  // What the lexicons say a word can be, and its suffix: class-like information
  // for words the treebank saw rarely; more word and label conjunctions.
  const int b1i = state.buffer(1);
  const std::uint64_t s0x = lexicon_of(c, s0i);
  const std::uint64_t b0x = lexicon_of(c, b0i);
  const std::uint64_t s1x = lexicon_of(c, s1i);
  const std::uint64_t b1x = lexicon_of(c, b1i);
  const std::uint64_t s0s = suffix_of(c, s0i);
  const std::uint64_t b0s = suffix_of(c, b0i);
  add(s0x, s0.t);
  add(b0x, b0.t);
  add(s1x, s1.t);
  add(b1x, b1.t);
  add(s0s, s0.t);
  add(b0s, b0.t);
  add(s0x, b0x);
  add(s0x ^ (b0.t << 48), s0.t);
  add(b0x ^ (s0.t << 48), b0.t);
  add(s0s, b0s);
  add(s0.w ^ (b0.w * 3), b1.t);
  add(s0.w ^ (b0.w * 3), s1.t);
  add(s0.w, b1.w);
  add(s2.w);
  add(wt(s2), s0.t);
  add(t3(s0.t, s0r.l, b0.t));
  add(t3(s0.t, s0l.l, b0.t));
  add(t3(b0.t, b0l.l, b0l.t));
  add(t3(s1.t, s1r.l, s0.t));
  add(s0.w, s0r.l << 8 | s0l.l);
}

void label_features(const ParserContext& c, const ArcHybrid& state, int head, int dependent,
                    std::vector<FeatureKey>& out) {
  out.clear();
  const Slot h = slot_of(c, state, head);
  const Slot d = slot_of(c, state, dependent);
  const int n = state.words();
  const auto tag_at = [&](int i) -> std::uint64_t {
    return i < 0 || i > n ? 253 : static_cast<std::uint64_t>(c.tag[static_cast<std::size_t>(i)]);
  };
  const std::uint64_t dir = dependent < head ? 1 : 2;
  const int gap = dependent < head ? head - dependent : dependent - head;
  const std::uint64_t dist = static_cast<std::uint64_t>(gap > 5 ? (gap > 10 ? 7 : 6) : gap);
  const Slot dl = slot_of(c, state, state.leftmost(dependent));
  const Slot dr = slot_of(c, state, state.rightmost(dependent));
  const Slot hl = slot_of(c, state, state.leftmost(head));
  const Slot hr = slot_of(c, state, state.rightmost(head));
  std::uint32_t id = 300;
  const auto add = [&](std::uint64_t a, std::uint64_t b = 0) {
    out.push_back(feature_key(id++, a, b));
  };
  add(dir);
  add(d.w, dir);
  add(d.t | dir << 8);
  add(wt(d), dir);
  add(h.w, dir);
  add(h.t | dir << 8);
  add(wt(h), dir);
  add(h.t | d.t << 8 | dir << 16);
  add(h.w, d.t << 8 | dir);
  add(h.t << 8 | dir, d.w);
  add(h.w ^ (d.w * 3), dir);
  add(h.t | d.t << 8 | dist << 16 | dir << 24);
  add(d.t | dl.l << 8 | dr.l << 16);
  add(d.t | dl.t << 8 | dir << 16);
  add(d.t | dr.t << 8 | dir << 16);
  add(d.w, dl.l << 8 | dr.l);
  add(dl.w, d.t);
  add(dr.w, d.t);
  add(d.t, state.left_labels(dependent) + 1);
  add(d.t, (state.right_labels(dependent) + 1) * 3);
  add(h.t, (state.left_labels(head) + 1) * 5 + dir);
  add(h.t, (state.right_labels(head) + 1) * 7 + dir);
  add(h.t | hl.l << 8 | hr.l << 16 | dir << 24);
  add(h.t | tag_at(head - 1) << 8 | tag_at(head + 1) << 16 | d.t << 24);
  add(d.t | tag_at(dependent - 1) << 8 | tag_at(dependent + 1) << 16 | dir << 24);
  add(d.t | tag_at(dependent - 1) << 8 | h.t << 16 | dir << 24);
  add(d.t | tag_at(dependent + 1) << 8 | h.t << 16 | dir << 24);
  add(h.t | d.t << 8 | static_cast<std::uint64_t>(state.head(head) >= 0 ? 1 : 0) << 16);
  add(d.t | static_cast<std::uint64_t>(std::min(state.left_count(dependent), 3)) << 8 |
      static_cast<std::uint64_t>(std::min(state.right_count(dependent), 3)) << 12 | dir << 16);
  if ((c.flags & kParserLexiconFeatures) == 0) return;
  const std::uint64_t dx = lexicon_of(c, dependent);
  const std::uint64_t hx = lexicon_of(c, head);
  const std::uint64_t ds = suffix_of(c, dependent);
  const auto word_at = [&](int i) -> std::uint64_t {
    return i < 0 || i > n ? kAbsent : c.word[static_cast<std::size_t>(i)];
  };
  add(dx, d.t << 8 | dir);
  add(hx, h.t << 8 | dir);
  add(dx ^ (hx * 3), dir);
  add(ds, d.t << 8 | dir);
  add(ds, h.t << 8 | dir);
  add(h.w ^ (d.w * 3), dist << 8 | dir);
  add(word_at(dependent - 1), d.t << 8 | dir);
  add(word_at(dependent + 1), d.t << 8 | dir);
  add(h.w, d.t << 16 | dl.l << 8 | dir);
  add(d.w, h.t << 16 | dr.l << 8 | dir);
}

}  // namespace actorgraph::detail
