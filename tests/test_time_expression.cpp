// Time expressions: normalisation against an article date, and finding them in
// tagged sentences. Dates and sentences are invented for the tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/segmenter.hpp"
#include "syntax/tagger.hpp"
#include "time/time_expression.hpp"

using namespace actorgraph;

namespace {

std::string norm(std::string_view expression, std::string_view article,
                 TimeDirection direction = TimeDirection::past) {
  const auto r = normalize_time(expression, article, direction);
  return r ? r->to_string() : std::string("-");
}

Sentence tagged(const std::string& text) {
  const std::vector<TextBlock> blocks{TextBlock{0, text.size(), BlockKind::body}};
  auto sentences = segment(text, blocks);
  REQUIRE(sentences.size() == 1);
  Tagger::builtin().tag(sentences.front());
  return sentences.front();
}

}  // namespace

// 2016-06-15 is a Wednesday.
TEST_CASE("absolute dates need no article date", "[time]") {
  CHECK(norm("January 23, 2017", "") == "2017-01-23");
  CHECK(norm("23 January 2017", "") == "2017-01-23");
  CHECK(norm("Jan. 23, 2017", "") == "2017-01-23");
  CHECK(norm("2017-01-23", "") == "2017-01-23");
  CHECK(norm("February 2016", "") == "2016-02-01/2016-02-29");
  CHECK(norm("in 2015", "") == "2015-01-01/2015-12-31");
  CHECK(norm("March 3-5, 2019", "") == "2019-03-03/2019-03-05");
  CHECK(norm("February 30, 2017", "") == "-");
  CHECK(norm("the talks", "2016-06-15") == "-");
}

TEST_CASE("days and months without a year take the nearest year", "[time]") {
  CHECK(norm("Dec. 30", "2017-01-24") == "2016-12-30");
  CHECK(norm("December 30", "2017-01-24") == "2016-12-30");
  CHECK(norm("Feb. 8", "2017-01-24") == "2017-02-08");
  CHECK(norm("June 2", "2016-06-15") == "2016-06-02");
  CHECK(norm("January 23-24", "2017-01-20") == "2017-01-23/2017-01-24");
  CHECK(norm("January 23 to 24", "2017-01-20") == "2017-01-23/2017-01-24");
  CHECK(norm("23-24 January", "2017-01-20") == "2017-01-23/2017-01-24");
  CHECK(norm("in September", "2017-01-24") == "2016-09-01/2016-09-30");
  CHECK(norm("in September", "2017-01-24", TimeDirection::future) == "2017-09-01/2017-09-30");
  CHECK(norm("late January", "2017-03-10") == "2017-01-21/2017-01-31");
  CHECK(norm("mid-March", "2017-05-10") == "2017-03-11/2017-03-20");
  // No article date: a day without year stays unresolved.
  CHECK(norm("Dec. 30", "") == "-");
}

TEST_CASE("weekdays resolve to the latest one on or before the article date", "[time]") {
  // Wednesday 2016-06-15.
  CHECK(norm("Tuesday", "2016-06-15") == "2016-06-14");
  CHECK(norm("on Monday", "2016-06-15") == "2016-06-13");
  CHECK(norm("late Monday", "2016-06-15") == "2016-06-13");
  CHECK(norm("Monday night", "2016-06-15") == "2016-06-13");
  CHECK(norm("Tuesday's", "2016-06-15") == "2016-06-14");
  CHECK(norm("Wednesday", "2016-06-15") == "2016-06-15");
  CHECK(norm("Thursday", "2016-06-15") == "2016-06-09");
  // Future contexts look forward.
  CHECK(norm("Thursday", "2016-06-15", TimeDirection::future) == "2016-06-16");
  CHECK(norm("Tuesday", "2016-06-15", TimeDirection::future) == "2016-06-21");
  CHECK(norm("next Monday", "2016-06-15") == "2016-06-20");
  CHECK(norm("last Wednesday", "2016-06-15") == "2016-06-08");
  CHECK(norm("Tuesday", "") == "-");
}

TEST_CASE("relative expressions", "[time]") {
  CHECK(norm("tomorrow", "2016-06-15") == "2016-06-16");
  CHECK(norm("yesterday", "2016-06-15") == "2016-06-14");
  CHECK(norm("today", "2016-06-15") == "2016-06-15");
  CHECK(norm("last night", "2016-03-01") == "2016-02-29");
  CHECK(norm("last month", "2016-06-15") == "2016-05-01/2016-05-31");
  CHECK(norm("late last month", "2016-06-15") == "2016-05-21/2016-05-31");
  CHECK(norm("early last month", "2016-06-15") == "2016-05-01/2016-05-10");
  CHECK(norm("next month", "2016-12-15") == "2017-01-01/2017-01-31");
  CHECK(norm("last month", "2017-01-24") == "2016-12-01/2016-12-31");
  CHECK(norm("last week", "2016-06-15") == "2016-06-06/2016-06-12");
  CHECK(norm("earlier this week", "2016-06-15") == "2016-06-13/2016-06-15");
  CHECK(norm("later this week", "2016-06-15") == "2016-06-15/2016-06-19");
  CHECK(norm("next week", "2016-06-15") == "2016-06-20/2016-06-26");
  CHECK(norm("last year", "2016-06-15") == "2015-01-01/2015-12-31");
  CHECK(norm("two days ago", "2016-06-15") == "2016-06-13");
  CHECK(norm("three weeks ago", "2016-06-15") == "2016-05-25");
  CHECK(norm("last month", "") == "-");
  CHECK(norm("next month", "not a date") == "-");
}

