// Windows over a long document: its kept blocks cut into pieces of bounded size.
//
// Needs: the cleaner's blocks. Fills: one CleanedText per window, each with the
// blocks (or parts of a block) it covers; offsets still index the whole text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "actorgraph/text.hpp"

namespace actorgraph::detail {

/// Splits `cleaned` into windows whose kept text is at most about `window_bytes`
/// each: whole blocks together while they fit, a longer block cut after the last
/// sentence end (". ", "? ", "! ") in the second half of the window, else after a
/// comma or semicolon, else at a space, else at a UTF-8 character boundary.
/// Dropped blocks go with the first window. Returns an empty vector when the
/// document fits one window (or `window_bytes` is 0): read it whole.
std::vector<CleanedText> split_into_windows(std::string_view text, const CleanedText& cleaned,
                                            std::size_t window_bytes);

}  // namespace actorgraph::detail
