// Article dates: header/dateline search and whole-expression parsing.
#include <catch2/catch.hpp>

#include "time/article_date.hpp"

using actorgraph::find_article_date;
using actorgraph::parse_date;

TEST_CASE("parse_date reads common news date forms", "[date]") {
  CHECK(parse_date("Published January 24th, 2017 - 08:00 GMT") == std::nullopt);  // not a bare date
  CHECK(parse_date("January 24th, 2017 - 08:00 GMT") == "2017-01-24");
  CHECK(parse_date("Jan 23, 2017, 00:27") == "2017-01-23");
  CHECK(parse_date("January 24, 2017 / 02:14 PM") == "2017-01-24");
  CHECK(parse_date("24 January 2017") == "2017-01-24");
  CHECK(parse_date("2017-01-24") == "2017-01-24");
  CHECK(parse_date("Jan. 24, 2017") == "2017-01-24");
  CHECK(parse_date("Tuesday, 24 Jan 2017") == "2017-01-24");
  CHECK(parse_date("Tue, 24 Jan 2017 08:00:00 GMT") == "2017-01-24");
  CHECK(parse_date("2017-01-24T08:00:00Z") == "2017-01-24");
  CHECK(parse_date("2019-11-05T17:45:10.250+03:00") == "2019-11-05");
  CHECK(parse_date("  March 3rd 2021  ") == "2021-03-03");
  CHECK(parse_date("3rd of March, 2021") == "2021-03-03");
  CHECK(parse_date("Sept. 11, 2001") == "2001-09-11");
  CHECK(parse_date("05.11.2019") == "2019-11-05");        // day.month.year
  CHECK(parse_date("25/12/2020") == "2020-12-25");        // unambiguous day first
  CHECK(parse_date("12/25/2020") == "2020-12-25");        // unambiguous month first
  CHECK(parse_date("29 February 2024") == "2024-02-29");  // leap year
  CHECK(parse_date("MARCH 8, 2022, 9:15 a.m. EST") == "2022-03-08");
}

TEST_CASE("parse_date rejects non-dates", "[date]") {
  CHECK_FALSE(parse_date(""));
  CHECK_FALSE(parse_date("2001-2024"));         // year range
  CHECK_FALSE(parse_date("January 2017"));      // no day
  CHECK_FALSE(parse_date("30 February 2017"));  // impossible day
  CHECK_FALSE(parse_date("2017-13-01"));        // impossible month
  CHECK_FALSE(parse_date("03/04/2017"));        // day and month ambiguous
  CHECK_FALSE(parse_date("may 5, 2017"));       // the verb, not the month
  CHECK_FALSE(parse_date("24 January 2017 and then some"));
  CHECK_FALSE(parse_date("Jan 23, 20170"));
}

TEST_CASE("find_article_date finds datelines in article headers", "[date]") {
  CHECK(find_article_date("Breaking Headline\n\nTalks resume in Geneva\n\nPublished January 24th, "
                          "2017 - 08:00 GMT\n"
                          "The talks resumed on Tuesday.") == "2017-01-24");
  CHECK(find_article_date("Diplomats arrive in Lima\n\nJan 23, 2017, 00:27\nDiplomats arrived.") ==
        "2017-01-23");
  CHECK(find_article_date("Latest\nPeru|politics|January 24, 2017 / 02:14 PM\nCongress votes\n") ==
        "2017-01-24");
  CHECK(
      find_article_date("Floods hit Dhaka\nBy Amina Rahman\n24 January 2017\n\nHeavy rain fell.") ==
      "2017-01-24");
  CHECK(find_article_date("Election called\n2018-06-03 14:00\nThe president called an election.") ==
        "2018-06-03");
  CHECK(find_article_date("Ceasefire holds\nJan. 24, 2017\nThe ceasefire held.") == "2017-01-24");
  CHECK(find_article_date("Ceasefire holds\nTuesday, 24 Jan 2017\nThe ceasefire held.") ==
        "2017-01-24");
  CHECK(find_article_date(
            "NAIROBI, March 3, 2019 (Xinhua) -- Kenya's parliament on Sunday approved a budget "
            "that the finance ministry had proposed in a long and bitter debate about taxes, the "
            "speaker said in a statement released in the capital.") == "2019-03-03");
}

TEST_CASE("find_article_date ignores year ranges and body dates", "[date]") {
  CHECK(find_article_date("© Example Agency - 2001-2024.\nSome text.") == "");
  CHECK(find_article_date("Talks begin\n\nNo date in this header at all.") == "");
  // A date inside a long prose paragraph is an event date, not the publication date.
  CHECK(find_article_date(
            "Talks begin\n\nThe government and the rebels, meeting for the first time since the "
            "accord that was signed in the capital on March 3, 2016, agreed to a new round of "
            "talks next month, officials from both sides said on Monday.") == "");
  // Dates far into the text are not in the header.
  std::string text = "Headline\n";
  for (int i = 0; i < 12; ++i) text += "A short line of prose.\n";
  text += "January 24, 2017\n";
  CHECK(find_article_date(text) == "");
  CHECK(find_article_date(std::string(1200, 'x') + "\nJanuary 24, 2017\n") == "");
}
