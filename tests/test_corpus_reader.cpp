// Corpus reading: directory walks, text and JSONL files, stdin, bad input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/error.hpp"
#include "io/corpus_reader_detail.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace actorgraph;
using actorgraph::test::TempDir;
using actorgraph::test::write_file;

namespace {

std::vector<std::string> ids_of(const std::vector<Document>& docs) {
  std::vector<std::string> ids;
  for (const auto& d : docs) ids.push_back(d.id);
  return ids;
}

const SkippedInput* find_skip(const ReadStats& stats, std::string_view origin_suffix) {
  for (const auto& s : stats.skipped)
    if (std::string_view(s.origin).ends_with(origin_suffix)) return &s;
  return nullptr;
}

}  // namespace

TEST_CASE("directories are walked recursively in relative-path order", "[reader]") {
  TempDir dir("walk");
  write_file(dir.path() / "b.txt", "Second headline\n\nBody of b.\n");
  write_file(dir.path() / "a.txt", "First headline\n\nBody of a.\n");
  write_file(dir.path() / "sub" / "c.txt", "\n\n  Nested headline  \nBody of c.\n");
  write_file(dir.path() / "sub" / "deeper" / "d.TXT", "Upper-case extension\nBody.\n");
  write_file(dir.path() / "notes.md", "# not an article\n");
  write_file(
      dir.path() / "feed.jsonl",
      R"({"id":"f1","title":"From the feed","text":"Feed text.","date":"2020-05-01","source":"Wire","url":"https://example.org/f1"})"
      "\n");

  ReadStats stats;
  auto docs = read_corpus({dir.path()}, {}, &stats);
  CHECK(ids_of(docs) == std::vector<std::string>{"a", "b", "f1", "sub/c", "sub/deeper/d"});
  REQUIRE(docs.size() == 5);
  CHECK(docs[0].title == "First headline");
  CHECK(docs[0].text == "First headline\n\nBody of a.\n");
  CHECK(docs[0].origin == (dir.path() / "a.txt").generic_string());
  CHECK(docs[2].title == "From the feed");
  CHECK(docs[2].date == "2020-05-01");
  CHECK(docs[2].source == "Wire");
  CHECK(docs[2].url == "https://example.org/f1");
  CHECK(docs[2].origin == (dir.path() / "feed.jsonl").generic_string() + ":1");
  CHECK(docs[3].title == "Nested headline");
  CHECK(stats.documents == 5);
  // Other file types in a corpus folder are ignored quietly, but listed.
  CHECK(find_skip(stats, "notes.md") == nullptr);
  REQUIRE(stats.ignored.size() == 1);
  CHECK_THAT(stats.ignored[0].origin, Catch::EndsWith("notes.md"));
  CHECK_THAT(stats.ignored[0].reason, Catch::Contains(".md"));

  // The same corpus read twice gives the same documents in the same order.
  CHECK(read_corpus({dir.path()}) == docs);
}

TEST_CASE("a single text file: id is its stem, date from the header", "[reader]") {
  TempDir dir("single");
  write_file(
      dir.path() / "lima-report.txt",
      "Peru's Congress votes on reform\nLima, 12 March 2021\n\nCongress voted on Thursday.\n");
  auto docs = read_corpus({dir.path() / "lima-report.txt"});
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "lima-report");
  CHECK(docs[0].title == "Peru's Congress votes on reform");
  CHECK(docs[0].date == "2021-03-12");
  CHECK(docs[0].origin == (dir.path() / "lima-report.txt").string());
}

TEST_CASE("CorpusReader streams one document at a time", "[reader]") {
  TempDir dir("stream");
  write_file(dir.path() / "x.jsonl",
             "{\"id\":\"1\",\"title\":\"One\",\"text\":\"First.\"}\n\n   "
             "\n{\"id\":\"2\",\"title\":\"\",\"text\":\"\\nSecond title\\nBody.\"}\n");
  CorpusReader reader({dir.path() / "x.jsonl"});
  auto first = reader.next();
  REQUIRE(first);
  CHECK(first->id == "1");
  CHECK(reader.stats().documents == 1);
  auto second = reader.next();
  REQUIRE(second);
  CHECK(second->id == "2");
  CHECK(second->title == "Second title");        // empty metadata title: first non-empty line
  CHECK(second->origin.ends_with("x.jsonl:4"));  // blank lines still count
  CHECK_FALSE(reader.next());
  CHECK_FALSE(reader.next());
  CHECK(reader.stats().documents == 2);
  CHECK(reader.stats().skipped.empty());
}

