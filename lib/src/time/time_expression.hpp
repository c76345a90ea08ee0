// Time expressions: finding "Jan. 23", "Tuesday's", "late last month" in a
// sentence and resolving them to calendar days against the article date.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/text.hpp"

namespace actorgraph {

/// A closed range of calendar days; begin == end for a single day.
struct DateRange {
  std::string begin;  ///< First day, "YYYY-MM-DD".
  std::string end;    ///< Last day, "YYYY-MM-DD" (>= begin).

  /// "YYYY-MM-DD" for a single day, "YYYY-MM-DD/YYYY-MM-DD" (ISO 8601 interval) otherwise.
  std::string to_string() const;
  /// Parses what to_string() writes; nullopt for anything else.
  static std::optional<DateRange> parse(std::string_view text);

  friend auto operator<=>(const DateRange&, const DateRange&) = default;
  friend bool operator==(const DateRange&, const DateRange&) = default;
};

/// Which way a relative expression without its own direction ("Tuesday", "in
/// September", "Dec. 30") points from the article date.
enum class TimeDirection {
  past,    ///< On or before the article date (the default for news prose).
  future,  ///< On or after the article date ("will meet on Tuesday").
};

/// One time expression found in a sentence.
struct TimeExpression {
  std::size_t token_begin = 0;  ///< First token, index into the sentence's tokens.
  std::size_t token_end = 0;    ///< One past the last token.
  std::size_t begin = 0;        ///< Byte offset in the original text.
  std::size_t end = 0;          ///< One past the last byte.
  std::string text;             ///< Surface text ("late last month", "Tuesday's").
  TimeDirection direction = TimeDirection::past;  ///< As read from the sentence's tense.
  /// The days it denotes, or nullopt when it cannot be resolved (a relative
  /// expression and no article date; a day without year and no article date).
  std::optional<DateRange> value;
  friend bool operator==(const TimeExpression&, const TimeExpression&) = default;
};

/// Resolves one expression (its words only, e.g. "late last month", "Jan. 23",
/// "January 23-24, 2017", "on Monday", "Tuesday's") against `article_date`
/// ("YYYY-MM-DD", may be empty).
///
/// Rules:
///  - Absolute dates with a year resolve without an article date: "January 23,
///    2017", "23 January 2017", "2017-01-23", "February 2016" (the whole month),
///    "in 2016" (the whole year).
///  - A day without a year ("Dec. 30", "January 23-24") takes the year that
///    puts it nearest the article date (a future context: the first on or
///    after it). A month without a year ("in September") is the latest such
///    month on or before the article's month (future: the first on or after);
///    "last September"/"next September" likewise, strictly.
///  - Weekdays ("Tuesday", "on Monday", "late Monday", "Monday night",
///    "Tuesday's"): for past, the most recent such weekday on or before the
///    article date; for future, the first on or after it.
///  - Relative: "today", "tonight" (the article date), "yesterday", "last night"
///    (-1 day), "tomorrow" (+1), "N days/weeks ago"; "this/last/next week"
///    (Monday..Sunday weeks; "earlier this week" is Monday..article date,
///    "later this week" article date..Sunday); "this/last/next month",
///    "this/last/next year"; "early"/"mid"/"late" narrow a month to days 1-10,
///    11-20, 21-end, a week to Mon-Tue, Wed-Thu, Fri-Sun and a year to
///    Jan-Apr, May-Aug, Sep-Dec.
///  - Relative expressions with no article date give nullopt; so does anything
///    not understood or an impossible date ("February 30").
std::optional<DateRange> normalize_time(std::string_view expression, std::string_view article_date,
                                        TimeDirection direction = TimeDirection::past);

/// Finds the time expressions of one tagged sentence, longest first, not
/// overlapping, in order. `text` is the document's original text. The
/// direction of each comes from the nearest tense cue before it (will, would,
/// shall, 'll, "to" + verb, scheduled, due, set, expected, planned, upcoming:
/// future; a past-tense verb: past), else the nearest after it, else past.
/// A preposition in front ("on Monday", "in September") is not part of the span.
std::vector<TimeExpression> find_time_expressions(const Sentence& sentence,
                                                  std::string_view article_date);

/// Days from 1970-01-01 of "YYYY-MM-DD", or nullopt if it is not a valid date.
std::optional<long> day_number(std::string_view iso_date);
/// The inverse of day_number().
std::string iso_date_from_day_number(long day);

}  // namespace actorgraph
