// Dates in news text: the publication date in an article's header, and a
// parser for whole date expressions (used for JSONL metadata too).
#include "time/article_date.hpp"

#include <array>
#include <cstdio>

namespace actorgraph {
namespace {

struct Ymd {
  int year = 0;
  int month = 0;
  int day = 0;
};

struct DateMatch {
  Ymd date;
  std::size_t end = 0;  // one past the last byte of the date
};

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
constexpr char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool valid(const Ymd& d) {
  // News dates: a plausible year range keeps "1234 5678" style numbers out.
  if (d.year < 1800 || d.year > 2199 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int limit =
      days[static_cast<std::size_t>(d.month - 1)] + (d.month == 2 && is_leap(d.year) ? 1 : 0);
  return d.day <= limit;
}

std::string format(const Ymd& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// Reads 1..max_digits digits at pos; fails if more digits follow (so "20170" is no year).
bool read_number(std::string_view s, std::size_t& pos, std::size_t min_digits,
                 std::size_t max_digits, int& value) {
  std::size_t i = pos;
  int v = 0;
  while (i < s.size() && is_digit(s[i]) && i - pos < max_digits) v = v * 10 + (s[i++] - '0');
  if (i - pos < min_digits || (i < s.size() && is_digit(s[i]))) return false;
  value = v;
  pos = i;
  return true;
}

// The alphabetic word at pos, lower-cased (empty if none).
std::string_view word_at(std::string_view s, std::size_t pos) {
  std::size_t i = pos;
  while (i < s.size() && is_alpha(s[i])) ++i;
  return s.substr(pos, i - pos);
}

bool equals_lower(std::string_view word, std::string_view lower_name) {
  if (word.size() != lower_name.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (lower(word[i]) != lower_name[i]) return false;
  return true;
}

// Month number of a month name or abbreviation starting with a capital ("Jan",
// "January", "Sept", "JAN"), else 0. A lower-case "may" is a verb, not a month.
int month_of(std::string_view word) {
  if (word.size() < 3 || !(word[0] >= 'A' && word[0] <= 'Z')) return 0;
  static constexpr std::array<std::string_view, 12> names{
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (std::size_t m = 0; m < names.size(); ++m) {
    if (equals_lower(word, names[m]) || equals_lower(word, names[m].substr(0, 3)))
      return static_cast<int>(m + 1);
  }
  if (equals_lower(word, "sept")) return 9;
  return 0;
}

bool is_weekday(std::string_view word) {
  if (word.size() < 3) return false;
  static constexpr std::array<std::string_view, 7> names{
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (auto name : names)
    if (equals_lower(word, name) || equals_lower(word, name.substr(0, 3))) return true;
  return equals_lower(word, "tues") || equals_lower(word, "thur") || equals_lower(word, "thurs");
}

void skip_spaces(std::string_view s, std::size_t& pos) {
  while (pos < s.size()) {
    if (s[pos] == ' ' || s[pos] == '\t') {
      ++pos;
    } else if (s.substr(pos, 2) == "\xC2\xA0") {  // no-break space
      pos += 2;
    } else {
      break;
    }
  }
}

// A month name with an optional period ("Jan."), returning its number.
bool read_month(std::string_view s, std::size_t& pos, int& month) {
  auto word = word_at(s, pos);
  int m = month_of(word);
  if (m == 0) return false;
  pos += word.size();
  if (pos < s.size() && s[pos] == '.') ++pos;
  month = m;
  return true;
}

// A day of month with an optional ordinal suffix ("24th") and an optional
// range end ("23-24"): the first day is taken.
bool read_day(std::string_view s, std::size_t& pos, int& day) {
  std::size_t i = pos;
  if (!read_number(s, i, 1, 2, day)) return false;
  auto suffix = word_at(s, i);
  if (equals_lower(suffix, "st") || equals_lower(suffix, "nd") || equals_lower(suffix, "rd") ||
      equals_lower(suffix, "th")) {
    i += 2;
  } else if (!suffix.empty()) {
    return false;
  }
  if (i + 1 < s.size() && s[i] == '-' && is_digit(s[i + 1])) {
    std::size_t j = i + 1;
    int second = 0;
    if (read_number(s, j, 1, 2, second) && second > day) i = j;
  }
  pos = i;
  return true;
}

bool read_year(std::string_view s, std::size_t& pos, int& year) {
  std::size_t i = pos;
  if (!read_number(s, i, 4, 4, year)) return false;
  // "2017-2018" is a range of years, not the year of a date.
  if (i + 1 < s.size() && (s[i] == '-' || s[i] == '/') && is_digit(s[i + 1])) return false;
  pos = i;
  return true;
}

// Numeric forms: 2017-01-24, 2017/01/24, 2017.01.24, 24.01.2017, 24/01/2017
// (the last only when unambiguous: one of the first two numbers is > 12).
std::optional<DateMatch> match_numeric(std::string_view s, std::size_t pos) {
  std::size_t i = pos;
  int a = 0;
  if (read_number(s, i, 4, 4, a)) {
    if (i >= s.size() || (s[i] != '-' && s[i] != '/' && s[i] != '.')) return std::nullopt;
    char sep = s[i++];
    int m = 0;
    int d = 0;
    if (!read_number(s, i, 1, 2, m) || i >= s.size() || s[i] != sep) return std::nullopt;
    ++i;
    if (!read_number(s, i, 1, 2, d)) return std::nullopt;
    if (i < s.size() && s[i] == sep && i + 1 < s.size() && is_digit(s[i + 1])) return std::nullopt;
    Ymd date{a, m, d};
    if (!valid(date)) return std::nullopt;
    return DateMatch{date, i};
  }
  i = pos;
  if (!read_number(s, i, 1, 2, a) || i >= s.size() || (s[i] != '.' && s[i] != '/'))
    return std::nullopt;
  char sep = s[i++];
  int b = 0;
  int y = 0;
  if (!read_number(s, i, 1, 2, b) || i >= s.size() || s[i] != sep) return std::nullopt;
  ++i;
  if (!read_number(s, i, 4, 4, y)) return std::nullopt;
  Ymd date;
  if (sep == '.' || a > 12) {
    date = Ymd{y, b, a};
  } else if (b > 12) {
    date = Ymd{y, a, b};
  } else {
    return std::nullopt;  // 03/04/2017: day and month cannot be told apart
  }
  if (!valid(date)) return std::nullopt;
  return DateMatch{date, i};
}

// A date starting exactly at pos, with an optional leading weekday.
std::optional<DateMatch> match_date(std::string_view s, std::size_t pos) {
  auto first = word_at(s, pos);
  if (is_weekday(first)) {
    std::size_t i = pos + first.size();
    if (i < s.size() && s[i] == '.') ++i;
    if (i < s.size() && s[i] == ',') ++i;
    skip_spaces(s, i);
    if (i == pos + first.size()) return std::nullopt;  // "Monday2017"
    return match_date(s, i);
  }
  if (auto numeric = match_numeric(s, pos)) return numeric;

  std::size_t i = pos;
  int month = 0;
  int day = 0;
  int year = 0;
  if (read_month(s, i, month)) {
    // Month first: "January 24th, 2017", "Jan. 24, 2017", "Jan 23 2017".
    std::size_t before = i;
    skip_spaces(s, i);
    if (i == before || !read_day(s, i, day)) return std::nullopt;
    if (i < s.size() && s[i] == ',') ++i;
    before = i;
    skip_spaces(s, i);
    if (i == before && s[i - 1] != ',') return std::nullopt;
    if (!read_year(s, i, year)) return std::nullopt;
  } else if (read_day(s, i, day)) {
    // Day first: "24 January 2017", "24th of January, 2017", "24 Jan. 2017".
    std::size_t before = i;
    skip_spaces(s, i);
    if (i == before) return std::nullopt;
    if (equals_lower(word_at(s, i), "of")) {
      i += 2;
      skip_spaces(s, i);
    }
    if (!read_month(s, i, month)) return std::nullopt;
    if (i < s.size() && s[i] == ',') ++i;
    before = i;
    skip_spaces(s, i);
    if (i == before) return std::nullopt;
    if (!read_year(s, i, year)) return std::nullopt;
  } else {
    return std::nullopt;
  }
  Ymd date{year, month, day};
  if (!valid(date)) return std::nullopt;
  return DateMatch{date, i};
}

// The first date in `line` starting at a word boundary before `limit`.
std::optional<Ymd> first_date_in(std::string_view line, std::size_t limit) {
  for (std::size_t i = 0; i < line.size() && i < limit; ++i) {
    if (!is_alnum(line[i]) || (i > 0 && is_alnum(line[i - 1]))) continue;
    // A number glued to a previous number ("2001-2024", "12/2017") is not a date start.
    if (i > 1 && (line[i - 1] == '-' || line[i - 1] == '/' || line[i - 1] == '.') &&
        is_digit(line[i - 2]))
      continue;
    if (auto m = match_date(line, i)) return m->date;
  }
  return std::nullopt;
}

// The first date of a line that is a dateline, a byline or a date line, not a headline or
// a sentence that mentions a date ("Talks set to resume on January 23, 2017"): before
// the date, at most one lower-case word of three letters or more that is no word of
// datelines ("published", "updated", "posted", "by", "staff").
std::optional<Ymd> dateline_date_in(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!is_alnum(line[i]) || (i > 0 && is_alnum(line[i - 1]))) continue;
    if (i > 1 && (line[i - 1] == '-' || line[i - 1] == '/' || line[i - 1] == '.') &&
        is_digit(line[i - 2]))
      continue;
    const auto m = match_date(line, i);
    if (!m) continue;
    int prose = 0;
    for (std::size_t k = 0; k < i; ++k) {
      if (!is_alpha(line[k]) || (k > 0 && is_alpha(line[k - 1]))) continue;
      const auto word = word_at(line, k);
      if (word.size() < 3 || !(word[0] >= 'a' && word[0] <= 'z')) continue;
      static constexpr std::array<std::string_view, 9> kBylineWords{
          "published", "updated", "posted", "last", "modified", "staff", "by", "and", "the"};
      bool byline = false;
      for (auto b : kBylineWords) byline = byline || word == b;
      if (!byline) ++prose;
    }
    if (prose >= 2) return std::nullopt;
    return m->date;
  }
  return std::nullopt;
}

// Skips separators between a date and its time: blanks, commas, slashes,
// hyphens, en/em dashes, "at", "|".
void skip_date_time_separators(std::string_view s, std::size_t& pos) {
  while (pos < s.size()) {
    char c = s[pos];
    if (c == ' ' || c == '\t' || c == ',' || c == '/' || c == '-' || c == '|' || c == '@' ||
        c == '(') {
      ++pos;
    } else if (s.substr(pos, 3) == "\xE2\x80\x93" || s.substr(pos, 3) == "\xE2\x80\x94") {
      pos += 3;
    } else if (s.substr(pos, 2) == "\xC2\xA0") {
      pos += 2;
    } else if (equals_lower(word_at(s, pos), "at")) {
      pos += 2;
    } else {
      break;
    }
  }
}

// A time of day with optional seconds, fraction, AM/PM and zone:
// "08:00", "02:14 PM", "08:00:00.123Z", "08:00 GMT+3", "8:00 a.m. EST".
bool is_time_expression(std::string_view s) {
  std::size_t i = 0;
  int h = 0;
  int m = 0;
  if (!read_number(s, i, 1, 2, h) || i >= s.size() || s[i] != ':') return false;
  ++i;
  if (!read_number(s, i, 2, 2, m) || h > 24 || m > 59) return false;
  if (i < s.size() && s[i] == ':') {
    ++i;
    int sec = 0;
    if (!read_number(s, i, 2, 2, sec)) return false;
    if (i < s.size() && s[i] == '.') {
      ++i;
      while (i < s.size() && is_digit(s[i])) ++i;
    }
  }
  skip_spaces(s, i);
  // AM/PM, with or without periods.
  if (i < s.size() && (lower(s[i]) == 'a' || lower(s[i]) == 'p')) {
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '.') ++j;
    if (j < s.size() && lower(s[j]) == 'm') {
      ++j;
      if (j < s.size() && s[j] == '.') ++j;
      if (j == s.size() || !is_alpha(s[j])) i = j;
    }
  }
  skip_spaces(s, i);
  // Zone: Z, +hh:mm, or an abbreviation (GMT, UTC, EST) with an optional offset.
  if (i < s.size() && s[i] == 'Z') {
    ++i;
  } else {
    std::size_t letters = 0;
    while (i < s.size() && s[i] >= 'A' && s[i] <= 'Z' && letters < 5) ++i, ++letters;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      ++i;
      std::size_t digits = 0;
      while (i < s.size() && (is_digit(s[i]) || s[i] == ':') && digits < 5) ++i, ++digits;
      if (digits == 0) return false;
    }
  }
  skip_spaces(s, i);
  if (i < s.size() && s[i] == ')') ++i;
  skip_spaces(s, i);
  return i == s.size();
}

std::string_view trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::string> parse_date(std::string_view expression) {
  auto s = trim(expression);
  if (s.empty()) return std::nullopt;
  auto m = match_date(s, 0);
  if (!m) return std::nullopt;
  std::size_t i = m->end;
  if (i < s.size() && s[i] == 'T') {  // ISO 8601 timestamp
    ++i;
  } else {
    skip_date_time_separators(s, i);
  }
  if (i < s.size() && !is_time_expression(s.substr(i))) return std::nullopt;
  return format(m->date);
}

std::string find_article_date(std::string_view text) {
  // The header: the first 10 non-empty lines within the first 1000 bytes.
  constexpr std::size_t kHeaderBytes = 1000;
  constexpr std::size_t kHeaderLines = 10;
  // A line this short can be a dateline; a longer one is prose or a caption,
  // and there only a date right at its start is a dateline ("LONDON, Jan. 5, 2017 -").
  constexpr std::size_t kDatelineLength = 160;
  constexpr std::size_t kDatelinePrefix = 40;

  auto header = text.substr(0, kHeaderBytes);
  std::array<std::string_view, kHeaderLines> lines{};
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < header.size() && count < kHeaderLines) {
    auto nl = header.find('\n', pos);
    auto line =
        trim(header.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    if (!line.empty()) lines[count++] = line;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  for (std::size_t k = 0; k < count; ++k) {
    if (lines[k].size() > kDatelineLength) continue;
    if (auto d = dateline_date_in(lines[k])) return format(*d);
  }
  for (std::size_t k = 0; k < count; ++k) {
    if (lines[k].size() <= kDatelineLength) continue;
    if (auto d = first_date_in(lines[k], kDatelinePrefix)) return format(*d);
  }
  return {};
}

}  // namespace actorgraph
