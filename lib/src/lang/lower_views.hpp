// ASCII lower-case views of a sentence's words, for the per-sentence caches of
// the relation, event and time-expression stages. Those stages compare every
// word against many lower-case literals; building a lower-cased std::string per
// word (and per rule) was a large share of their cost. Most words hold no
// capital, so their view is the word itself; the others are lower-cased once
// into one buffer.
#pragma once

#include <cstddef>
#include <forward_list>
#include <string>
#include <string_view>

namespace actorgraph::detail {

/// 'A'-'Z' to 'a'-'z', every other byte unchanged (UTF-8 continuation bytes
/// included). The library never sets a locale, so this is what std::tolower
/// does in it.
constexpr char ascii_lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr bool has_ascii_upper(std::string_view s) noexcept {
  for (const char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

/// Hands out lower-case views of words. The storage is reserved once for at
/// most `capacity` bytes of lower-cased words, so no view is ever moved away
/// under another; the object is neither copied nor moved for the same reason
/// (a moved short string relocates its characters). Views returned stay valid
/// as long as this object and the viewed words live.
class LowerViews {
 public:
  explicit LowerViews(std::size_t capacity) { buffer_.reserve(capacity); }
  LowerViews(const LowerViews&) = delete;
  LowerViews& operator=(const LowerViews&) = delete;

  /// `word` lower-cased: `word` itself when it has no capital. Beyond the
  /// reserved capacity the copy is kept in an owned string of its own rather
  /// than risk moving the buffer.
  std::string_view operator()(std::string_view word) {
    std::size_t first = 0;  // the first capital: the bytes before it are copied as they are
    while (first < word.size() && !(word[first] >= 'A' && word[first] <= 'Z')) ++first;
    if (first == word.size()) return word;
    if (buffer_.size() + word.size() > buffer_.capacity()) return overflow(word);
    const std::size_t at = buffer_.size();
    buffer_.append(word);
    for (std::size_t k = at + first; k < buffer_.size(); ++k) buffer_[k] = ascii_lower(buffer_[k]);
    return std::string_view(buffer_).substr(at, word.size());
  }

 private:
  std::string_view overflow(std::string_view word) {
    auto& copy = spill_.emplace_front(word);  // list nodes never move
    for (auto& c : copy) c = ascii_lower(c);
    return copy;
  }

  std::string buffer_;
  std::forward_list<std::string> spill_;
};

}  // namespace actorgraph::detail
