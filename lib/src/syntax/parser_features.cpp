// Feature templates of the tagger (Collins 2002; Honnibal's greedy tagger, with
// wider affixes and word pairs), the transition classifier (Zhang and Nivre 2011,
// mapped onto the arc-hybrid stack and buffer) and the relation labeller.
#include <algorithm>

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

void WordView::assign(const std::vector<std::string_view>& forms, std::uint32_t flags) {
  const auto n = forms.size();
  lower.resize(n);
  form_hash.resize(n);
  lower_hash.resize(n);
  shape_hash.resize(n);
  prefix.resize(n);
  suffix.resize(n);
  lexicon.assign((flags & kLexiconFeatures) != 0 ? n : 0, 0);
  for (std::size_t i = 0; i < n; ++i) {
    lower[i] = lower_form(forms[i]);
    const std::string_view l = lower[i];
    form_hash[i] = hash_text(forms[i]);
    lower_hash[i] = hash_text(l);
    shape_hash[i] = hash_text(shape_of(forms[i]));
    for (std::size_t k = 0; k < 4; ++k) {
      const auto len = std::min(l.size(), k + 1);
      prefix[i][k] = hash_text(l.substr(0, len));
      suffix[i][k] = hash_text(l.substr(l.size() - len));
    }
    if (!lexicon.empty())
      lexicon[i] = lexicon_signature(
          forms[i].find_first_of("0123456789") == std::string_view::npos ? l : std::string_view{});
  }
}

void tagger_features(const WordView& w, std::size_t i, int previous, int previous2,
                     std::vector<FeatureKey>& out, std::uint32_t flags) {
  out.clear();
  const std::size_t n = w.size();
  const auto lower_at = [&](std::ptrdiff_t j) -> std::uint64_t {
    if (j < 0) return kStart + static_cast<std::uint64_t>(-j);
    if (static_cast<std::size_t>(j) >= n) return kEnd + static_cast<std::uint64_t>(j) - n;
    return w.lower_hash[static_cast<std::size_t>(j)];
  };
  const auto suffix_at = [&](std::ptrdiff_t j, std::size_t k) -> std::uint64_t {
    if (j < 0 || static_cast<std::size_t>(j) >= n) return lower_at(j);
    return w.suffix[static_cast<std::size_t>(j)][k];
  };
  const auto shape_at = [&](std::ptrdiff_t j) -> std::uint64_t {
    if (j < 0 || static_cast<std::size_t>(j) >= n) return lower_at(j);
    return w.shape_hash[static_cast<std::size_t>(j)];
  };
  const auto at = static_cast<std::ptrdiff_t>(i);
  const std::uint64_t p1 = static_cast<std::uint64_t>(previous + 2);
  const std::uint64_t p2 = static_cast<std::uint64_t>(previous2 + 2);
  out.push_back(feature_key(1, 1));
  out.push_back(feature_key(2, w.lower_hash[i]));
  out.push_back(feature_key(3, w.form_hash[i]));
  for (std::uint32_t k = 0; k < 4; ++k) {
    out.push_back(feature_key(4 + k, w.suffix[i][k]));
    out.push_back(feature_key(8 + k, w.prefix[i][k]));
  }
  out.push_back(feature_key(12, w.shape_hash[i]));
  out.push_back(feature_key(13, w.shape_hash[i], i == 0 ? 1 : 2));
  out.push_back(feature_key(14, p1));
  out.push_back(feature_key(15, p1 << 8 | p2));
  out.push_back(feature_key(16, p1, w.lower_hash[i]));
  out.push_back(feature_key(17, p1, w.suffix[i][2]));
  out.push_back(feature_key(18, lower_at(at - 1)));
  out.push_back(feature_key(19, suffix_at(at - 1, 2)));
  out.push_back(feature_key(20, lower_at(at - 2)));
  out.push_back(feature_key(21, lower_at(at + 1)));
  out.push_back(feature_key(22, suffix_at(at + 1, 2)));
  out.push_back(feature_key(23, lower_at(at + 2)));
  out.push_back(feature_key(24, shape_at(at + 1)));
  out.push_back(feature_key(25, lower_at(at - 1), w.lower_hash[i]));
  out.push_back(feature_key(26, w.lower_hash[i], lower_at(at + 1)));
  out.push_back(feature_key(27, lower_at(at + 1), lower_at(at + 2)));
  out.push_back(feature_key(28, shape_at(at - 1)));
  out.push_back(feature_key(29, suffix_at(at + 1, 0)));
  out.push_back(feature_key(30, p1, lower_at(at + 1)));
  out.push_back(feature_key(31, suffix_at(at - 1, 0), w.suffix[i][1]));
  // The part after the last hyphen ("pro-government" -> "government").
  const std::string_view l = w.lower[i];
  if (const auto dash = l.rfind('-'); dash != std::string_view::npos && dash + 1 < l.size()) {
    out.push_back(feature_key(32, hash_text(l.substr(dash + 1))));
  }
  if ((flags & kLexiconFeatures) != 0) {
    const auto lex_at = [&](std::ptrdiff_t j) -> std::uint64_t {
      if (j < 0 || static_cast<std::size_t>(j) >= n) return lower_at(j);
      return w.lexicon[static_cast<std::size_t>(j)];
    };
    out.push_back(feature_key(33, w.lexicon[i]));
    out.push_back(feature_key(34, w.lexicon[i], w.suffix[i][2]));
    out.push_back(feature_key(35, w.lexicon[i], p1));
    out.push_back(feature_key(36, lex_at(at + 1)));
    out.push_back(feature_key(37, lex_at(at - 1)));
    out.push_back(feature_key(38, w.lexicon[i], w.shape_hash[i]));
  }
}

void ParserContext::assign(const WordView& words, const std::vector<int>& tags, int tag_count) {
  const auto n = words.size();
  word.resize(n + 1);
  tag.resize(n + 1);
  for (std::size_t i = 0; i < n; ++i) {
    word[i] = words.lower_hash[i];
    tag[i] = tags[i];
  }
  root_tag = tag_count;
  word[n] = hash_text("<ROOT>");
  tag[n] = tag_count;
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
}

}  // namespace actorgraph::detail
