// Repairing invalid UTF-8: each maximal invalid subsequence becomes U+FFFD.
#pragma once

#include <cstddef>
#include <string>

namespace actorgraph::detail {

/// What repair_utf8 did.
struct Utf8RepairResult {
  std::size_t invalid_sequences = 0;  ///< Number of replacements made.
  std::size_t first_offset = 0;       ///< Byte offset (in the input) of the first one.
};

/// Replaces every maximal invalid subsequence of `text` (in the sense of the
/// Unicode standard's "best practice for U+FFFD substitution") by U+FFFD, in
/// place. Valid text is left untouched and not copied. Linear time.
Utf8RepairResult repair_utf8(std::string& text);

}  // namespace actorgraph::detail
