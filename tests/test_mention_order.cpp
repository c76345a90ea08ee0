// sort_mentions() must leave mentions exactly as std::stable_sort by position would.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "mentions/mention_order.hpp"

using namespace actorgraph;

TEST_CASE("sort_mentions: same order as a stable sort of the mentions", "[mentions][order]") {
  std::mt19937 random(17);
  std::uniform_int_distribution<std::size_t> size(0, 60), sentence(0, 4), token(0, 6);
  for (int round = 0; round < 500; ++round) {
    std::vector<Mention> mentions(size(random));
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      mentions[i].sentence = sentence(random);
      mentions[i].token_begin = token(random);
      mentions[i].text = "m" + std::to_string(i);  // tells equal positions apart
    }
    if (round % 5 == 0)  // already in order: the early return
      std::stable_sort(mentions.begin(), mentions.end(), detail::mention_before);
    auto expected = mentions;
    std::stable_sort(expected.begin(), expected.end(), detail::mention_before);
    detail::sort_mentions(mentions);
    REQUIRE(mentions.size() == expected.size());
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      CHECK(mentions[i].text == expected[i].text);
      CHECK(mentions[i].sentence == expected[i].sentence);
      CHECK(mentions[i].token_begin == expected[i].token_begin);
    }
  }
}
