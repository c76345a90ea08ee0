// Time expressions: recognition over tokens, resolution against the article date.
#include "time/time_expression.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <tuple>

#include "text/segmenter.hpp"
#include "lang/lower_views.hpp"
#include "time/time_expression_detail.hpp"

namespace actorgraph {

namespace {

// ---------------------------------------------------------------- calendar

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
long days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

struct Civil {
  int year = 1970;
  unsigned month = 1;
  unsigned day = 1;
};

Civil civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), m, d};
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(int y, unsigned m) {
  static constexpr std::array<unsigned, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

bool valid_day(int y, unsigned m, unsigned d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

// 0 = Monday ... 6 = Sunday.
int weekday_of(long day) {
  // 1970-01-01 was a Thursday (3).
  return static_cast<int>(((day % 7) + 7 + 3) % 7);
}

DateRange range_of_days(long first, long last) {
  return {iso_date_from_day_number(first), iso_date_from_day_number(last)};
}

DateRange month_range(int y, unsigned m) {
  return range_of_days(days_from_civil(y, m, 1), days_from_civil(y, m, days_in_month(y, m)));
}

// ---------------------------------------------------------------- words

constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

// ASCII case-insensitive equality against a lower-case word, without building a
// string: these tests run on every word of every sentence (the library never
// sets a locale, so std::tolower is ASCII-only, as here).
bool equals_lower(std::string_view word, std::string_view lower_word) {
  if (word.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_word[i]) return false;
  }
  return true;
}

// Month number from a full name or a news abbreviation ("Jan.", "Sept", "Dec.").
int month_number(std::string_view word) {
  std::string_view w = word;
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() > 9) return 0;  // longer than "september": no month
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (equals_lower(w, kMonths[i])) return static_cast<int>(i) + 1;
  if (equals_lower(w, "sept")) return 9;
  // Three-letter abbreviations, except "may" which is already a full name and
  // "mar"/"jun"/"jul" which are rare in prose; all are accepted when dotted.
  if (w.size() == 3 && !equals_lower(w, "may"))
    for (std::size_t i = 0; i < kMonths.size(); ++i)
      if (equals_lower(w, kMonths[i].substr(0, 3))) return static_cast<int>(i) + 1;
  return 0;
}

int weekday_number(std::string_view word) {
  for (std::size_t i = 0; i < kWeekdays.size(); ++i)
    if (equals_lower(word, kWeekdays[i])) return static_cast<int>(i);
  return -1;
}

// "23", "23rd", "1st" -> 23, 1; anything else 0.
int day_of_month(std::string_view w) {
  std::size_t digits = 0;
  while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits]))) ++digits;
  if (digits == 0 || digits > 2) return 0;
  const auto rest = w.substr(digits);
  if (!rest.empty() && !equals_lower(rest, "st") && !equals_lower(rest, "nd") &&
      !equals_lower(rest, "rd") && !equals_lower(rest, "th"))
    return 0;
  int value = 0;
  std::from_chars(w.data(), w.data() + digits, value);
  return value >= 1 && value <= 31 ? value : 0;
}

int year_number(std::string_view w) {
  if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return 0;
  int value = 0;
  std::from_chars(w.data(), w.data() + 4, value);
  return value >= 1900 && value <= 2199 ? value : 0;
}

// "23-24" as one token -> {23, 24}.
std::pair<int, int> day_pair(std::string_view w) {
  const auto dash = w.find('-');
  if (dash == std::string_view::npos) return {0, 0};
  const int a = day_of_month(w.substr(0, dash));
  const int b = day_of_month(w.substr(dash + 1));
  if (a == 0 || b == 0 || b < a) return {0, 0};
  return {a, b};
}

int small_number(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kWords{
      "zero",  "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  if (equals_lower(w, "a") || equals_lower(w, "an")) return 1;
  for (std::size_t i = 0; i < kWords.size(); ++i)
    if (equals_lower(w, kWords[i])) return static_cast<int>(i);
  // Lower-casing leaves digits alone: parse the word as it is.
  int value = 0;
  const auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), value);
  if (ec == std::errc() && p == w.data() + w.size() && value > 0 && value < 1000) return value;
  return 0;
}

