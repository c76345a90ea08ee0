// Cleaning: kept prose, headline, datelines and captions; dropped page debris.
#include <catch2/catch.hpp>

#include <algorithm>

#include "text/cleaner.hpp"
#include "actorgraph/corpus_reader.hpp"
#include "test_support.hpp"

using namespace actorgraph;

namespace {

struct Cleaned {
  Document doc;
  CleanedText result;

  std::string text(std::size_t b, std::size_t e) const { return doc.text.substr(b, e - b); }

  /// Texts of kept blocks of one kind.
  std::vector<std::string> kept(BlockKind kind) const {
    std::vector<std::string> out;
    for (const auto& b : result.blocks)
      if (b.kind == kind) out.push_back(text(b.begin, b.end));
    return out;
  }
  bool is_kept(const std::string& s, BlockKind kind = BlockKind::body) const {
    auto k = kept(kind);
    return std::find(k.begin(), k.end(), s) != k.end();
  }
  /// The reason a text was dropped for, or "" if it was not dropped.
  std::string dropped_reason(const std::string& s) const {
    for (const auto& d : result.dropped)
      if (text(d.begin, d.end) == s) return d.reason;
    return "";
  }
  bool any_kept_contains(const std::string& needle) const {
    for (const auto& b : result.blocks)
      if (text(b.begin, b.end).find(needle) != std::string::npos) return true;
    return false;
  }
};

/// Checks the structural promises of CleanedText for any input.
void check_invariants(const Document& doc, const CleanedText& c) {
  auto is_blank = [](char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; };
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (std::size_t i = 0; i < c.blocks.size(); ++i) {
    const auto& b = c.blocks[i];
    REQUIRE(b.begin < b.end);
    REQUIRE(b.end <= doc.text.size());
    CHECK_FALSE(is_blank(doc.text[b.begin]));
    CHECK_FALSE(is_blank(doc.text[b.end - 1]));
    if (i > 0) CHECK(c.blocks[i - 1].end <= b.begin);
    spans.emplace_back(b.begin, b.end);
  }
  for (std::size_t i = 0; i < c.dropped.size(); ++i) {
    const auto& d = c.dropped[i];
    REQUIRE(d.begin < d.end);
    REQUIRE(d.end <= doc.text.size());
    CHECK_FALSE(d.reason.empty());
    if (i > 0) CHECK(c.dropped[i - 1].end <= d.begin);
    spans.emplace_back(d.begin, d.end);
  }
  std::sort(spans.begin(), spans.end());
  for (std::size_t i = 1; i < spans.size(); ++i) CHECK(spans[i - 1].second <= spans[i].first);
  CHECK(std::count_if(c.blocks.begin(), c.blocks.end(),
                      [](const TextBlock& b) { return b.kind == BlockKind::headline; }) <= 1);
}

Cleaned clean(std::string text) {
  Cleaned c;
  c.doc.text = std::move(text);
  c.result = clean_document(c.doc);
  check_invariants(c.doc, c.result);
  return c;
}

const std::string kAndesBody =
    "Peru's Congress approved a sweeping pension reform on Thursday after a 14-hour debate, "
    "handing "
    "President Dina Boluarte a rare legislative victory.";
const std::string kAndesBody2 =
    "The bill, which unions have opposed for months, raises the retirement age to 67 and creates a "
    "private savings scheme, lawmakers said.";

}  // namespace