TEST_CASE("JSONL: a malformed line is an error naming file:line, or skipped with keep_going",
          "[reader]") {
  TempDir dir("badjsonl");
  auto feed = dir.path() / "feed.jsonl";
  write_file(
      feed,
      "{\"id\":\"a\",\"title\":\"A\",\"text\":\"Text a.\"}\n"
      "{\"id\":\"b\",\"title\":\"B\",\"text\":\"Text b.\"}\n"
      "{\"id\":\"c\",\"title\":\"C\",\"text\":\"Text c.\"\n"  // unterminated object
      "{\"id\":\"d\",\"text\":\"No title.\"}\n"               // schema: missing field
      "{\"id\":\"e\",\"title\":\"E\",\"text\":42}\n"          // schema: wrong type
      "{\"id\":\"f\",\"title\":\"F\",\"text\":\"Text f.\",\"date\":\"someday\"}\n"  // invalid field
      "[1,2]\n"
      "{\"id\":\"g\",\"title\":\"G\",\"text\":\"Text g.\"}\n");
  try {
    read_corpus({feed});
    FAIL("expected a ParseError");
  } catch (const ParseError& e) {
    CHECK_THAT(e.what(), Catch::StartsWith(feed.string() + ":3: invalid JSON"));
  }

  ReadStats stats;
  auto docs = read_corpus({feed}, ReadOptions{.keep_going = true, .encoding = {}}, &stats);
  CHECK(ids_of(docs) == std::vector<std::string>{"a", "b", "g"});
  REQUIRE(stats.skipped.size() == 5);
  CHECK(stats.skipped[0].origin == feed.string() + ":3");
  CHECK(stats.skipped[1].origin == feed.string() + ":4");
  CHECK(stats.skipped[1].reason == "missing required field \"title\" (/title)");
  CHECK(stats.skipped[2].reason == "wrong type, expected string (/text)");
  CHECK(stats.skipped[3].reason == "invalid date \"someday\" (/date)");
  CHECK(stats.skipped[4].reason == "wrong type, expected object (root)");
}

TEST_CASE("JSONL: ids with control characters and empty texts", "[reader]") {
  TempDir dir("fields");
  auto feed = dir.path() / "f.jsonl";
  write_file(feed,
             "{\"id\":\"x\\ny\",\"title\":\"T\",\"text\":\"Body.\"}\n{\"id\":\"e\",\"title\":\"T\","
             "\"text\":\"  \"}\n");
  CHECK_THROWS_WITH(read_corpus({feed}),
                    Catch::Contains(":1: invalid id") && Catch::Contains("(/id)"));
  ReadStats stats;
  auto docs = read_corpus({feed}, {.keep_going = true, .encoding = {}}, &stats);
  CHECK(docs.empty());
  REQUIRE(stats.skipped.size() == 2);
  CHECK(stats.skipped[1].origin == feed.string() + ":2");
  CHECK(stats.skipped[1].reason == "empty article text");
}

TEST_CASE("duplicate ids are made unique deterministically", "[reader]") {
  TempDir dir("dups");
  write_file(dir.path() / "a.jsonl",
             "{\"id\":\"n1\",\"title\":\"A\",\"text\":\"One.\"}\n"
             "{\"id\":\"n1\",\"title\":\"B\",\"text\":\"Two.\"}\n"
             "{\"id\":\"n1#2\",\"title\":\"C\",\"text\":\"Three.\"}\n"
             "{\"id\":\"n1\",\"title\":\"D\",\"text\":\"Four.\"}\n");
  write_file(dir.path() / "n1.txt", "E\nFive.\n");
  ReadStats stats;
  auto docs = read_corpus({dir.path()}, {}, &stats);
  CHECK(ids_of(docs) == std::vector<std::string>{"n1", "n1#2", "n1#2#2", "n1#3", "n1#4"});
  CHECK(stats.warnings.size() == 4);
  CHECK_THAT(stats.warnings[0].message, Catch::Contains("duplicate document id \"n1\""));
}