// ---------------------------------------------------------------- parsing

enum class Part { whole, early, mid, late, earlier, later };

// What an expression says, before the article date is known.
struct Parsed {
  enum class Kind {
    day,             // year (maybe 0 = unknown), month, day..day_end
    month,           // year (maybe 0), month
    year,            // year
    weekday,         // weekday, shift (-1 last, +1 next, 0 plain)
    relative_day,    // offset in days
    relative_week,   // offset in weeks
    relative_month,  // offset in months
    relative_year,   // offset in years
  } kind = Kind::day;
  int year = 0;
  int month = 0;
  int day = 0;
  int day_end = 0;
  int weekday = -1;
  int offset = 0;
  Part part = Part::whole;
};

struct Match {
  std::size_t length = 0;  // words consumed
  Parsed parsed;
};

// One word of an expression: its lower-case normal form and Penn tag (may be
// empty), as views: of the token's own strings, or of a LowerViews the caller
// keeps alive while the words are read.
struct Word {
  std::string_view text;  // lower case
  std::string_view pos;
  bool capitalised = false;
};

bool is(const std::vector<Word>& w, std::size_t i, std::string_view s) {
  return i < w.size() && w[i].text == s;
}

bool is_dash(const std::vector<Word>& w, std::size_t i) {
  return is(w, i, "-") || is(w, i, "--") || is(w, i, "to") || is(w, i, "through");
}

// After a match: an optional possessive "'s" belongs to the expression ("Tuesday's round").
std::size_t take_possessive(const std::vector<Word>& w, std::size_t i) {
  return is(w, i, "'s") || is(w, i, "'") ? i + 1 : i;
}

Part part_of(std::string_view word) {
  if (word == "early") return Part::early;
  if (word == "mid" || word == "mid-") return Part::mid;
  if (word == "late") return Part::late;
  if (word == "earlier") return Part::earlier;
  if (word == "later") return Part::later;
  return Part::whole;
}

// ", 2017" or " 2017" after a day: the year and the words consumed.
std::pair<int, std::size_t> trailing_year(const std::vector<Word>& w, std::size_t i) {
  if (i < w.size() && year_number(w[i].text)) return {year_number(w[i].text), 1};
  if (is(w, i, ",") && i + 1 < w.size() && year_number(w[i + 1].text))
    return {year_number(w[i + 1].text), 2};
  return {0, 0};
}

// Month-first and day-first calendar dates at w[i].
std::optional<Match> match_calendar(const std::vector<Word>& w, std::size_t i, bool after_cue) {
  if (i >= w.size()) return std::nullopt;
  // ISO 8601.
  {
    const auto t = w[i].text;
    if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
      if (auto n = day_number(t)) {
        const Civil c = civil_from_days(*n);
        Match m;
        m.length = 1;
        m.parsed.kind = Parsed::Kind::day;
        m.parsed.year = c.year;
        m.parsed.month = static_cast<int>(c.month);
        m.parsed.day = m.parsed.day_end = static_cast<int>(c.day);
        return m;
      }
    }
  }
  const int month = month_number(w[i].text);
  if (month != 0) {
    // "May" and "March" are also verbs and nouns: they need a capital, and when
    // alone a cue word before them.
    const bool ambiguous = w[i].text == "may" || w[i].text == "march";
    if (ambiguous && !w[i].capitalised) return std::nullopt;
    std::size_t j = i + 1;
    if (is(w, j, ".")) ++j;  // "Jan ." when the tokenizer split the dot
    Match m;
    m.parsed.month = month;
    if (j < w.size()) {
      if (const auto [a, b] = day_pair(w[j].text); a != 0) {
        m.parsed.kind = Parsed::Kind::day;
        m.parsed.day = a;
        m.parsed.day_end = b;
        j += 1;
      } else if (const int d = day_of_month(w[j].text); d != 0) {
        m.parsed.kind = Parsed::Kind::day;
        m.parsed.day = m.parsed.day_end = d;
        j += 1;
        // "January 23-24" split into three tokens, "January 23 to 24", "January 23 and 24".
        if ((is_dash(w, j) || is(w, j, "and")) && j + 1 < w.size()) {
          if (const int e = day_of_month(w[j + 1].text); e > d && !year_number(w[j + 1].text)) {
            m.parsed.day_end = e;
            j += 2;
          }
        }
      } else if (const int y = year_number(w[j].text); y != 0) {
        m.parsed.kind = Parsed::Kind::month;
        m.parsed.year = y;
        m.length = j + 1 - i;
        return m;
      }
    }
    if (m.parsed.day != 0) {
      const auto [year, used] = trailing_year(w, j);
      m.parsed.year = year;
      m.length = j + used - i;
      return m;
    }
    // A month alone: "in September", "late January", "last September".
    if (!after_cue) return std::nullopt;
    m.parsed.kind = Parsed::Kind::month;
    m.length = 1;
    return m;
  }
  // Day first: "23 January 2017", "23-24 January".
  int a = day_of_month(w[i].text);
  int b = a;
  if (a == 0) std::tie(a, b) = day_pair(w[i].text);
  if (a != 0 && i + 1 < w.size()) {
    std::size_t j = i + 1;
    if (is(w, j, "of")) ++j;
    const int mo = j < w.size() ? month_number(w[j].text) : 0;
    if (mo != 0 && (w[j].text != "may" || w[j].capitalised)) {
      Match m;
      m.parsed.kind = Parsed::Kind::day;
      m.parsed.month = mo;
      m.parsed.day = a;
      m.parsed.day_end = b;
      ++j;
      if (is(w, j, ".")) ++j;
      const auto [year, used] = trailing_year(w, j);
      m.parsed.year = year;
      m.length = j + used - i;
      return m;
    }
  }
  return std::nullopt;
}

