// The language data's own parsing and lookup must agree with the standard library's.
#include <catch2/catch.hpp>

#include <charconv>
#include <cstring>
#include <random>
#include <string>
#include <unordered_map>

#include "lang/language_data.hpp"

using actorgraph::detail::parse_float;
using actorgraph::detail::WordRanges;
using Range = std::pair<std::uint32_t, std::uint32_t>;

namespace {

// Bit-for-bit comparison (so -0.0f and 0.0f differ) with std::from_chars.
void check_like_from_chars(const std::string& s) {
  float expected = 0, got = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), expected);
  const bool expected_ok = ec == std::errc{} && p == s.data() + s.size();
  INFO("text: '" << s << "'");
  REQUIRE(parse_float(s, got) == expected_ok);
  if (!expected_ok) return;
  std::uint32_t a = 0, b = 0;
  std::memcpy(&a, &expected, sizeof a);
  std::memcpy(&b, &got, sizeof b);
  REQUIRE(a == b);
}

}  // namespace

TEST_CASE("parse_float: the fast path agrees with std::from_chars", "[language_data]") {
  for (const char* s : {"0", "-0", "-0.000", "0.000", "-3.401", "-10.264", "12.50", "1.", ".5", "-.5",
                        "9999999", "99999999", "16777217", "0.1234567", "-0.12345678",
                        "1e5", "1.5e-3", "", "-", ".", "..", "1.2.3", "+1", "abc", "1a", " 1",
                        "0.0000000001", "0.00000000001", "3.40282e38", "nan", "inf"})
    check_like_from_chars(s);

  // Numbers as the generator writes them (%.2f, %.3f), and random decimal strings.
  std::mt19937 random(7);
  std::uniform_int_distribution<int> digit(0, 9), length(0, 12), coin(0, 3);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    if (coin(random) == 0) s.push_back('-');
    const int before = length(random), after = length(random);
    for (int k = 0; k < before; ++k) s.push_back(static_cast<char>('0' + digit(random)));
    if (coin(random) != 0) s.push_back('.');
    for (int k = 0; k < after; ++k) s.push_back(static_cast<char>('0' + digit(random)));
    check_like_from_chars(s);
  }
  std::uniform_real_distribution<double> value(-40.0, 40.0);
  char buf[64];
  for (int i = 0; i < 20000; ++i) {
    std::snprintf(buf, sizeof buf, i % 2 ? "%.3f" : "%.2f", value(random));
    check_like_from_chars(buf);
  }
}

TEST_CASE("parse_float: every number of the embedded data parses as std::from_chars does",
          "[language_data]") {
  const std::string_view blob = actorgraph::detail::embedded_language_data();
  std::size_t checked = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= blob.size(); ++i) {
    const bool sep = i == blob.size() || blob[i] == ' ' || blob[i] == '\n' || blob[i] == ':';
    if (!sep) continue;
    const auto field = blob.substr(start, i - start);
    start = i + 1;
    // Numbers with a decimal point: the scores and transition weights.
    if (field.find('.') == std::string_view::npos || field.find_first_not_of("-.0123456789") != std::string_view::npos)
      continue;
    check_like_from_chars(std::string(field));
    ++checked;
  }
  CHECK(checked > 50000);
}

TEST_CASE("WordTable: behaves as an unordered_map (emplace keeps, assign replaces)", "[language_data]") {
  std::mt19937 random(11);
  std::uniform_int_distribution<int> letter(0, 5), length(0, 4);
  std::vector<std::string> words;  // owns the strings the map views
  for (int i = 0; i < 3000; ++i) {
    std::string w;
    for (int n = length(random); n > 0; --n) w.push_back(static_cast<char>('a' + letter(random)));
    words.push_back(w);
  }
  WordRanges ranges;
  std::unordered_map<std::string_view, Range> expected;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Range r{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)};
    if (i % 3 == 0) {
      ranges.assign(words[i], r);
      expected[words[i]] = r;
    } else {
      ranges.emplace(words[i], r);
      expected.emplace(words[i], r);
    }
  }
  REQUIRE(ranges.size() == expected.size());
  for (const auto& [word, range] : expected) {
    const auto* found = ranges.find(word);
    REQUIRE(found != nullptr);
    CHECK(*found == range);
  }
  CHECK(ranges.find("zzzz") == nullptr);
  CHECK(WordRanges{}.find("a") == nullptr);
}
