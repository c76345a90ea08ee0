// Sentence segmentation and tokenisation of cleaned article text.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "actorgraph/text.hpp"

namespace actorgraph {

/// Splits the kept blocks of `text` into sentences of tokens.
///
/// - Sentences never cross a block. A headline or dateline block gives one sentence per
///   non-empty line; body and caption blocks are split at sentence-final punctuation (with
///   abbreviations, initials, numbers and quotes handled) and at blank lines.
/// - Token and sentence offsets are byte offsets into `text`, so `text.substr(begin, end-begin)`
///   is always the token's surface (`Token::text`). `Token::norm` straightens curly quotes and
///   apostrophes, turns en/em dashes into "--" and NBSP into a space; `lemma` and `pos` are
///   left empty (see Tagger).
/// - Penn Treebank conventions: possessives and clitics are split ("Russia's" -> "Russia" "'s",
///   "don't" -> "do" "n't"), hyphenated words are one token ("Turkish-backed"), URLs and
///   e-mail addresses are one token. No sentence is empty.
/// - No sentence has more than 1000 tokens: a longer run without a sentence end (a run-on
///   line, a table) is cut, after a comma or semicolon in its last 500 tokens if there is
///   one, so that memory and time per sentence stay bounded.
///
/// Blocks outside `text` are clipped; invalid UTF-8 never makes it fail (bytes are kept as is).
std::vector<Sentence> segment(std::string_view text, std::span<const TextBlock> blocks);

}  // namespace actorgraph