bool is_unit(std::string_view word, std::string_view unit) {
  return word == unit || (word.size() == unit.size() + 1 && word.substr(0, unit.size()) == unit &&
                          word.back() == 's');
}

// Whether match_at() can match anything at a word (lower case): it opens every
// expression with a digit, one of these words, a month or a weekday. Most words
// are none of these, and find_time_expressions() tries every word.
constexpr std::array<std::string_view, 28> kOpeners{
    "a",     "an",    "early",  "earlier", "eight",    "eleven",  "five",      "four",
    "last",  "late",  "later",  "mid",     "mid-",     "next",    "nine",      "one",
    "seven", "six",   "ten",    "this",    "three",    "today",   "tomorrow",  "tonight",
    "twelve", "two",  "yesterday", "zero"};

// A cheap fingerprint of a word: its length and its first, second and last
// bytes (ASCII lower-cased), in 12 bits.
constexpr unsigned word_print(std::string_view t) {
  const auto at = [&](std::size_t k) {
    return static_cast<unsigned>(static_cast<unsigned char>(detail::ascii_lower(t[k])));
  };
  const unsigned second = t.size() > 1 ? at(1) : 0u;
  return (static_cast<unsigned>(t.size()) * 131u + at(0) * 31u + second * 7u + at(t.size() - 1)) &
         4095u;
}

// The fingerprints of every word could_start_expression_slow() accepts apart
// from numbers and "mid-" prefixes: the openers, weekdays and months (full,
// "sept" and three-letter abbreviations, each also with a dot).
constexpr std::array<bool, 4096> kPrints = [] {
  std::array<bool, 4096> prints{};
  const auto add = [&](std::string_view w) { prints[word_print(w)] = true; };
  const auto add_dotted = [&](std::string_view w) {
    add(w);
    std::array<char, 16> dotted{};
    for (std::size_t k = 0; k < w.size(); ++k) dotted[k] = w[k];
    dotted[w.size()] = '.';
    add(std::string_view(dotted.data(), w.size() + 1));
  };
  for (const auto w : kOpeners) add(w);
  for (const auto w : kWeekdays) add(w);
  for (const auto w : kMonths) {
    add_dotted(w);
    add_dotted(w.substr(0, 3));
  }
  add_dotted("sept");
  return prints;
}();

