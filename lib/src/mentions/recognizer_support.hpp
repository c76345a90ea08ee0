// Per-token features shared by mention recognition and resolution.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/text.hpp"

namespace actorgraph::detail {

/// What the recognizer needs to know about one token, computed once.
struct TokenFeatures {
  const Token* token = nullptr;
  std::string_view norm;   ///< Normalised text (quotes straightened).
  std::string_view core;   ///< norm without a possessive ending ("Russia" for "Russia's").
  std::string_view lower;  ///< core in ASCII lower case (views the store of make_features).
  std::size_t begin = 0;   ///< Byte offset of core in the original text.
  std::size_t end = 0;     ///< One past the last byte of core.
  std::string_view pos;    ///< Penn tag.
  unsigned cls = 0;        ///< word_class(lower).
  bool word = false;       ///< Starts with a letter.
  bool cap = false;        ///< Starts with an upper-case letter.
  bool allcaps = false;    ///< Two or more letters, all upper case.
  bool possessive = false; ///< The token itself ends in 's / ’s.
};

/// Features of each token, appended to `out`. Their `lower` views `lower_store`, which is
/// cleared and refilled, and must outlive them and stay unmodified while they are used
/// (one string per sentence instead of one per token).
void make_features(std::span<const Token> tokens, std::vector<TokenFeatures>& out,
                   std::string& lower_store);

}  // namespace actorgraph::detail

namespace actorgraph::detail {

bool is_upper_start(std::string_view s);          ///< First code point is an upper-case letter.
bool is_alpha_start(std::string_view s);          ///< First code point is a letter.
std::string lower_ascii(std::string_view s);      ///< ASCII lower case.
/// lower_ascii(s).find(lower_needle) != npos, without building the lower-case copy.
bool contains_lower(std::string_view s, std::string_view lower_needle);
bool all_caps(std::string_view s);                ///< >= 2 letters, none lower case.
std::size_t possessive_suffix(std::string_view s);///< Bytes of a trailing 's / ’s / s'.
bool is_possessive_token(std::string_view norm);  ///< The token is a possessive ending.

}  // namespace actorgraph::detail