TEST_CASE("prose is kept, including short lines, quotes and furniture words in sentences",
          "[cleaner]") {
  auto c = clean(
      "Nepal and India reopen border crossing\n\n" + kAndesBody +
      "\n\nHe declined to comment.\n\n"
      "\xE2\x80\x9CWe will not surrender,\xE2\x80\x9D she said.\n\n"
      "\xE2\x80\x9CThe border stays open.\xE2\x80\x9D\n\n"
      "Both countries share a long and porous border.\n\n"
      "Human rights groups said the arrests were unlawful and demanded the release of all "
      "detainees.\n\n"
      "Farmers must register their land by June, the ministry said.\n\n"
      "The opposition will follow the talks closely, its leader told reporters in Kathmandu.\n\n"
      "\"It is a good day for Nepal,\" said Ram Bahadur Thapa\n\n" +
      kAndesBody2 + "\n");
  CHECK(c.kept(BlockKind::headline) ==
        std::vector<std::string>{"Nepal and India reopen border crossing"});
  for (const std::string& line :
       {kAndesBody, std::string("He declined to comment."),
        std::string("\xE2\x80\x9CWe will not surrender,\xE2\x80\x9D she said."),
        std::string("\xE2\x80\x9CThe border stays open.\xE2\x80\x9D"),
        std::string("Both countries share a long and porous border."),
        std::string("Human rights groups said the arrests were unlawful and demanded the release "
                    "of all detainees."),
        std::string("Farmers must register their land by June, the ministry said."),
        std::string("The opposition will follow the talks closely, its leader told reporters in "
                    "Kathmandu."),
        std::string("\"It is a good day for Nepal,\" said Ram Bahadur Thapa"), kAndesBody2}) {
    INFO(line);
    CHECK(c.is_kept(line));
  }
  CHECK(c.result.dropped.empty());
}

TEST_CASE("subscription and login prompts are dropped", "[cleaner]") {
  auto c = clean("Andes pension reform passes\n\n" + kAndesBody + "\n\n" + kAndesBody2 +
                 "\n\nAlready a subscriber? Log in\n\nSubscribe now for unlimited access\n\n"
                 "Create an account to keep reading\n\nForgot password?\n");
  CHECK(c.dropped_reason("Already a subscriber? Log in") == "subscription or login prompt");
  CHECK(c.dropped_reason("Subscribe now for unlimited access") == "subscription or login prompt");
  CHECK(c.dropped_reason("Create an account to keep reading") == "subscription or login prompt");
  CHECK(c.dropped_reason("Forgot password?") == "subscription or login prompt");
  CHECK(c.is_kept(kAndesBody2));
}

TEST_CASE("newsletter prompts are dropped", "[cleaner]") {
  auto c = clean("Andes pension reform passes\n\n" + kAndesBody +
                 "\n\nGet the Morning Briefing newsletter delivered to your inbox\n\n" +
                 kAndesBody2 + "\n");
  CHECK(c.dropped_reason("Get the Morning Briefing newsletter delivered to your inbox") ==
        "newsletter prompt");
  CHECK(c.is_kept(kAndesBody));
  CHECK(c.is_kept(kAndesBody2));
}

TEST_CASE("copyright and legal footers are dropped", "[cleaner]") {
  auto c = clean("Andes pension reform passes\n\n" + kAndesBody + "\n\n" + kAndesBody2 +
                 "\n\nCopyright 2023 Andean Daily Media Group\n\n(c) 2022 Baltic Wire Service\n\n"
                 "\xC2\xA9 Lima Post 1999-2024\n\nAll Rights Reserved.\n\n"
                 "Reproduction in whole or in part without written permission is prohibited.\n\n"
                 "Read our privacy policy and terms of use\n");
  for (const char* line :
       {"Copyright 2023 Andean Daily Media Group", "(c) 2022 Baltic Wire Service",
        "\xC2\xA9 Lima Post 1999-2024", "All Rights Reserved.",
        "Reproduction in whole or in part without written permission is prohibited.",
        "Read our privacy policy and terms of use"}) {
    INFO(line);
    CHECK(c.dropped_reason(line) == "copyright or legal footer");
  }
  CHECK(c.is_kept(kAndesBody2));
}

TEST_CASE("agency trailers: Enditem is trimmed off, source and editing lines dropped",
          "[cleaner]") {
  std::string last = "The ministry said the new rules would take effect in March. Enditem";
  auto c = clean("Manila raises rice tariffs\n\n" + kAndesBody + "\n\n" + last +
                 "\n\nSource: Kyodo\n\n(Reporting by Ana Lima; Editing by Tom Reed)\n");
  CHECK(c.is_kept("The ministry said the new rules would take effect in March."));
  CHECK(c.dropped_reason("Enditem") == "agency trailer");
  CHECK(c.dropped_reason("Source: Kyodo") == "agency trailer");
  CHECK(c.dropped_reason("(Reporting by Ana Lima; Editing by Tom Reed)") == "agency trailer");
  CHECK_FALSE(c.any_kept_contains("Enditem"));

  // A word merely starting a source attribution in prose is not a trailer.
  auto prose = clean("Headline here\n\n" + kAndesBody +
                     "\n\nSource of the leak remains unknown, police said on Friday.\n");
  CHECK(prose.is_kept("Source of the leak remains unknown, police said on Friday."));
}