bool could_start_expression_slow(std::string_view t) {
  if (t.empty()) return false;
  if (t[0] >= '0' && t[0] <= '9') return true;  // days, years, ISO dates, "3 days ago"
  for (const auto w : kOpeners)
    if (t == w) return true;
  if (t.starts_with("mid-")) return true;
  return month_number(t) != 0 || weekday_number(t) >= 0;
}

// The same answer, with most words turned away by their fingerprint before the
// word lists are searched (find_time_expressions() asks for every word).
bool could_start_expression(std::string_view t) {
  if (t.empty()) return false;
  if (t[0] >= '0' && t[0] <= '9') return true;
  if (t.size() > 4 && t.starts_with("mid-")) return true;
  if (t.size() > 10 || !kPrints[word_print(t)]) return false;
  return could_start_expression_slow(t);
}

// The longest expression starting at w[i]; `after_cue` says a preposition or
// a cue word stands before it (needed for a lone month or year).
std::optional<Match> match_at(const std::vector<Word>& w, std::size_t i, bool after_cue) {
  if (i >= w.size()) return std::nullopt;
  std::size_t j = i;
  Part part = Part::whole;
  // "early", "mid", "late", "earlier", "later", also as a prefix "mid-January".
  if (const Part p = part_of(w[j].text); p != Part::whole) {
    part = p;
    ++j;
    if (is(w, j, "-")) ++j;
  } else if (w[j].text.starts_with("mid-") && w[j].text.size() > 4) {
    // "mid-January": match the month on its own and narrow it.
    std::vector<Word> rest{Word{w[j].text.substr(4), w[j].pos, true}};
    if (auto inner = match_calendar(rest, 0, true);
        inner && inner->parsed.kind == Parsed::Kind::month) {
      inner->length = 1;
      inner->parsed.part = Part::mid;
      return inner;
    }
    return std::nullopt;
  }
  const bool cue = after_cue || part != Part::whole;
  if (j >= w.size()) return std::nullopt;
  const std::string_view t = w[j].text;

  auto finish = [&](Parsed p, std::size_t end) -> std::optional<Match> {
    if (part != Part::whole) {
      // Only periods can be narrowed ("late Monday" is still Monday).
      p.part = part;
    }
    return Match{take_possessive(w, end) - i, p};
  };

  // today, tonight, yesterday, tomorrow
  if (t == "today" || t == "tonight" || t == "yesterday" || t == "tomorrow") {
    Parsed p;
    p.kind = Parsed::Kind::relative_day;
    p.offset = t == "yesterday" ? -1 : t == "tomorrow" ? 1 : 0;
    std::size_t end = j + 1;
    // "yesterday morning", "tomorrow night"
    if (j + 1 < w.size() && (w[j + 1].text == "morning" || w[j + 1].text == "afternoon" ||
                             w[j + 1].text == "evening" || w[j + 1].text == "night"))
      end = j + 2;
    return finish(p, end);
  }
  // this/last/next + week/month/year/weekday/month name; "last night"
  if (t == "this" || t == "last" || t == "next") {
    if (j + 1 >= w.size()) return std::nullopt;
    const std::string_view u = w[j + 1].text;
    const int shift = t == "last" ? -1 : t == "next" ? 1 : 0;
    Parsed p;
    if (u == "night" && t == "last") {
      p.kind = Parsed::Kind::relative_day;
      p.offset = -1;
      return finish(p, j + 2);
    }
    if ((u == "morning" || u == "afternoon" || u == "evening") && t == "this") {
      p.kind = Parsed::Kind::relative_day;
      return finish(p, j + 2);
    }
    if (u == "week" || u == "month" || u == "year") {
      p.kind = u == "week"    ? Parsed::Kind::relative_week
               : u == "month" ? Parsed::Kind::relative_month
                              : Parsed::Kind::relative_year;
      p.offset = shift;
      return finish(p, j + 2);
    }
    if (const int wd = weekday_number(u); wd >= 0) {
      p.kind = Parsed::Kind::weekday;
      p.weekday = wd;
      p.offset = shift;
      return finish(p, j + 2);
    }
    if (const int mo = month_number(u); mo != 0 && w[j + 1].capitalised && u.size() > 3) {
      p.kind = Parsed::Kind::month;
      p.month = mo;
      p.offset = shift;
      return finish(p, j + 2);
    }
    return std::nullopt;
  }
  // N days/weeks/months/years ago
  if (const int n = small_number(t); n != 0 && j + 2 < w.size() && w[j + 2].text == "ago") {
    const std::string_view u = w[j + 1].text;
    Parsed p;
    p.offset = -n;
    if (is_unit(u, "day")) {
      p.kind = Parsed::Kind::relative_day;
    } else if (is_unit(u, "week")) {
      p.kind = Parsed::Kind::relative_day;
      p.offset = -7 * n;
    } else if (is_unit(u, "month")) {
      p.kind = Parsed::Kind::relative_month;
    } else if (is_unit(u, "year")) {
      p.kind = Parsed::Kind::relative_year;
    } else {
      return std::nullopt;
    }
    return finish(p, j + 3);
  }
  // Weekdays, with "night"/"morning"... after them.
  if (const int wd = weekday_number(t); wd >= 0) {
    Parsed p;
    p.kind = Parsed::Kind::weekday;
    p.weekday = wd;
    std::size_t end = j + 1;
    // "Monday, January 23": the calendar date is more precise.
    if (is(w, end, ",") || end < w.size()) {
      const std::size_t k = is(w, end, ",") ? end + 1 : end;
      if (auto cal = match_calendar(w, k, false); cal && cal->parsed.kind == Parsed::Kind::day) {
        return Match{take_possessive(w, k + cal->length) - i, cal->parsed};
      }
    }
    if (end < w.size() && (w[end].text == "morning" || w[end].text == "afternoon" ||
                           w[end].text == "evening" || w[end].text == "night"))
      ++end;
    // "late Monday" stays the whole day.
    part = Part::whole;
    return finish(p, end);
  }
  // Calendar dates.
  if (auto cal = match_calendar(w, j, cue)) {
    Parsed p = cal->parsed;
    return finish(p, j + cal->length);
  }
  // A bare year needs a cue: "in 2016", "early 2016".
  if (cue) {
    if (const int y = year_number(t); y != 0) {
      Parsed p;
      p.kind = Parsed::Kind::year;
      p.year = y;
      return finish(p, j + 1);
    }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- resolution

// Narrows [first, last] to its early/mid/late part.
DateRange narrow(long first, long last, Part part, bool is_month, bool is_week) {
  if (part == Part::whole || part == Part::earlier || part == Part::later)
    return range_of_days(first, last);
  if (is_week) {
    // Monday-Tuesday, Wednesday-Thursday, Friday-Sunday.
    if (part == Part::early) return range_of_days(first, first + 1);
    if (part == Part::mid) return range_of_days(first + 2, first + 3);
    return range_of_days(first + 4, last);
  }
  if (is_month) {
    if (part == Part::early) return range_of_days(first, first + 9);
    if (part == Part::mid) return range_of_days(first + 10, first + 19);
    return range_of_days(first + 20, last);
  }
  // A year: thirds of four months.
  const Civil c = civil_from_days(first);
  if (part == Part::early) return range_of_days(first, days_from_civil(c.year, 4, 30));
  if (part == Part::mid)
    return range_of_days(days_from_civil(c.year, 5, 1), days_from_civil(c.year, 8, 31));
  return range_of_days(days_from_civil(c.year, 9, 1), last);
}

std::optional<DateRange> resolve(const Parsed& p, std::optional<long> today,
                                 TimeDirection direction) {
  const bool future = direction == TimeDirection::future;
  switch (p.kind) {
    case Parsed::Kind::day: {
      int year = p.year;
      if (year == 0) {
        if (!today) return std::nullopt;
        // The year that puts the day nearest the article date; a future
        // context takes the first one on or after it.
        const Civil t = civil_from_days(*today);
        long best_distance = -1;
        for (int y = t.year - 1; y <= t.year + 1; ++y) {
          if (!valid_day(y, static_cast<unsigned>(p.month), static_cast<unsigned>(p.day))) continue;
          const long d =
              days_from_civil(y, static_cast<unsigned>(p.month), static_cast<unsigned>(p.day));
          if (future && d < *today) continue;
          const long distance = d > *today ? d - *today : *today - d;
          if (best_distance < 0 || distance < best_distance) {
            best_distance = distance;
            year = y;
          }
        }
        if (best_distance < 0) return std::nullopt;
      }
      const auto m = static_cast<unsigned>(p.month);
      if (!valid_day(year, m, static_cast<unsigned>(p.day)) ||
          !valid_day(year, m, static_cast<unsigned>(p.day_end)))
        return std::nullopt;
      return range_of_days(days_from_civil(year, m, static_cast<unsigned>(p.day)),
                           days_from_civil(year, m, static_cast<unsigned>(p.day_end)));
    }
    case Parsed::Kind::month: {
      int year = p.year;
      if (year == 0) {
        if (!today) return std::nullopt;
        const Civil t = civil_from_days(*today);
        const int this_month = static_cast<int>(t.month);
        if (p.offset < 0) {
          year = p.month < this_month ? t.year : t.year - 1;  // "last September"
        } else if (p.offset > 0) {
          year = p.month > this_month ? t.year : t.year + 1;  // "next September"
        } else if (future) {
          year = p.month >= this_month ? t.year : t.year + 1;
        } else {
          year = p.month <= this_month ? t.year : t.year - 1;
        }
      }
      const auto r = month_range(year, static_cast<unsigned>(p.month));
      return narrow(*day_number(r.begin), *day_number(r.end), p.part, true, false);
    }
    case Parsed::Kind::year: {
      const long first = days_from_civil(p.year, 1, 1);
      const long last = days_from_civil(p.year, 12, 31);
      return narrow(first, last, p.part, false, false);
    }
    case Parsed::Kind::weekday: {
      if (!today) return std::nullopt;
      const int now = weekday_of(*today);
      long day = 0;
      if (p.offset < 0) {  // "last Monday": strictly before
        int back = (now - p.weekday + 7) % 7;
        if (back == 0) back = 7;
        day = *today - back;
      } else if (p.offset > 0) {  // "next Monday": strictly after
        int ahead = (p.weekday - now + 7) % 7;
        if (ahead == 0) ahead = 7;
        day = *today + ahead;
      } else if (future) {
        day = *today + (p.weekday - now + 7) % 7;
      } else {
        day = *today - (now - p.weekday + 7) % 7;
      }
      return range_of_days(day, day);
    }
    case Parsed::Kind::relative_day: {
      if (!today) return std::nullopt;
      return range_of_days(*today + p.offset, *today + p.offset);
    }
    case Parsed::Kind::relative_week: {
      if (!today) return std::nullopt;
      const long monday = *today - weekday_of(*today) + 7L * p.offset;
      const long sunday = monday + 6;
      if (p.offset == 0 && p.part == Part::earlier) return range_of_days(monday, *today);
      if (p.offset == 0 && p.part == Part::later) return range_of_days(*today, sunday);
      return narrow(monday, sunday, p.part, false, true);
    }
    case Parsed::Kind::relative_month: {
      if (!today) return std::nullopt;
      const Civil t = civil_from_days(*today);
      int total = t.year * 12 + static_cast<int>(t.month) - 1 + p.offset;
      const int year = total / 12;
      const auto month = static_cast<unsigned>(total % 12 + 1);
      const auto r = month_range(year, month);
      const long first = *day_number(r.begin);
      const long last = *day_number(r.end);
      if (p.offset == 0 && p.part == Part::earlier) return range_of_days(first, *today);
      if (p.offset == 0 && p.part == Part::later) return range_of_days(*today, last);
      if (p.part == Part::earlier || p.part == Part::later) return range_of_days(first, last);
      return narrow(first, last, p.part, true, false);
    }
    case Parsed::Kind::relative_year: {
      if (!today) return std::nullopt;
      const int year = civil_from_days(*today).year + p.offset;
      const long first = days_from_civil(year, 1, 1);
      const long last = days_from_civil(year, 12, 31);
      if (p.offset == 0 && p.part == Part::earlier) return range_of_days(first, *today);
      if (p.offset == 0 && p.part == Part::later) return range_of_days(*today, last);
      return narrow(first, last, p.part, false, false);
    }
  }
  return std::nullopt;
}

// The surface a word is read from: its normal form, else its text.
std::string_view surface_of(const Token& t) { return t.norm.empty() ? t.text : t.norm; }

std::size_t surface_bytes(const std::vector<Token>& tokens) {
  std::size_t n = 0;
  for (const auto& t : tokens) n += surface_of(t).size();
  return n;
}

// The words of tokens, lower-cased into `lower` (which must outlive them).
std::vector<Word> words_of(const std::vector<Token>& tokens, detail::LowerViews& lower,
                           bool with_tags) {
  std::vector<Word> out;
  out.reserve(tokens.size());
  for (const auto& t : tokens) {
    const std::string_view surface = surface_of(t);
    out.push_back(Word{lower(surface), with_tags ? std::string_view(t.pos) : std::string_view(),
                       !surface.empty() && surface[0] >= 'A' && surface[0] <= 'Z'});
  }
  return out;
}

bool is_preposition_cue(std::string_view w) {
  return w == "in" || w == "on" || w == "since" || w == "until" || w == "till" || w == "by" ||
         w == "during" || w == "of" || w == "from" || w == "before" || w == "after" ||
         w == "through" || w == "throughout" || w == "for";
}

bool future_cue(const Word& w) {
  const auto t = w.text;
  return t == "will" || t == "would" || t == "shall" || t == "'ll" || t == "wo" ||
         t == "scheduled" || t == "due" || t == "slated" || t == "planned" || t == "upcoming" ||
         t == "expected" || t == "set" || t == "plan" || t == "plans" || t == "going";
}

bool past_cue(const Word& w) {
  return w.pos == "VBD" || w.text == "ago" || w.text == "had" || w.text == "has" ||
         w.text == "have" || w.text == "was" || w.text == "were";
}

TimeDirection direction_at(const std::vector<Word>& w, std::size_t begin, std::size_t end) {
  // Nearest cue before the expression, then after it; "to" + base verb is a
  // future cue ("agreed to meet on Monday").
  auto cue = [&](std::size_t k) -> int {
    if (future_cue(w[k])) return 1;
    if (w[k].text == "to" && k + 1 < w.size() && w[k + 1].pos == "VB") return 1;
    if (past_cue(w[k])) return -1;
    return 0;
  };
  for (std::size_t k = begin; k-- > 0;) {
    if (w[k].text == "." || w[k].text == ";") break;
    if (const int c = cue(k)) return c > 0 ? TimeDirection::future : TimeDirection::past;
  }
  for (std::size_t k = end; k < w.size(); ++k) {
    if (w[k].text == ";") break;
    // After the expression a participle is the main verb ("Tuesday's round ended").
    if (w[k].pos == "VBN") return TimeDirection::past;
    if (const int c = cue(k)) return c > 0 ? TimeDirection::future : TimeDirection::past;
  }
  return TimeDirection::past;
}

}  // namespace

bool detail::could_start_time_expression(std::string_view word) {
  return could_start_expression(word);
}
bool detail::could_start_time_expression_slow(std::string_view word) {
  return could_start_expression_slow(word);
}

std::string DateRange::to_string() const { return begin == end ? begin : begin + "/" + end; }

std::optional<DateRange> DateRange::parse(std::string_view text) {
  const auto slash = text.find('/');
  const auto first = text.substr(0, slash);
  const auto last = slash == std::string_view::npos ? first : text.substr(slash + 1);
  const auto a = day_number(first);
  const auto b = day_number(last);
  if (!a || !b || *b < *a) return std::nullopt;
  return DateRange{std::string(first), std::string(last)};
}

std::optional<long> day_number(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  auto digits = [&](std::size_t from, std::size_t n, auto& out) {
    for (std::size_t k = from; k < from + n; ++k)
      if (!std::isdigit(static_cast<unsigned char>(iso[k]))) return false;
    std::from_chars(iso.data() + from, iso.data() + from + n, out);
    return true;
  };
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
  if (!valid_day(y, m, d)) return std::nullopt;
  return days_from_civil(y, m, d);
}

std::string iso_date_from_day_number(long day) {
  const Civil c = civil_from_days(day);
  if (c.year >= 0 && c.year <= 9999) {
    // The common case by hand: snprintf parsed its format for every date the
    // event and time stages resolved.
    std::string out(10, '-');
    const auto put = [&](std::size_t at, unsigned value, int digits) {
      for (int k = digits - 1; k >= 0; --k) {
        out[at + static_cast<std::size_t>(k)] = static_cast<char>('0' + value % 10);
        value /= 10;
      }
    };
    put(0, static_cast<unsigned>(c.year), 4);
    put(5, c.month, 2);
    put(8, c.day, 2);
    return out;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", c.year, c.month, c.day);
  return buffer;
}

std::optional<DateRange> normalize_time(std::string_view expression, std::string_view article_date,
                                        TimeDirection direction) {
  // Tokenise the way the pipeline does, so both paths see the same words.
  const std::vector<TextBlock> blocks{TextBlock{0, expression.size(), BlockKind::body}};
  const auto sentences = segment(expression, blocks);
  std::size_t bytes = 0;
  for (const auto& sentence : sentences) bytes += surface_bytes(sentence.tokens);
  detail::LowerViews lower(bytes);
  std::vector<Word> words;
  for (const auto& sentence : sentences) {
    const auto more = words_of(sentence.tokens, lower, false);
    words.insert(words.end(), more.begin(), more.end());
  }
  std::size_t i = 0;
  if (i < words.size() && (is_preposition_cue(words[i].text) || words[i].text == "at")) ++i;
  // A lone month or year is an expression when given alone to this function.
  auto match = match_at(words, i, true);
  if (!match || i + match->length != words.size()) return std::nullopt;
  return resolve(match->parsed, day_number(article_date), direction);
}

namespace {

// The expressions among a sentence's words (one per token).
std::vector<TimeExpression> find_in_words(const Sentence& sentence, const std::vector<Word>& words,
                                          std::string_view article_date) {
  std::vector<TimeExpression> out;
  const auto today = day_number(article_date);
  for (std::size_t i = 0; i < words.size();) {
    if (!could_start_expression(words[i].text)) {
      ++i;
      continue;
    }
    const bool cue = i > 0 && (is_preposition_cue(words[i - 1].text) ||
                               words[i - 1].text == "early" || words[i - 1].text == "late");
    auto match = match_at(words, i, cue);
    if (!match || match->length == 0) {
      ++i;
      continue;
    }
    TimeExpression e;
    e.token_begin = i;
    e.token_end = i + match->length;
    // A trailing possessive is part of the span but not of the date's text end.
    e.begin = sentence.tokens[i].begin;
    e.end = sentence.tokens[e.token_end - 1].end;
    for (std::size_t k = e.token_begin; k < e.token_end; ++k) {
      if (k > e.token_begin && sentence.tokens[k].begin > sentence.tokens[k - 1].end) e.text += ' ';
      e.text += sentence.tokens[k].text;
    }
    e.direction = direction_at(words, e.token_begin, e.token_end);
    e.value = resolve(match->parsed, today, e.direction);
    out.push_back(std::move(e));
    i += match->length;
  }
  return out;
}

}  // namespace

std::vector<TimeExpression> find_time_expressions(const Sentence& sentence,
                                                  std::string_view article_date) {
  detail::LowerViews lower(surface_bytes(sentence.tokens));
  return find_in_words(sentence, words_of(sentence.tokens, lower, true), article_date);
}

std::vector<TimeExpression> detail::find_time_expressions(
    const Sentence& sentence, std::span<const std::string_view> lower_words,
    std::string_view article_date) {
  if (lower_words.size() != sentence.tokens.size())
    return actorgraph::find_time_expressions(sentence, article_date);
  std::vector<Word> words;
  words.reserve(lower_words.size());
  for (std::size_t k = 0; k < lower_words.size(); ++k) {
    const Token& t = sentence.tokens[k];
    const std::string_view surface = surface_of(t);
    words.push_back(Word{lower_words[k], t.pos,
                         !surface.empty() && surface[0] >= 'A' && surface[0] <= 'Z'});
  }
  return find_in_words(sentence, words, article_date);
}

}  // namespace actorgraph
