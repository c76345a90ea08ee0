// Article dates from datelines and bylines: taken only when the text anchors them,
// never guessed from a date the story mentions. Every line is written for the tests.
#include <catch2/catch.hpp>

#include "time/article_date.hpp"

using actorgraph::find_article_date;

TEST_CASE("bylines and datelines that state a date give the article date", "[date][dateline]") {
  CHECK(find_article_date("Port strike ends\nBy Ines Moreau | Published March 4, 2019\n\nDockers "
                          "went back to work.") == "2019-03-04");
  CHECK(find_article_date("Port strike ends\nLast updated: 4 March 2019 09:12 GMT\n\nDockers went "
                          "back.") == "2019-03-04");
  CHECK(find_article_date("LISBON, March 4, 2019 (Lusa) - Dockers went back to work.") ==
        "2019-03-04");
  CHECK(find_article_date("Port strike ends\nPosted by staff on 2019-03-04\nDockers went back.") ==
        "2019-03-04");
}

TEST_CASE("a dateline without a date, or a headline that mentions one, gives no date",
          "[date][dateline]") {
  // "CITY (Agency) -" says where, not when.
  CHECK(find_article_date("Port strike ends\n\nLISBON (Reuters) - Dockers went back to work on "
                          "Monday after a week-long strike.") == "");
  // A headline or a short sentence about a date is no dateline: the talks' date is not the
  // day the article was published.
  CHECK(find_article_date("Dockers agree to resume talks on March 12, 2019\n\nThe union said "
                          "so.") == "");
  CHECK(find_article_date("Port strike ends\n\nThe union said the strike began on March 1, 2019."
                          "\n") == "");
}
