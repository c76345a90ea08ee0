// WordTable (word classes, language data, the cleaner's vocabulary) must answer exactly as
// the std::unordered_map it replaced.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "mentions/mention_words.hpp"
#include "lang/word_table.hpp"

using actorgraph::detail::WordTable;

TEST_CASE("WordTable: operator[] accumulates as unordered_map::operator[]", "[word_table]") {
  std::mt19937 random(13);
  std::uniform_int_distribution<int> letter(0, 4), length(0, 20), bit(0, 20);
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) {
    std::string w;
    for (int n = length(random); n > 0; --n) w.push_back(static_cast<char>('a' + letter(random)));
    words.push_back(w);
  }
  WordTable<unsigned> table;
  std::unordered_map<std::string_view, unsigned> expected;
  for (const auto& w : words) {
    const unsigned b = 1u << bit(random);
    table[w] |= b;
    expected[w] |= b;
  }
  REQUIRE(table.size() == expected.size());
  std::size_t visited = 0;
  table.for_each([&](std::string_view word, unsigned value) {
    ++visited;
    REQUIRE(expected.count(word) == 1);
    CHECK(expected.at(word) == value);
  });
  CHECK(visited == expected.size());
  for (const auto& [word, value] : expected) {
    const unsigned* found = table.find(word);
    REQUIRE(found != nullptr);
    CHECK(*found == value);
  }
  CHECK(table.find("zzz") == nullptr);
}

TEST_CASE("word_class: classes of the closed word lists", "[word_table][mentions]") {
  namespace W = actorgraph::detail;
  CHECK(W::word_class("the") == (W::kFunction | W::kTitleModifier));
  CHECK((W::word_class("army") & (W::kArmedHead | W::kOrgHead | W::kMilitaryNoun)) ==
        (W::kArmedHead | W::kOrgHead | W::kMilitaryNoun));
  CHECK((W::word_class("said") & W::kSpeech) != 0);
  CHECK((W::word_class("al") & W::kParticle) != 0);
  CHECK(W::word_class("council's") == W::kOrgHead);
  CHECK(W::word_class("") == 0);
  CHECK(W::word_class("Army") == 0);  // lower case only
  CHECK(W::word_class("xylophone") == 0);
}
