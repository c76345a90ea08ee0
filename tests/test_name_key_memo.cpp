// name_key() memoises name_key_uncached() per thread: the memo must never change a key.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <thread>
#include <vector>

#include "resolve/entity_resolver.hpp"
#include "resolve/name_key.hpp"

using actorgraph::name_key;
using actorgraph::detail::name_key_uncached;

TEST_CASE("name_key: the memo gives what the computation gives", "[resolution][name_key]") {
  const std::vector<std::string> names = {
      "Bashar al-Assad", "Bashar Assad", "Mohammed Alloush", "Mohammad Alloush", "George A. Krol",
      "Hay'at Tahrir al-Sham", "Staffan de Mistura", "Recep Tayyip Erdo\xC4\x9F" "an", "Sergei Lavrov",
      "", " ", "A", "al", "Ahmed", "\xC3\x89mile Zola", "Yusuf", "Omar Khalid", "Ursula von der Leyen"};
  for (int pass = 0; pass < 3; ++pass)  // the first pass fills the memo, the others read it
    for (const auto& name : names) {
      INFO("name: '" << name << "', pass " << pass);
      REQUIRE(name_key(name) == name_key_uncached(name));
    }

  std::mt19937 random(3);
  const std::string alphabet = "abkhsyouPHJ -'.\xC3\xA9";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(0, 20);
  std::vector<std::string> generated;
  for (int i = 0; i < 2000; ++i) {
    std::string s;
    for (std::size_t n = length(random); n > 0; --n) s.push_back(alphabet[pick(random)]);
    generated.push_back(s);
  }
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& name : generated) {
      INFO("name: '" << name << "'");
      REQUIRE(name_key(name) == name_key_uncached(name));
    }
}

TEST_CASE("name_key: each thread's memo agrees", "[resolution][name_key]") {
  const std::vector<std::string> names = {"Bashar al-Assad", "Sergei Lavrov", "Mohammed Alloush"};
  std::vector<std::string> keys(names.size());
  std::thread worker([&] {
    for (std::size_t i = 0; i < names.size(); ++i) keys[i] = name_key(names[i]);
  });
  worker.join();
  for (std::size_t i = 0; i < names.size(); ++i) CHECK(keys[i] == name_key_uncached(names[i]));
}
