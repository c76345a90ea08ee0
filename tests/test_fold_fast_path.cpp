// The ASCII fast path of fold_name must give exactly what the Unicode path gives.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "lexicon/lexicon_fold.hpp"

using actorgraph::detail::fold_name;

TEST_CASE("fold_name: ASCII fast path agrees with the Unicode path", "[lexicon][fold]") {
  CHECK(fold_name("  Cote  d`Ivoire \t") == "Cote d'Ivoire");
  CHECK(fold_name("New\nZealand") == "New Zealand");
  CHECK(fold_name("") == "");
  CHECK(fold_name(" \t\r\n") == "");

  // Appending " é" forces the Unicode path (é folds to e); the ASCII prefix must fold the same.
  std::mt19937 random(42);
  const std::string alphabet = "abcXYZ09 -'`.,\t\n\r\f\v\x01\x1f\x7f";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(0, 24);
  for (int i = 0; i < 2000; ++i) {
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) text.push_back(alphabet[pick(random)]);
    text += "x";  // a non-space end, so the appended word follows one space exactly
    INFO("text: " << text);
    REQUIRE(fold_name(text + " \xc3\xa9") == fold_name(text) + " e");
  }
}

TEST_CASE("fold_name: ASCII already folded is returned as it is", "[lexicon][fold]") {
  CHECK(fold_name("Astana") == "Astana");
  CHECK(fold_name("de Mistura") == "de Mistura");
  CHECK(fold_name("a") == "a");
  CHECK(fold_name("a ") == "a");
  CHECK(fold_name(" a") == "a");
  CHECK(fold_name("a  b") == "a b");
  CHECK(fold_name("a\tb") == "a b");
  CHECK(fold_name("d`Ivoire") == "d'Ivoire");
  CHECK(fold_name("x\x01y") == "x\x01y");
  // Against the Unicode path, with trailing white space too (the other test ends in a letter).
  for (const char* text : {"a ", "ab  ", "a b", " a b ", "Cote d`Ivoire  ", "x\t"})
    CHECK(fold_name(std::string(text) + "\xc3\xa9") == fold_name(std::string(text) + "e"));
}
