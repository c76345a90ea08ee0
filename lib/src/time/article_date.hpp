// Finding an article's date in its text, and parsing date expressions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace actorgraph {

/// The publication date found in the header of an article's text, as
/// "YYYY-MM-DD", or "" if there is none.
///
/// Looks only at the header: the first 10 lines and at most the first 1000
/// bytes. Lines that look like datelines (short lines) are preferred; in a long
/// (prose) line only a date at its very start counts, so a date mentioned in
/// the first paragraph of the story is not taken for the publication date.
/// Recognised forms (with an optional weekday and a trailing time):
///   "January 24th, 2017", "Jan 23, 2017", "Jan. 24, 2017", "24 January 2017",
///   "Tuesday, 24 Jan 2017", "2017-01-24", "2017/01/24", "24.01.2017".
/// Year ranges ("2001-2024") and impossible dates (Feb 30) are not dates.
std::string find_article_date(std::string_view text);

/// Parses a whole date expression ("January 24, 2017 / 02:14 PM",
/// "2017-01-24T08:00:00Z", "Tue, 24 Jan 2017 08:00:00 GMT") to "YYYY-MM-DD".
/// Leading/trailing blanks, an optional weekday and a trailing time of day are
/// allowed; anything else after the date makes it nullopt.
std::optional<std::string> parse_date(std::string_view expression);

}  // namespace actorgraph