TEST_CASE("image-id debris and separators are dropped", "[cleaner]") {
  auto c = clean("Quake strikes western Turkey\n\n" + kAndesBody +
                 "\n\n_1234_567_890_12\n\nIMG_4411.jpg\n\n* * *\n\n" + kAndesBody2 + "\n");
  CHECK(c.dropped_reason("_1234_567_890_12") == "image-id debris");
  CHECK(c.dropped_reason("IMG_4411.jpg") == "image-id debris");
  CHECK(c.dropped_reason("* * *") == "separator");
  CHECK(c.is_kept(kAndesBody2));
}

TEST_CASE("banners before the real headline and navigation lines are dropped", "[cleaner]") {
  auto c = clean(
      "Breaking News\nWORLD\nAmericas | Brazil | Politics\n"
      "Floods displace thousands in southern Brazil\n\n" +
      kAndesBody + "\n\nRead more: Brazil's president visits flooded towns\n\n" + kAndesBody2 +
      "\n\nMore from the Americas desk\n\ndivider\n\nShare\n");
  CHECK(c.kept(BlockKind::headline) ==
        std::vector<std::string>{"Floods displace thousands in southern Brazil"});
  CHECK(c.dropped_reason("Breaking News") == "navigation or section banner");
  CHECK(c.dropped_reason("Americas | Brazil | Politics") == "section navigation");
  CHECK_FALSE(c.dropped_reason("WORLD").empty());
  CHECK(c.dropped_reason("Read more: Brazil's president visits flooded towns") ==
        "navigation or section banner");
  CHECK(c.dropped_reason("More from the Americas desk") == "navigation or section banner");
  CHECK(c.dropped_reason("divider") == "navigation or section banner");
  CHECK(c.dropped_reason("Share") == "social media prompt");
}

TEST_CASE("contact and address lines are dropped", "[cleaner]") {
  auto c =
      clean("Andes pension reform passes\n\n" + kAndesBody + "\n\n" + kAndesBody2 +
            "\n\nContact us: +51 1 555 0101\n\nEmail: desk@andeandaily.pe\n\nOur address:\n\n"
            "14 Avenida Grau, Miraflores, Lima\n\nwww.andeandaily.pe\n\nFollow us on Twitter\n");
  CHECK(c.dropped_reason("Contact us: +51 1 555 0101") == "contact details");
  CHECK(c.dropped_reason("Email: desk@andeandaily.pe") == "contact details");
  CHECK(c.dropped_reason("Our address:") == "contact details");
  CHECK(c.dropped_reason("14 Avenida Grau, Miraflores, Lima") == "contact details");
  CHECK(c.dropped_reason("www.andeandaily.pe") == "contact details");
  CHECK(c.dropped_reason("Follow us on Twitter") == "social media prompt");
}

TEST_CASE("author bylines and biographies at the end are dropped", "[cleaner]") {
  std::string bio =
      "Maria Fernanda Quispe has covered Peruvian politics as a reporter for The Andean Daily "
      "since 2015.";
  std::string bio2 = "Quispe studied law in Arequipa before moving to Lima.";
  auto c = clean("Andes pension reform passes\n\n" + kAndesBody + "\n\n" + kAndesBody2 +
                 "\n\nMaria Fernanda Quispe\n\nAD\n\n" + bio + "\n" + bio2 + "\n");
  CHECK(c.dropped_reason("Maria Fernanda Quispe") == "author byline");
  CHECK(c.dropped_reason("AD") == "author byline");
  CHECK(c.dropped_reason(bio) == "author biography");
  CHECK(c.dropped_reason(bio2) == "author biography");
  CHECK(c.is_kept(kAndesBody2));

  // A closing biography paragraph with no byline line.
  std::string lone = "Jonas Petersen is a freelance journalist based in Copenhagen.";
  auto d = clean("Danish wind farm expands\n\n" + kAndesBody + "\n\n" + kAndesBody2 + "\n\n" +
                 lone + "\n");
  CHECK(d.dropped_reason(lone) == "author biography");

  // Nor is a closing paragraph about an organisation and a journalist.
  std::string news = "Reporters Without Borders has condemned the jailing of the journalist.";
  auto g = clean("Editor jailed in Minsk\n\n" + kAndesBody + "\n\n" + news + "\n");
  CHECK(g.is_kept(news));

  // A name in the middle of the story followed by prose is not a byline.
  auto e = clean("Ministers meet in Oslo\n\n" + kAndesBody + "\n\nJonas Gahr Store\n\n" +
                 kAndesBody2 + "\n");
  CHECK(e.is_kept("Jonas Gahr Store"));
  // Nor is a closing sentence about someone's career in the story's own words.
  auto f = clean("Ministers meet in Oslo\n\n" + kAndesBody +
                 "\n\nThe new minister, Anne Berg, has worked for the "
                 "foreign ministry since 2004.\n");
  CHECK(f.is_kept("The new minister, Anne Berg, has worked for the foreign ministry since 2004."));
}