TEST_CASE("invalid UTF-8 is repaired with a warning naming file and byte offset", "[reader]") {
  TempDir dir("utf8");
  // Byte 10 is a lone continuation byte; byte 24 starts a truncated 3-byte sequence.
  std::string text = "Caf\xC3\xA9 news\x80 line\nSecond \xE2\x82 line\n";
  write_file(dir.path() / "bad.txt", text);
  ReadStats stats;
  auto docs = read_corpus({dir.path() / "bad.txt"}, {}, &stats);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text == "Caf\xC3\xA9 news\xEF\xBF\xBD line\nSecond \xEF\xBF\xBD line\n");
  REQUIRE(stats.warnings.size() == 1);
  CHECK(stats.warnings[0].origin == (dir.path() / "bad.txt").string());
  CHECK_THAT(stats.warnings[0].message,
             Catch::Contains("at byte 10") && Catch::Contains("2 invalid sequences"));

  // In JSONL the offset is a byte offset in the file and the origin names the line.
  std::string line1 = "{\"id\":\"ok\",\"title\":\"T\",\"text\":\"Fine.\"}\n";
  // (Valid UTF-8 letters beside the bad byte: damaged UTF-8, not another encoding.)
  std::string line2 = "{\"id\":\"bad\",\"title\":\"T\",\"text\":\"Caf\xC3\xA9 broken \xFF byte.\"}\n";
  write_file(dir.path() / "bad.jsonl", line1 + line2);
  ReadStats jstats;
  auto jdocs = read_corpus({dir.path() / "bad.jsonl"}, {}, &jstats);
  REQUIRE(jdocs.size() == 2);
  CHECK(jdocs[1].text == "Caf\xC3\xA9 broken \xEF\xBF\xBD byte.");
  REQUIRE(jstats.warnings.size() == 1);
  CHECK(jstats.warnings[0].origin == (dir.path() / "bad.jsonl").string() + ":2");
  auto offset = line1.size() + line2.find('\xFF');
  CHECK_THAT(jstats.warnings[0].message, Catch::Contains("at byte " + std::to_string(offset)));
}

TEST_CASE("empty, blank and binary files are skipped with a reason", "[reader]") {
  TempDir dir("skips");
  write_file(dir.path() / "empty.txt", "");
  write_file(dir.path() / "blank.txt", "  \n\t\r\n\n");
  write_file(dir.path() / "nul.txt", std::string("Headline\n\0\0\0binary", 18));
  std::string control(200, '\x01');
  write_file(dir.path() / "control.txt", "ab" + control);
  write_file(dir.path() / "empty.jsonl", "\n\n");
  write_file(dir.path() / "image.jsonl", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  write_file(dir.path() / "good.txt", "Good headline\nGood body.\n");
  ReadStats stats;
  auto docs = read_corpus({dir.path()}, {}, &stats);
  CHECK(ids_of(docs) == std::vector<std::string>{"good"});
  REQUIRE(stats.skipped.size() == 6);
  CHECK(find_skip(stats, "/empty.txt")->reason == "empty file");
  CHECK(find_skip(stats, "/blank.txt")->reason == "empty file");
  CHECK(find_skip(stats, "/empty.jsonl")->reason == "empty file");
  CHECK(find_skip(stats, "/nul.txt")->reason == "binary file (contains NUL bytes)");
  CHECK(find_skip(stats, "/image.jsonl")->reason == "binary file (contains NUL bytes)");
  CHECK(find_skip(stats, "/control.txt")->reason == "binary file (control bytes)");
}

TEST_CASE("missing and unreadable paths throw IoError naming the path", "[reader]") {
  TempDir dir("io");
  auto missing = dir.path() / "nope" / "missing.txt";
  CHECK_THROWS_AS(CorpusReader({missing}), IoError);
  CHECK_THROWS_WITH(CorpusReader({missing}), Catch::Contains(missing.string()));
  if (::geteuid() != 0) {  // root reads everything
    auto locked = dir.path() / "locked.txt";
    write_file(locked, "Headline\nBody.\n");
    fs::permissions(locked, fs::perms::none);
    CHECK_THROWS_WITH(read_corpus({locked}), Catch::Contains(locked.string()));
    fs::permissions(locked, fs::perms::owner_all);
  }
}

TEST_CASE("directory symlinks are not followed and unreadable subdirectories are errors",
          "[reader]") {
  TempDir dir("links");
  write_file(dir.path() / "a" / "one.txt", "One\nBody.\n");
  fs::create_directory_symlink(dir.path(), dir.path() / "a" / "loop");
  ReadStats stats;
  auto docs = read_corpus({dir.path()}, {}, &stats);
  CHECK(ids_of(docs) == std::vector<std::string>{"a/one"});
  REQUIRE(stats.skipped.size() == 1);
  CHECK(stats.skipped[0].reason == "symbolic link to a directory (not followed)");
  if (::geteuid() != 0) {
    auto locked = dir.path() / "b";
    fs::create_directory(locked);
    fs::permissions(locked, fs::perms::none);
    CHECK_THROWS_WITH(read_corpus({dir.path()}), Catch::Contains(locked.string()));
    fs::permissions(locked, fs::perms::owner_all);
  }
}

TEST_CASE("UTF-16 without a byte-order mark is skipped as binary with a hint", "[reader]") {
  // With a mark it is read (test_encoding.cpp); without one, NUL bytes say binary.
  TempDir dir("utf16");
  write_file(dir.path() / "u.txt", std::string("H\0i\0", 4));
  ReadStats stats;
  CHECK(read_corpus({dir.path()}, {}, &stats).empty());
  REQUIRE(stats.skipped.size() == 1);
  CHECK_THAT(stats.skipped[0].reason, Catch::StartsWith("binary file (contains NUL bytes") &&
                                          Catch::Contains("--encoding UTF-16LE"));
}

TEST_CASE("random bytes on stdin never crash the reader", "[reader]") {
  std::uint32_t state = 99;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return static_cast<char>(state >> 24);
  };
  for (int round = 0; round < 200; ++round) {
    std::string input = round % 2 ? "{" : "";
    for (int k = 0; k < 80; ++k) input += (round % 3 == 0 && k % 7 == 0) ? '\n' : next();
    std::istringstream in(input);
    ReadStats stats;
    try {
      auto docs = detail::read_stream(in, {.keep_going = true, .encoding = {}}, &stats);
      CHECK(docs.size() + stats.skipped.size() >= 1);  // every input is accounted for
    } catch (const Error& e) {
      FAIL("unexpected error with keep_going: " << e.what());
    }
  }
}

