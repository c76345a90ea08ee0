// Name keys and slugs: how spelling variants of one name become equal.
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <utf8proc.h>

#include "resolve/entity_resolver.hpp"
#include "mentions/mention_words.hpp"
#include "resolve/name_key.hpp"

namespace actorgraph {

namespace {

/// Lower case, accents stripped; ASCII stays on a fast path.
std::string fold_case_and_accents(std::string_view text) {
  bool ascii = true;
  for (unsigned char c : text) ascii = ascii && c < 0x80;
  if (ascii) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    return out;
  }
  utf8proc_uint8_t* mapped = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                      UTF8PROC_CASEFOLD);
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                              static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
  if (n < 0 || mapped == nullptr) {
    std::free(mapped);
    std::string out(text);
    for (auto& c : out) c = static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    return out;
  }
  std::string out(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  std::free(mapped);
  return out;
}

/// Splits a folded name into words of ASCII letters/digits; apostrophes vanish
/// ("Hay'at" -> "hayat"), every other character separates.
std::vector<std::string> words_of(const std::string& folded) {
  std::vector<std::string> words;
  std::string current;
  for (char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      current.push_back(c);
    } else if (c == '\'' || u >= 0x80) {
      // apostrophes and leftover non-ASCII letters (none after folding) do not split
      if (u >= 0x80) current.push_back(c);
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

/// Transliteration folding of one word.
std::string fold_letters(std::string_view w) {
  std::string s;
  s.reserve(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    if (c == 'y') c = 'i';
    if (c == 'k' && next == 's') { s.push_back('x'); ++i; continue; }
    if (c == 'k' && next == 'h') { s.push_back('h'); ++i; continue; }
    if (c == 'p' && next == 'h') { s.push_back('f'); ++i; continue; }
    if (c == 'o' && next == 'u') { s.push_back('u'); ++i; continue; }
    if (c == 'o' && next == 'o') { s.push_back('u'); ++i; continue; }
    if (c == 'c' && next == 'k') { s.push_back('k'); ++i; continue; }
    if (c == 'j') c = 'j';
    if (!s.empty() && s.back() == c) continue;  // doubled letters
    s.push_back(c);
  }
  // "-ii" from "-iy" already collapsed by the doubled-letter rule.
  // Frequent given-name variants that the letter rules cannot reach.
  struct Variant { std::string_view from, to; };
  static constexpr Variant kVariants[] = {
      {"mohamad", "muhamad"}, {"mohamed", "muhamad"}, {"muhamed", "muhamad"}, {"mohammad", "muhamad"},
      {"mahomed", "muhamad"}, {"alexandr", "alexander"}, {"alexandre", "alexander"},
      {"ahmed", "ahmad"},     {"husein", "husein"},   {"husain", "husein"},   {"hosein", "husein"},
      {"usama", "usama"},     {"osama", "usama"},     {"omar", "umar"},       {"abdel", "abdul"},
      {"abdal", "abdul"},     {"iusef", "iusuf"},     {"iusif", "iusuf"},     {"ievgeni", "evgeni"},
      {"iuri", "iuri"},       {"iurii", "iuri"},      {"mihail", "mihail"},   {"mikhail", "mihail"},
      {"piotr", "petr"},      {"pieter", "peter"},    {"nikolai", "nikolai"}, {"vladimir", "vladimir"},
  };
  for (const auto& v : kVariants)
    if (s == v.from) return std::string(v.to);
  return s;
}

}  // namespace

namespace detail {

std::string name_key_uncached(std::string_view name) {
  const auto words = words_of(fold_case_and_accents(name));
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& w = words[i];
    const bool last = i + 1 == words.size();
    // Particles and initials are optional parts of a name ("Bashar Assad", "George Krol").
    if (!last && words.size() > 1 && detail::has_class(w, detail::kParticle)) continue;
    if (w.size() == 1 && words.size() > 1 && !last) continue;
    kept.push_back(fold_letters(w));
  }
  std::string key;
  for (const auto& w : kept) {
    if (!key.empty()) key.push_back(' ');
    key += w;
  }
  return key;
}

}  // namespace detail

std::string name_key(std::string_view name) {
  // A document names its actors again and again, and resolution keys every name more than
  // once: a per-thread memo of this pure function, bounded like the tagger's.
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  thread_local std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> cache;
  if (const auto it = cache.find(name); it != cache.end()) return it->second;
  std::string key = detail::name_key_uncached(name);
  if (cache.size() >= 100000) cache.clear();
  cache.emplace(std::string(name), key);
  return key;
}

std::string slugify(std::string_view name) {
  const auto folded = fold_case_and_accents(name);
  std::string slug;
  bool pending_hyphen = false;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_hyphen && !slug.empty()) slug.push_back('-');
      pending_hyphen = false;
      slug.push_back(c);
    } else if (c == '\'' || static_cast<unsigned char>(c) >= 0x80) {
      // "Hay'at" -> "hayat"; stray non-ASCII is dropped
    } else {
      pending_hyphen = true;
    }
  }
  return slug;
}

}  // namespace actorgraph