TEST_CASE("captions are kept once, datelines and bylines kept as dateline", "[cleaner]") {
  std::string caption =
      "Rescue workers search the rubble of a building in Izmir on Oct. 30, 2020. (REUTERS/Jane "
      "Doe)";
  auto c =
      clean("Quake strikes western Turkey\nBy Amina Rahman\nUpdated October 31, 2020 10:05 am\n" +
            caption + "\n" + caption + "\n\n" + kAndesBody +
            "\n\nPhoto: Survivors wait outside a hospital in Izmir\n\n" + kAndesBody2 + "\n");
  CHECK(c.kept(BlockKind::headline) == std::vector<std::string>{"Quake strikes western Turkey"});
  CHECK(c.kept(BlockKind::dateline) ==
        std::vector<std::string>{"By Amina Rahman", "Updated October 31, 2020 10:05 am"});
  CHECK(c.kept(BlockKind::caption) ==
        std::vector<std::string>{caption, "Photo: Survivors wait outside a hospital in Izmir"});
  REQUIRE(c.result.dropped.size() == 1);
  CHECK(c.result.dropped[0].reason == "repeated caption");
  CHECK(c.result.dropped[0].begin >
        c.result.blocks[3].begin);  // the second copy is the one dropped
}

TEST_CASE("a bare name beside the header date is a byline; a subheading is body", "[cleaner]") {
  auto c =
      clean("Monsoon floods hit Assam\nPriya Nair\nJuly 4, 2022\n\nRescue Teams Stretched\n\n" +
            kAndesBody + "\n");
  CHECK(c.kept(BlockKind::dateline) == std::vector<std::string>{"Priya Nair", "July 4, 2022"});
  CHECK(c.is_kept("Rescue Teams Stretched"));
}

TEST_CASE("random bytes never break the cleaner's invariants", "[cleaner]") {
  std::uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return state >> 24;
  };
  const std::string pieces[] = {"\n",         "\n\n",         " ",
                                "Enditem",    "(c) ",         "\xC2\xA9",
                                "|",          "_12_3",        "Log in",
                                "By ",        "Jan. 5, 2017", "\xE2\x80\x9D",
                                ".",          "Sergey Kwan",  "has worked",
                                "journalist", "\xFF",         "\r",
                                "Source: X",  "(AFP/Name)",   "The talks ended."};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    auto length = next() % 60;
    for (std::uint32_t k = 0; k < length; ++k) {
      if (next() % 3 == 0) {
        text += static_cast<char>(next());
      } else {
        text += pieces[next() % std::size(pieces)];
      }
    }
    INFO(text);
    clean(text);  // checks the invariants
  }
}

