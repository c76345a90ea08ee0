// Internals of time_expression.cpp exposed to the tests: the fast path that
// turns most words away must answer exactly as the word lists do.
#pragma once

#include <string_view>

namespace actorgraph::detail {

/// Whether a time expression may start at this (lower-case) word: the fast path.
bool could_start_time_expression(std::string_view word);
/// The same question answered from the word lists alone (the reference).
bool could_start_time_expression_slow(std::string_view word);

}  // namespace actorgraph::detail
