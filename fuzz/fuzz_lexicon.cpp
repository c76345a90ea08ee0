// Fuzzes the lexicon loader (schema validation, names, duplicate ids) and, when
// a lexicon loads, its lookups and merging it into the built-in one.
#include <cstddef>
#include <cstdint>
#include <string>

#include <spdlog/spdlog.h>

#include "actorgraph/error.hpp"
#include "actorgraph/lexicon.hpp"

using namespace actorgraph;

// Warnings about repaired input are expected by the thousand: keep the log quiet.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  spdlog::set_level(spdlog::level::off);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  try {
    const Lexicon lexicon = Lexicon::from_json(json, "fuzz.json");
    for (const auto& actor : lexicon.actors()) {
      if (lexicon.find_actor(actor.id) == nullptr) __builtin_trap();  // every actor is findable
      (void)lexicon.lookup(actor.name);
    }
    (void)lexicon.lookup("Russia");
    Lexicon merged = Lexicon::builtin();
    merged.merge(lexicon);
  } catch (const Error&) {
  }
  return 0;
}