TEST_CASE("wire-story and broadcaster page furniture", "[cleaner]") {
  auto wire = clean(
      "Home | World | Africa\nSudan's warring sides agree to week-long truce, mediators say\n"
      "By Khalid Osman and Nadia Farouk\nMay 20, 2023 11:42 PM UTC\n\n"
      "KHARTOUM, May 20 (Wire) - Sudan's army and a rival paramilitary force agreed on Saturday to "
      "a seven-day "
      "ceasefire, the United States and Saudi Arabia said in a joint statement.\n\n"
      "\"We will see,\" said Ahmed Ali, 45, a resident of Omdurman. \"Every truce so far has been "
      "broken.\"\n\n"
      "Share this article\n\nRelated coverage\nSudan's displaced cross into Chad\nAid convoys "
      "reach Darfur\n\n"
      "The truce will be monitored by a joint mechanism, the statement said.\n\n"
      "Lina Haddad in Cairo contributed to this report.\n");
  CHECK(wire.kept(BlockKind::headline) ==
        std::vector<std::string>{"Sudan's warring sides agree to week-long truce, mediators say"});
  CHECK(wire.kept(BlockKind::dateline) ==
        std::vector<std::string>{"By Khalid Osman and Nadia Farouk", "May 20, 2023 11:42 PM UTC"});
  CHECK(wire.dropped_reason("Share this article") == "social media prompt");
  CHECK(wire.dropped_reason("Related coverage") == "navigation or section banner");
  CHECK(wire.dropped_reason("Sudan's displaced cross into Chad") == "navigation or section banner");
  CHECK(wire.dropped_reason("Aid convoys reach Darfur") == "navigation or section banner");
  CHECK(wire.dropped_reason("Lina Haddad in Cairo contributed to this report.") ==
        "agency trailer");
  CHECK(wire.is_kept("The truce will be monitored by a joint mechanism, the statement said."));
  CHECK(wire.kept(BlockKind::body).size() == 3);

  auto web = clean(
      "Skip to content\nMenu\nChile wildfires: Death toll rises as fires rage near "
      "Valpara\xC3\xADso\n"
      "Published\n4 February 2024\n\n"
      "Image caption, Firefighters battle the blaze on Saturday\n\n"
      "At least 112 people have died in wildfires in central Chile, officials say.\n\n"
      "More on this story\nChile declares state of emergency\n\nRelated "
      "Topics\nChile\nWildfires\n");
  CHECK(web.kept(BlockKind::headline) ==
        std::vector<std::string>{
            "Chile wildfires: Death toll rises as fires rage near Valpara\xC3\xADso"});
  CHECK(web.kept(BlockKind::caption) ==
        std::vector<std::string>{"Image caption, Firefighters battle the blaze on Saturday"});
  CHECK(web.kept(BlockKind::body) ==
        std::vector<std::string>{
            "At least 112 people have died in wildfires in central Chile, officials say."});
  CHECK(web.dropped_reason("Skip to content") == "navigation or section banner");
  CHECK(web.dropped_reason("Chile declares state of emergency") == "navigation or section banner");
  CHECK(web.dropped_reason("Wildfires") == "navigation or section banner");
}

TEST_CASE("hard-wrapped paragraphs are one block; offsets point into the original text",
          "[cleaner]") {
  std::string text =
      "Ceasefire agreed in Sudan\r\n\r\nThe army and the paramilitary forces agreed on\r\n"
      "a seven-day ceasefire on Saturday, mediators\r\nsaid in a statement.\r\n\r\nFighting "
      "continued in Khartoum.\r\n";
  auto c = clean(text);
  auto body = c.kept(BlockKind::body);
  REQUIRE(body.size() == 2);
  CHECK(body[0] ==
        "The army and the paramilitary forces agreed on\r\na seven-day ceasefire on Saturday, "
        "mediators\r\nsaid in a statement.");
  CHECK(body[1] == "Fighting continued in Khartoum.");
  CHECK(c.kept(BlockKind::headline) == std::vector<std::string>{"Ceasefire agreed in Sudan"});
}

TEST_CASE("degenerate inputs: empty, whitespace, one huge line", "[cleaner]") {
  CHECK(clean("").result.blocks.empty());
  CHECK(clean(" \n\t\n").result.blocks.empty());
  std::string huge;
  while (huge.size() < (1 << 20)) huge += "The delegations met again in the capital. ";
  auto c = clean(huge);
  REQUIRE(c.result.blocks.size() == 1);
  CHECK(c.result.blocks[0].kind == BlockKind::body);
  std::string underscores(1 << 20, '_');
  auto d = clean(underscores);
  CHECK(d.result.blocks.empty());
  CHECK(d.result.dropped.size() == 1);
}

