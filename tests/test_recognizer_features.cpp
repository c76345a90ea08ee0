// make_features() lower-cases every token into one store: each token's view must be the
// lower case of its core, and its word class that of the lower case.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "mentions/mention_words.hpp"
#include "mentions/recognizer_support.hpp"

using namespace actorgraph;

namespace {

std::string lower_reference(std::string_view s) {  // std::tolower in the C locale
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

TEST_CASE("make_features: lower views agree with lower-casing each core", "[mentions][features]") {
  std::mt19937 random(5);
  const std::vector<std::string> words = {"Russia's", "Russia\xE2\x80\x99s", "rebels'", "The", "UN",
                                          "U.S.", "al-Assad", "Minister", "said", "\xC3\x89mile",
                                          "'s", "'", "", "MAY", "Council", "x", "HELLO-World"};
  std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1), length(0, 40);
  for (int round = 0; round < 300; ++round) {
    std::vector<Token> tokens(length(random));
    std::size_t offset = 0;
    for (auto& t : tokens) {
      t.text = words[pick(random)];
      t.norm = round % 3 == 0 ? std::string() : t.text;  // an empty norm falls back to the text
      t.pos = "NNP";
      t.begin = offset;
      t.end = offset + t.text.size();
      offset = t.end + 1;
    }
    std::vector<detail::TokenFeatures> features;
    std::string store = "left over from another sentence";
    detail::make_features(tokens, features, store);
    REQUIRE(features.size() == tokens.size());
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const auto& f = features[k];
      INFO("token: '" << tokens[k].text << "'");
      CHECK(f.token == &tokens[k]);
      CHECK(f.lower == lower_reference(f.core));
      CHECK(f.cls == detail::word_class(lower_reference(f.core)));
    }
  }
}

TEST_CASE("contains_lower: agrees with searching a lower-case copy", "[mentions][features]") {
  std::mt19937 random(9);
  const std::string alphabet = "nNeEwWsS pPrR\xC3\x89-";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(0, 12);
  const std::vector<std::string> needles = {"news", "press agency", "broadcast", "television", "", "n", "s n"};
  for (int i = 0; i < 5000; ++i) {
    std::string s;
    for (std::size_t n = length(random); n > 0; --n) s.push_back(alphabet[pick(random)]);
    for (const auto& needle : needles) {
      INFO("text: '" << s << "', needle: '" << needle << "'");
      REQUIRE(detail::contains_lower(s, needle) == (detail::lower_ascii(s).find(needle) != std::string::npos));
    }
  }
  CHECK(detail::contains_lower("Xinhua News Agency", "news"));
  CHECK_FALSE(detail::contains_lower("Reuters", "news"));
}
