// Penn Treebank tags as a small enum, read once per token, so the relation
// rules and the chunker compare integers where they compared strings (millions
// of `pos == "NNS"` per megabyte, each a length test and a memcmp).
//
// Every string maps to exactly one value, and the families keep the meaning of
// the string tests they replace: a tag outside the list that starts with "NN",
// "JJ" or "VB" is still a noun, adjective or verb tag (other_noun...), so
// is_noun(penn_of(s)) == s.starts_with("NN") for every string s.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace actorgraph::detail {

enum class Penn : std::uint8_t {
  other,       ///< Anything else, the empty tag included.
  other_noun,  ///< Starts with "NN" but none of the tags below.
  other_adj,   ///< Starts with "JJ" but none of the tags below.
  other_verb,  ///< Starts with "VB" but none of the tags below.
  CC,
  CD,
  DT,
  EX,
  FW,
  IN,
  JJ,
  JJR,
  JJS,
  MD,
  NN,
  NNS,
  NNP,
  NNPS,
  PDT,
  POS,
  PRP,
  PRP_poss,  ///< "PRP$"
  RB,
  RBR,
  RBS,
  RP,
  TO,
  VB,
  VBD,
  VBG,
  VBN,
  VBP,
  VBZ,
  WDT,
  WP,
  WP_poss,  ///< "WP$"
  WRB,
  HYPH,
  open_quote,   ///< "``"
  close_quote,  ///< "''"
};

/// The tags with a value of their own, in enum order from CC (for the tests).
inline constexpr std::array<std::string_view, 36> kPennNames = {
    "CC",  "CD",   "DT",  "EX",  "FW",  "IN",   "JJ", "JJR", "JJS", "MD",   "NN", "NNS",
    "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",   "TO", "VB",
    "VBD", "VBG",  "VBN", "VBP", "VBZ", "WDT",  "WP", "WP$", "WRB", "HYPH", "``", "''"};

static_assert(kPennNames.size() == static_cast<std::size_t>(Penn::close_quote) -
                                       static_cast<std::size_t>(Penn::CC) + 1,
              "one name per tag with a value of its own");

/// A tag of up to four bytes and its length packed into one integer, to switch on.
constexpr std::uint64_t penn_key(std::string_view tag) noexcept {
  std::uint64_t key = tag.size();
  for (const char c : tag) key = (key << 8) | static_cast<unsigned char>(c);
  return key;
}

constexpr Penn penn_of(std::string_view tag) noexcept {
  if (tag.size() >= 2 && tag.size() <= 4) {
    switch (penn_key(tag)) {
#define ACTORGRAPH_PENN(name, value) \
  case penn_key(name):               \
    return Penn::value;
      ACTORGRAPH_PENN("CC", CC)
      ACTORGRAPH_PENN("CD", CD)
      ACTORGRAPH_PENN("DT", DT)
      ACTORGRAPH_PENN("EX", EX)
      ACTORGRAPH_PENN("FW", FW)
      ACTORGRAPH_PENN("IN", IN)
      ACTORGRAPH_PENN("JJ", JJ)
      ACTORGRAPH_PENN("JJR", JJR)
      ACTORGRAPH_PENN("JJS", JJS)
      ACTORGRAPH_PENN("MD", MD)
      ACTORGRAPH_PENN("NN", NN)
      ACTORGRAPH_PENN("NNS", NNS)
      ACTORGRAPH_PENN("NNP", NNP)
      ACTORGRAPH_PENN("NNPS", NNPS)
      ACTORGRAPH_PENN("PDT", PDT)
      ACTORGRAPH_PENN("POS", POS)
      ACTORGRAPH_PENN("PRP", PRP)
      ACTORGRAPH_PENN("PRP$", PRP_poss)
      ACTORGRAPH_PENN("RB", RB)
      ACTORGRAPH_PENN("RBR", RBR)
      ACTORGRAPH_PENN("RBS", RBS)
      ACTORGRAPH_PENN("RP", RP)
      ACTORGRAPH_PENN("TO", TO)
      ACTORGRAPH_PENN("VB", VB)
      ACTORGRAPH_PENN("VBD", VBD)
      ACTORGRAPH_PENN("VBG", VBG)
      ACTORGRAPH_PENN("VBN", VBN)
      ACTORGRAPH_PENN("VBP", VBP)
      ACTORGRAPH_PENN("VBZ", VBZ)
      ACTORGRAPH_PENN("WDT", WDT)
      ACTORGRAPH_PENN("WP", WP)
      ACTORGRAPH_PENN("WP$", WP_poss)
      ACTORGRAPH_PENN("WRB", WRB)
      ACTORGRAPH_PENN("HYPH", HYPH)
      ACTORGRAPH_PENN("``", open_quote)
      ACTORGRAPH_PENN("''", close_quote)
#undef ACTORGRAPH_PENN
      default:
        break;
    }
  }
  if (tag.starts_with("NN")) return Penn::other_noun;
  if (tag.starts_with("JJ")) return Penn::other_adj;
  if (tag.starts_with("VB")) return Penn::other_verb;
  return Penn::other;
}

/// tag.starts_with("NN") on the tag's string.
constexpr bool is_noun(Penn t) noexcept {
  return t == Penn::NN || t == Penn::NNS || t == Penn::NNP || t == Penn::NNPS ||
         t == Penn::other_noun;
}
/// tag.starts_with("JJ") on the tag's string.
constexpr bool is_adj(Penn t) noexcept {
  return t == Penn::JJ || t == Penn::JJR || t == Penn::JJS || t == Penn::other_adj;
}
/// tag.starts_with("VB") on the tag's string.
constexpr bool is_verb(Penn t) noexcept {
  return (t >= Penn::VB && t <= Penn::VBZ) || t == Penn::other_verb;
}

}  // namespace actorgraph::detail