TEST_CASE("stdin: JSONL when it starts with '{', else one text article", "[reader]") {
  std::istringstream jsonl(
      "\n  "
      "{\"id\":\"s1\",\"title\":\"T1\",\"text\":\"One.\"}\n{\"id\":\"s2\",\"title\":\"T2\","
      "\"text\":\"Two.\"}\n"
      "not json\n");
  ReadStats stats;
  CHECK_THROWS_WITH(detail::read_stream(jsonl, {}, &stats),
                    Catch::StartsWith("<stdin>:4: invalid JSON"));

  std::istringstream jsonl2("{\"id\":\"s1\",\"title\":\"T1\",\"text\":\"One.\"}\nnot json\n");
  auto docs = detail::read_stream(jsonl2, {.keep_going = true, .encoding = {}}, &stats);
  CHECK(ids_of(docs) == std::vector<std::string>{"s1"});
  REQUIRE(stats.skipped.size() == 1);
  CHECK(stats.skipped[0].origin == "<stdin>:2");

  std::istringstream text("\n\nHeadline from a pipe\nJan. 5, 2018\n\nBody text.\n");
  docs = detail::read_stream(text, {}, &stats);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "stdin");
  CHECK(docs[0].title == "Headline from a pipe");
  CHECK(docs[0].date == "2018-01-05");
  CHECK(docs[0].text == "\n\nHeadline from a pipe\nJan. 5, 2018\n\nBody text.\n");

  std::istringstream empty("  \n ");
  docs = detail::read_stream(empty, {}, &stats);
  CHECK(docs.empty());
  REQUIRE(stats.skipped.size() == 1);
  CHECK(stats.skipped[0].reason == "empty file");
}

TEST_CASE("a 1 MB single-line file is read whole", "[reader]") {
  TempDir dir("big");
  std::string line;
  line.reserve(1 << 20);
  while (line.size() < (1 << 20)) line += "The delegations met again in the capital. ";
  write_file(dir.path() / "big.txt", line);
  auto docs = read_corpus({dir.path() / "big.txt"});
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text.size() == line.size());
  CHECK(docs[0].title.size() == line.size() - 1);  // trailing blank trimmed

  std::string record = "{\"id\":\"big\",\"title\":\"Big\",\"text\":\"" + line + "\"}\n";
  write_file(dir.path() / "big.jsonl", record);
  auto jdocs = read_corpus({dir.path() / "big.jsonl"});
  REQUIRE(jdocs.size() == 1);
  CHECK(jdocs[0].text == line);
}