TEST_CASE("DateRange prints and parses ISO intervals", "[time]") {
  CHECK(DateRange{"2016-06-14", "2016-06-14"}.to_string() == "2016-06-14");
  CHECK(DateRange{"2016-06-14", "2016-06-15"}.to_string() == "2016-06-14/2016-06-15");
  REQUIRE(DateRange::parse("2016-06-14/2016-06-15"));
  CHECK(DateRange::parse("2016-06-14/2016-06-15")->end == "2016-06-15");
  CHECK_FALSE(DateRange::parse("2016-06-15/2016-06-14"));
  CHECK_FALSE(DateRange::parse("June"));
  CHECK(iso_date_from_day_number(*day_number("2000-02-29")) == "2000-02-29");
  CHECK_FALSE(day_number("2001-02-29"));
}

TEST_CASE("time expressions are found in sentences with their tense", "[time]") {
  // Wednesday 2016-06-15.
  const auto past =
      tagged("Delegates from Yemen met in Kuwait on Monday and again late last month.");
  const auto found = find_time_expressions(past, "2016-06-15");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "Monday");
  REQUIRE(found[0].value);
  CHECK(found[0].value->to_string() == "2016-06-13");
  CHECK(found[1].text == "late last month");
  CHECK(found[1].value->to_string() == "2016-05-21/2016-05-31");

  const auto future = tagged("The envoy said the two sides will meet in Havana on Friday.");
  const auto f = find_time_expressions(future, "2016-06-15");
  REQUIRE(f.size() == 1);
  CHECK(f[0].direction == TimeDirection::future);
  CHECK(f[0].value->to_string() == "2016-06-17");

  const auto possessive = tagged("Tuesday's round in Minsk ended without a statement.");
  const auto p = find_time_expressions(possessive, "2016-06-15");
  REQUIRE(p.size() == 1);
  CHECK(p[0].text == "Tuesday's");
  CHECK(p[0].value->to_string() == "2016-06-14");

  // "may" the verb and "march" the noun are not months.
  const auto verbs = tagged("The rebels may march on the city if the truce fails.");
  CHECK(find_time_expressions(verbs, "2016-06-15").empty());
  // Without an article date a weekday is found but not resolved.
  const auto unresolved = find_time_expressions(past, "");
  REQUIRE(unresolved.size() == 2);
  CHECK_FALSE(unresolved[0].value);
}

// ---- fast paths: they must answer exactly as the slow code they replace ----

#include <cstdio>

#include "lang/lower_views.hpp"
#include "time/time_expression_detail.hpp"

