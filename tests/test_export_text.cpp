// The writers' text helpers: UTF-8 repair and its validity fast path.
#include <catch2/catch.hpp>

#include <string>

#include "io/export_text.hpp"

using actorgraph::detail::export_utf8;
using actorgraph::detail::is_valid_utf8;

TEST_CASE("export_utf8 keeps valid text and replaces each invalid byte", "[export]") {
  CHECK(export_utf8("Astana talks") == "Astana talks");
  CHECK(export_utf8("Z\xC3\xBCrich \xE2\x80\x94 \xF0\x9F\x98\x80") == "Z\xC3\xBCrich \xE2\x80\x94 \xF0\x9F\x98\x80");
  CHECK(export_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(export_utf8("\xC3") == "\xEF\xBF\xBD");                 // truncated sequence
  CHECK(export_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(export_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

TEST_CASE("is_valid_utf8 agrees with export_utf8 on every short byte string", "[export]") {
  // Exhaustive over all 1- and 2-byte strings and a sample of 3- and 4-byte ones
  // built from the bytes that matter to UTF-8 (boundaries of every lead/continuation class).
  const unsigned char interesting[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                                       0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  auto agree = [](const std::string& s) { return is_valid_utf8(s) == (export_utf8(s) == s); };
  std::size_t checked = 0, valid = 0;
  for (int a = 0; a < 256; ++a) {
    std::string one(1, static_cast<char>(a));
    REQUIRE(agree(one));
    for (int b = 0; b < 256; ++b) {
      std::string two = one + static_cast<char>(b);
      REQUIRE(agree(two));
      valid += is_valid_utf8(two);
      ++checked;
    }
  }
  for (unsigned char a : interesting)
    for (unsigned char b : interesting)
      for (unsigned char c : interesting)
        for (unsigned char d : interesting) {
          std::string s{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c),
                        static_cast<char>(d)};
          REQUIRE(agree(s));
          REQUIRE(agree(s.substr(0, 3)));
          ++checked;
        }
  CHECK(checked == 65536 + 160000);
  // 128*128 ASCII pairs + 30 two-byte leads (C2..DF) x 64 continuations
  CHECK(valid == 128 * 128 + 30 * 64);
}