TEST_CASE("the sample corpus is cleaned", "[cleaner]") {
  auto docs = read_corpus({test::source_dir() / "corpus" / "astana-2017"});
  REQUIRE(docs.size() == 5);
  std::vector<Cleaned> c;
  for (auto& doc : docs) {
    Cleaned one{doc, clean_document(doc)};
    check_invariants(one.doc, one.result);
    c.push_back(std::move(one));
  }
  SECTION("000: Enditem trimmed, source line dropped") {
    CHECK(c[0].kept(BlockKind::headline) == std::vector<std::string>{"Staffan de Mistura"});
    CHECK(c[0].dropped_reason("Enditem") == "agency trailer");
    CHECK(c[0].dropped_reason("Source: ANTARA") == "agency trailer");
    CHECK(c[0].kept(BlockKind::body)
              .back()
              .ends_with("ailing peace process of the Middle Eastern country."));
  }
  SECTION("001: banner, dateline, caption kept once, prompts dropped") {
    CHECK(c[1].kept(BlockKind::headline) ==
          std::vector<std::string>{"Syria peace talks continue in Astana after rocky first day"});
    CHECK(c[1].dropped_reason("Breaking Headline") != "");
    CHECK(c[1].kept(BlockKind::dateline) ==
          std::vector<std::string>{"Published January 24th, 2017 - 08:00 GMT"});
    REQUIRE(c[1].kept(BlockKind::caption).size() == 1);
    CHECK(c[1].kept(BlockKind::caption)[0].starts_with(
        "Chief opposition negotiator Mohammad Alloush"));
    CHECK(c[1].dropped_reason(c[1].kept(BlockKind::caption)[0]) == "repeated caption");
    CHECK(c[1].dropped_reason("Subscribe") != "");
    CHECK(c[1].dropped_reason(
              "Sign up to our newsletter for exclusive updates and enhanced content") ==
          "newsletter prompt");
    CHECK(c[1].kept(BlockKind::body).back().ends_with("Kushkumbayev said."));
  }
  SECTION("002: the repeated headline is dropped") {
    CHECK(c[2].dropped_reason("Diplomats Arrive in Astana for Syria Peace Talks") ==
          "repeated headline");
    CHECK(c[2].kept(BlockKind::dateline) == std::vector<std::string>{"Jan 23, 2017, 00:27"});
    CHECK(c[2].kept(BlockKind::body).size() == 12);
  }
  SECTION("003: Lavrentiev kept, image ids and the AKIpress footer dropped") {
    CHECK(c[3].kept(BlockKind::headline) ==
          std::vector<std::string>{"Syria talks in Astana seek to bolster truce in peace bid"});
    CHECK(c[3].any_kept_contains("making sure they don\xE2\x80\x99t reoccur, Lavrentiev said."));
    CHECK(c[3].dropped_reason("_2727_612_438_95") == "image-id debris");
    CHECK(c[3].dropped_reason("All rights reserved") == "copyright or legal footer");
    CHECK(c[3].dropped_reason("\xC2\xA9 AKIpress News Agency - 2001-2024.") ==
          "copyright or legal footer");
    CHECK(c[3].dropped_reason(
              "Republication of any material is prohibited without a written agreement with "
              "AKIpress News Agency.") == "copyright or legal footer");
    CHECK(c[3].dropped_reason("Log in") == "subscription or login prompt");
    CHECK_FALSE(c[3].any_kept_contains("AKIpress"));
    CHECK_FALSE(c[3].any_kept_contains("Bishkek"));
    CHECK_FALSE(c[3].any_kept_contains("password"));
    CHECK_FALSE(c[3].any_kept_contains("Kazakhstan|politics"));
    CHECK(c[3].kept(BlockKind::body).size() == 8);
  }
  SECTION("004: the Kwan byline and biography are dropped") {
    CHECK(c[4].dropped_reason("Sergey Kwan") == "author byline");
    CHECK(c[4].dropped_reason("TCA") == "author byline");
    CHECK_FALSE(c[4].any_kept_contains("Kwan"));
    CHECK_FALSE(c[4].any_kept_contains("View more"));
    CHECK(c[4].kept(BlockKind::body).back().ends_with("to be held in Geneva."));
    CHECK(c[4].kept(BlockKind::body).size() == 10);
  }
}
