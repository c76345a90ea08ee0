#include "lang/language_data.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "actorgraph/error.hpp"

namespace actorgraph::detail {
namespace {

// A forward reader over the embedded blob. The blob is produced by our own generator, so a
// malformed blob is a build defect: it is reported as actorgraph::Error naming the line.
class BlobReader {
 public:
  explicit BlobReader(std::string_view data) : data_(data) {}

  std::string_view line() {
    if (pos_ >= data_.size()) fail("unexpected end of data");
    auto nl = data_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = data_.size();
    auto out = data_.substr(pos_, nl - pos_);
    pos_ = nl + 1;
    ++line_no_;
    return out;
  }

  // Reads a header "@name arg... count" and checks its name; returns the fields after the name.
  std::vector<std::string_view> header(std::string_view name) {
    auto fields = split(line());
    if (fields.empty() || fields[0] != name) fail("expected section " + std::string(name));
    fields.erase(fields.begin());
    return fields;
  }

  static std::vector<std::string_view> split(std::string_view s, char sep = ' ') {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= s.size()) {
      auto e = s.find(sep, start);
      if (e == std::string_view::npos) e = s.size();
      if (e > start) out.push_back(s.substr(start, e - start));
      start = e + 1;
    }
    return out;
  }

  template <typename T>
  T number(std::string_view s) {
    T v{};
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size()) fail("bad number '" + std::string(s) + "'");
    return v;
  }

  float decimal(std::string_view s) {
    float v = 0;
    if (!parse_float(s, v)) fail("bad number '" + std::string(s) + "'");
    return v;
  }

  // "tag:value"
  TagScore tag_score(std::string_view s) {
    auto colon = s.find(':');
    if (colon == std::string_view::npos) fail("bad tag:value '" + std::string(s) + "'");
    return TagScore{number<std::uint8_t>(s.substr(0, colon)), decimal(s.substr(colon + 1))};
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw Error("embedded language data, line " + std::to_string(line_no_) + ": " + what);
  }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
  std::size_t line_no_ = 0;
};

// The fields of a line separated by runs of spaces, one at a time: split() built a vector
// for every one of the ~50,000 lines of tagger data.
class Fields {
 public:
  explicit Fields(std::string_view line) : rest_(line) {}
  bool next(std::string_view& field) {
    std::size_t start = rest_.find_first_not_of(' ');
    if (start == std::string_view::npos) return false;
    rest_.remove_prefix(start);
    std::size_t end = rest_.find(' ');
    if (end == std::string_view::npos) end = rest_.size();
    field = rest_.substr(0, end);
    rest_.remove_prefix(end);
    return true;
  }

 private:
  std::string_view rest_;
};

}  // namespace

bool parse_float(std::string_view s, float& out) {
  // Clinger's fast path: up to 7 digits (< 2^24, exact in a float) over 10^k with k <= 10
  // (exact in a float): one IEEE division, correctly rounded like std::from_chars.
  static constexpr float kPow10[] = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f,
                                     1e6f, 1e7f, 1e8f, 1e9f, 1e10f};
  std::size_t i = 0;
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) ++i;
  std::uint32_t mantissa = 0;
  int digits = 0, fraction = 0;
  bool dot = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      if (++digits > 7) break;
      mantissa = mantissa * 10 + static_cast<std::uint32_t>(c - '0');
      if (dot) ++fraction;
    } else if (c == '.' && !dot) {
      dot = true;
    } else {
      break;
    }
  }
  if (i == s.size() && digits > 0 && fraction <= 10) {
    const float v = static_cast<float>(mantissa) / kPow10[fraction];
    out = negative ? -v : v;
    return true;
  }
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && p == s.data() + s.size();
}

const LanguageData& LanguageData::instance() {
  static const LanguageData data;
  return data;
}