TEST_CASE("the fingerprint filter agrees with the word lists", "[time][fast]") {
  const std::vector<std::string> words{
      "",           "a",         "an",          "the",       "of",       "to",       "and",
      "in",         "said",      "talks",       "early",     "earlier",  "late",     "later",
      "mid",        "mid-",      "mid-january", "mid-june",  "midst",    "middle",   "next",
      "last",       "this",      "these",       "today",     "tonight",  "tomorrow", "yesterday",
      "zero",       "one",       "two",         "twelve",    "twenty",   "january",  "jan",
      "jan.",       "janu",      "february",    "feb.",      "march",    "mar",      "mar.",
      "may",        "may.",      "june",        "jun",       "july",     "jul.",     "august",
      "aug",        "september", "september.",  "sept",      "sept.",    "sep",      "sep.",
      "october",    "oct",       "november",    "nov.",      "december", "dec",      "decembers",
      "monday",     "mondays",   "tuesday",     "wednesday", "thursday", "friday",   "saturday",
      "sunday",     "sun",       "week",        "year",      "2017",     "23rd",     "3",
      "Monday",     "January",   "JAN.",        "x",         ".",        "'s",       "septembers.",
      "wednesdays", "ago",       "days"};
  for (const auto& w : words) {
    INFO(w);
    CHECK(detail::could_start_time_expression(w) == detail::could_start_time_expression_slow(w));
  }
  // Every short lower-case word of a small alphabet, exhaustively.
  const std::string letters = "adejmnostuy.-";
  std::string w;
  std::size_t mismatches = 0;
  for (std::size_t len = 1; len <= 4; ++len) {
    std::vector<std::size_t> digit(len, 0);
    for (;;) {
      w.assign(len, ' ');
      for (std::size_t k = 0; k < len; ++k) w[k] = letters[digit[k]];
      if (detail::could_start_time_expression(w) != detail::could_start_time_expression_slow(w))
        ++mismatches;
      std::size_t k = 0;
      while (k < len && ++digit[k] == letters.size()) digit[k++] = 0;
      if (k == len) break;
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("ISO dates are formatted as snprintf did", "[time][fast]") {
  const auto reference = [](long day) {
    const auto iso = iso_date_from_day_number(day);
    const auto back = day_number(iso);
    return back && *back == day;
  };
  // Round trips over two centuries around the epoch, and the edges of four-digit years.
  for (long day = -36524; day <= 36524 * 2; day += 17) CHECK(reference(day));
  CHECK(iso_date_from_day_number(0) == "1970-01-01");
  CHECK(iso_date_from_day_number(17189) == "2017-01-23");
  CHECK(iso_date_from_day_number(*day_number("0001-01-01")) == "0001-01-01");
  CHECK(iso_date_from_day_number(*day_number("9999-12-31")) == "9999-12-31");
  CHECK(iso_date_from_day_number(*day_number("2016-02-29")) == "2016-02-29");
  // Outside four-digit years the slow path keeps snprintf's rendering.
  const long after = *day_number("9999-12-31") + 1;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", 10000, 1u, 1u);
  CHECK(iso_date_from_day_number(after) == buffer);
  const long before = *day_number("0001-01-01") - 366;  // 0000-01-01
  CHECK(iso_date_from_day_number(before) == "0000-01-01");
  CHECK(iso_date_from_day_number(before - 1).front() == '-');
}

TEST_CASE("lower-case views: the word itself, or one lower-cased copy", "[time][fast]") {
  const std::string plain = "talks";
  const std::string capital = "Astana";
  const std::string utf8 = "\xC3\x89TAT";  // non-ASCII bytes are left alone
  detail::LowerViews lower(4);             // too small for all: the overflow path too
  const auto a = lower(plain);
  CHECK(a == "talks");
  CHECK(a.data() == plain.data());  // no copy for a word without capitals
  const auto b = lower(capital);
  const auto c = lower(utf8);
  const auto d = lower("MONDAY");
  CHECK(b == "astana");
  CHECK(c == "\xC3\x89tat");
  CHECK(d == "monday");
  CHECK(b == "astana");  // earlier views survive later ones
  CHECK(detail::ascii_lower('Z') == 'z');
  CHECK(detail::ascii_lower('[') == '[');
  CHECK(detail::ascii_lower('@') == '@');
  CHECK_FALSE(detail::has_ascii_upper("\xC3\x89t\xC3\xA9"));
}

TEST_CASE("sentences with capitals and mid- prefixes find the same dates", "[time]") {
  const auto s = tagged(
      "In Mid-January and on MONDAY, Jan. 23, the envoys met; next Tuesday's round was set.");
  const auto found = find_time_expressions(s, "2017-01-20");
  std::vector<std::string> texts;
  for (const auto& e : found)
    texts.push_back(e.text + "=" + (e.value ? e.value->to_string() : "-"));
  CHECK(texts == std::vector<std::string>{"Mid-January=2017-01-11/2017-01-20",
                                          "MONDAY, Jan. 23=2017-01-23",
                                          "next Tuesday's=2017-01-24"});
}

TEST_CASE("finding expressions over words lower-cased by the caller gives the same",
          "[time][fast]") {
  const auto same = [](const Sentence& s, std::string_view date) {
    detail::LowerViews lower(4096);
    std::vector<std::string_view> words;
    for (const auto& t : s.tokens) words.push_back(lower(t.norm.empty() ? t.text : t.norm));
    const auto a = find_time_expressions(s, date);
    const auto b = detail::find_time_expressions(s, words, date);
    REQUIRE(a.size() == b.size());
    for (std::size_t k = 0; k < a.size(); ++k) {
      CHECK(a[k].text == b[k].text);
      CHECK(a[k].token_begin == b[k].token_begin);
      CHECK(a[k].token_end == b[k].token_end);
      CHECK(a[k].begin == b[k].begin);
      CHECK(a[k].end == b[k].end);
      CHECK(a[k].direction == b[k].direction);
      CHECK(a[k].value.has_value() == b[k].value.has_value());
      if (a[k].value && b[k].value) CHECK(a[k].value->to_string() == b[k].value->to_string());
    }
    // A word count that does not fit the sentence falls back to the plain function.
    words.pop_back();
    CHECK(detail::find_time_expressions(s, words, date).size() == a.size());
    return a.size();
  };
  CHECK(same(tagged("Talks resumed on Monday, January 23, 2017, and will end next week."),
             "2017-01-20") == 2);
  CHECK(same(tagged("TALKS IN ASTANA ON MONDAY AND IN MAY 2016 FAILED."), "2017-01-20") == 2);
  CHECK(same(tagged("The envoys met three days ago, in mid-December and late 2016."),
             "2017-01-20") == 3);
  CHECK(same(tagged("No date here at all."), "") == 0);
}
