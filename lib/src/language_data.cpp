#include "language_data.hpp"

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

  // "tag:value"
  TagScore tag_score(std::string_view s) {
    auto colon = s.find(':');
    if (colon == std::string_view::npos) fail("bad tag:value '" + std::string(s) + "'");
    return TagScore{number<std::uint8_t>(s.substr(0, colon)), number<float>(s.substr(colon + 1))};
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw Error("embedded language data, line " + std::to_string(line_no_) + ": " + what);
  }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
  std::size_t line_no_ = 0;
};

}  // namespace

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
      auto f = BlobReader::split(in.line());
      if (f.size() < 2) continue;  // "-": a multi-word form the generator left out
      map[f[0]].assign(f.begin() + 1, f.end());
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
    auto f = BlobReader::split(in.line());
    if (f.size() != v) in.fail("bad @trans row");
    for (auto x : f) trans_.push_back(in.number<float>(x));
  }
  auto read_scores = [&](std::string_view section, auto& map, auto& scores) {
    auto h = in.header(section);
    if (h.size() != 1) in.fail("bad section header");
    auto n = in.number<std::size_t>(h[0]);
    map.reserve(n);
    for (std::size_t k = 0; k < n; ++k) {
      auto f = BlobReader::split(in.line());
      if (f.size() < 2) in.fail("entry without tags");
      auto begin = static_cast<std::uint32_t>(scores.size());
      for (std::size_t j = 1; j < f.size(); ++j) {
        auto ts = in.tag_score(f[j]);
        if (ts.tag >= v) in.fail("tag index out of range");
        scores.push_back(ts);
      }
      map.emplace(f[0] == "^" && section == "@suffix" ? std::string_view{} : f[0],
                  Range{begin, static_cast<std::uint32_t>(scores.size())});
    }
  };
  read_scores("@lex", lexicon_, lexicon_scores_);
  read_scores("@suffix", suffix_, suffix_scores_);
  if (in.line() != "@end") in.fail("expected @end");
}

std::span<const std::string_view> LanguageData::exceptions(int pos_index,
                                                           std::string_view lower_word) const {
  const auto& map = exceptions_[pos_index];
  auto it = map.find(lower_word);
  if (it == map.end()) return {};
  return it->second;
}

int LanguageData::tag_index(std::string_view name) const {
  for (std::size_t i = 0; i < tags_.size(); ++i)
    if (tags_[i] == name) return static_cast<int>(i);
  return -1;
}

std::span<const TagScore> LanguageData::lexicon(std::string_view lower_word) const {
  auto it = lexicon_.find(lower_word);
  if (it == lexicon_.end()) return {};
  return std::span<const TagScore>(lexicon_scores_)
      .subspan(it->second.first, it->second.second - it->second.first);
}

std::span<const TagScore> LanguageData::suffix_counts(std::string_view suffix) const {
  auto it = suffix_.find(suffix);
  if (it == suffix_.end()) return {};
  return std::span<const TagScore>(suffix_scores_)
      .subspan(it->second.first, it->second.second - it->second.first);
}

}  // namespace actorgraph::detail