LanguageData::LanguageData() {
  BlobReader in(embedded_language_data());
  if (in.line() != "ACTORGRAPH-LANGDATA 1") in.fail("unknown format");
  for (int i = 0; i < 4; ++i) {
    auto h = in.header("@wordnet");
    if (h.size() != 2) in.fail("bad @wordnet header");
    auto n = in.number<std::size_t>(h[1]);
    auto& words = wordnet_[static_cast<std::size_t>(i)];
    words.reserve(n);
    for (std::size_t k = 0; k < n; ++k) words.push_back(in.line());
    if (!std::is_sorted(words.begin(), words.end())) std::sort(words.begin(), words.end());
  }
  for (int i = 0; i < 4; ++i) {
    auto h = in.header("@exc");
    if (h.size() != 2) in.fail("bad @exc header");
    auto n = in.number<std::size_t>(h[1]);
    auto& map = exceptions_[i];
    map.reserve(n);
    for (std::size_t k = 0; k < n; ++k) {
      Fields fields(in.line());
      std::string_view form, base;
      if (!fields.next(form)) continue;
      auto begin = static_cast<std::uint32_t>(exception_bases_.size());
      while (fields.next(base)) exception_bases_.push_back(base);
      if (exception_bases_.size() == begin) continue;  // "-": a multi-word form left out
      // A form listed twice takes its last bases (as the map assignment this replaces did).
      map.assign(form, Range{begin, static_cast<std::uint32_t>(exception_bases_.size())});
    }
  }
  {
    auto h = in.header("@tags");
    auto names = BlobReader::split(in.line());
    if (h.size() != 1 || names.size() != in.number<std::size_t>(h[0]) || names.size() > 255)
      in.fail("bad @tags");
    tags_.assign(names.begin(), names.end());
  }
  const std::size_t v = tags_.size();
  in.header("@unigram");
  for (auto f : BlobReader::split(in.line())) unigram_.push_back(in.number<double>(f));
  if (unigram_.size() != v) in.fail("bad @unigram");
  for (double u : unigram_) total_ += u;
  in.header("@trans");
  trans_.reserve(v * v * v);
  for (std::size_t row = 0; row < v * v; ++row) {
    Fields fields(in.line());
    std::size_t count = 0;
    for (std::string_view x; fields.next(x); ++count) trans_.push_back(in.decimal(x));
    if (count != v) in.fail("bad @trans row");
  }
  auto read_scores = [&](std::string_view section, WordRanges& map, auto& scores) {
    auto h = in.header(section);
    if (h.size() != 1) in.fail("bad section header");
    auto n = in.number<std::size_t>(h[0]);
    map.reserve(n);
    scores.reserve(scores.size() + 2 * n);
    for (std::size_t k = 0; k < n; ++k) {
      Fields fields(in.line());
      std::string_view key, field;
      if (!fields.next(key)) in.fail("entry without tags");
      auto begin = static_cast<std::uint32_t>(scores.size());
      while (fields.next(field)) {
        auto ts = in.tag_score(field);
        if (ts.tag >= v) in.fail("tag index out of range");
        scores.push_back(ts);
      }
      if (scores.size() == begin) in.fail("entry without tags");
      map.emplace(key == "^" && section == "@suffix" ? std::string_view{} : key,
                  Range{begin, static_cast<std::uint32_t>(scores.size())});
    }
  };
  read_scores("@lex", lexicon_, lexicon_scores_);
  read_scores("@suffix", suffix_, suffix_scores_);
  if (in.line() != "@end") in.fail("expected @end");
}

std::span<const std::string_view> LanguageData::exceptions(int pos_index,
                                                           std::string_view lower_word) const {
  const Range* r = exceptions_[static_cast<std::size_t>(pos_index)].find(lower_word);
  if (!r) return {};
  return std::span<const std::string_view>(exception_bases_).subspan(r->first, r->second - r->first);
}

int LanguageData::tag_index(std::string_view name) const {
  for (std::size_t i = 0; i < tags_.size(); ++i)
    if (tags_[i] == name) return static_cast<int>(i);
  return -1;
}

std::span<const TagScore> LanguageData::lexicon(std::string_view lower_word) const {
  const Range* r = lexicon_.find(lower_word);
  if (!r) return {};
  return std::span<const TagScore>(lexicon_scores_).subspan(r->first, r->second - r->first);
}

std::span<const TagScore> LanguageData::suffix_counts(std::string_view suffix) const {
  const Range* r = suffix_.find(suffix);
  if (!r) return {};
  return std::span<const TagScore>(suffix_scores_).subspan(r->first, r->second - r->first);
}

}  // namespace actorgraph::detail
