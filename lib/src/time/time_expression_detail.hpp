// Internals of time_expression.cpp exposed to the tests: the fast path that
// turns most words away must answer exactly as the word lists do.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "time/time_expression.hpp"

namespace actorgraph::detail {

/// Whether a time expression may start at this (lower-case) word: the fast path.
bool could_start_time_expression(std::string_view word);
/// The same question answered from the word lists alone (the reference).
bool could_start_time_expression_slow(std::string_view word);

/// find_time_expressions() over words the caller has already lower-cased, one
/// per token: the ASCII lower case of its normal form, or of its text when the
/// normal form is empty (the event stage has them at hand). Any other count of
/// words falls back to the plain function.
std::vector<TimeExpression> find_time_expressions(const Sentence& sentence,
                                                  std::span<const std::string_view> lower_words,
                                                  std::string_view article_date);

}  // namespace actorgraph::detail