TEST_CASE("the sample corpus reads in order with dates from headers", "[reader]") {
  auto corpus = test::source_dir() / "corpus" / "astana-2017";
  ReadStats stats;
  auto docs = read_corpus({corpus}, {}, &stats);
  REQUIRE(docs.size() == 5);
  CHECK(docs[0].id == "000_b1bc5ae7564b92a0");
  CHECK(docs[4].id == "004_4ce62613083fafb9");
  CHECK(docs[1].date == "2017-01-24");
  CHECK(docs[2].date == "2017-01-23");
  CHECK(docs[3].date == "2017-01-24");
  CHECK(docs[0].date.empty());  // no year in its header
  CHECK(stats.skipped.empty());
}

TEST_CASE("max_document_bytes skips longer documents with a reason naming them", "[reader]") {
  TempDir dir("cap");
  const std::string long_text = "Ghana and Togo signed a border accord in Lome. " + std::string(300, 'x') + ".";
  write_file(dir.path() / "a_short.txt", "Short headline\nGhana hosted the talks.\n");
  write_file(dir.path() / "b_long.txt", "Long headline\n" + long_text + "\n");
  auto feed = dir.path() / "c_feed.jsonl";
  write_file(feed, "{\"id\":\"fits\",\"title\":\"T\",\"text\":\"" + std::string(200, 'y') +
                       "\"}\n"
                       "{\"id\":\"over\",\"title\":\"T\",\"text\":\"" +
                       long_text +
                       "\"}\n"
                       "{\"id\":\"after\",\"title\":\"T\",\"text\":\"Togo replied.\"}\n");
  ReadOptions options;
  options.max_document_bytes = 250;
  ReadStats stats;
  auto docs = read_corpus({dir.path()}, options, &stats);
  CHECK(ids_of(docs) == std::vector<std::string>{"a_short", "fits", "after"});
  CHECK(stats.documents == 3);
  REQUIRE(stats.skipped.size() == 2);
  CHECK_THAT(stats.skipped[0].origin, Catch::EndsWith("b_long.txt"));
  CHECK_THAT(stats.skipped[0].reason, Catch::Contains("over the limit of 250 bytes"));
  CHECK(stats.skipped[1].origin == feed.string() + ":2");
  // No limit by default: everything is read.
  ReadStats all;
  CHECK(read_corpus({dir.path()}, {}, &all).size() == 5);
  CHECK(all.skipped.empty());
}

TEST_CASE("shards: every document in exactly one shard, with the unsharded ids", "[reader]") {
  TempDir dir("shards");
  write_file(dir.path() / "a.jsonl",
             "{\"id\":\"n1\",\"title\":\"A\",\"text\":\"One.\"}\n"
             "\n"
             "{\"id\":\"n1\",\"title\":\"B\",\"text\":\"Two.\"}\n"
             "{\"id\":\"n2\",\"title\":\"C\",\"text\":\"\"}\n"
             "{\"id\":\"n3\",\"title\":\"D\",\"text\":\"Four.\"}\n");
  write_file(dir.path() / "n1.txt", "E\nFive.\n");
  write_file(dir.path() / "sub/z.txt", "F\nSix.\n");
  write_file(dir.path() / "empty.txt", "");
  const auto whole = ids_of(read_corpus({dir.path()}));
  REQUIRE(whole == std::vector<std::string>{"n1", "n1#2", "n3", "n1#3", "sub/z"});
  for (std::size_t count : {1, 2, 3, 7}) {
    std::vector<std::string> seen;
    for (std::size_t index = 0; index < count; ++index) {
      ReadOptions options;
      options.shard_index = index;
      options.shard_count = count;
      ReadStats stats;
      const auto part = ids_of(read_corpus({dir.path()}, options, &stats));
      CHECK(stats.documents == part.size());
      CHECK(stats.documents + stats.outside_shard == whole.size());
      // Skips are recorded by every shard (shard 0 alone logs them).
      CHECK(find_skip(stats, "empty.txt") != nullptr);
      for (std::size_t k = 0; k < part.size(); ++k) CHECK(part[k] == whole[index + k * count]);
      seen.insert(seen.end(), part.begin(), part.end());
    }
    std::sort(seen.begin(), seen.end());
    auto sorted = whole;
    std::sort(sorted.begin(), sorted.end());
    CHECK(seen == sorted);
  }
  ReadOptions bad;
  bad.shard_index = 2;
  bad.shard_count = 2;
  CHECK_THROWS_AS(read_corpus({dir.path()}, bad), Error);
}
