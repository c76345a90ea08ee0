// Hashing of feature templates and their values into 32-bit feature keys.
#pragma once

#include <cstdint>
#include <string_view>

#include "syntax/linear_model.hpp"

namespace actorgraph::detail {

/// 64-bit finaliser (MurmurHash3's fmix64): every input bit reaches every output bit.
constexpr std::uint64_t mix64(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

/// FNV-1a over the bytes, finalised; stable across platforms (the model stores keys).
constexpr std::uint64_t hash_text(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

/// The key of template `id` over up to two 64-bit values. Never 0 (0 marks an
/// empty slot in LinearModel).
constexpr FeatureKey feature_key(std::uint32_t id, std::uint64_t a, std::uint64_t b = 0) {
  std::uint64_t h =
      mix64(a ^ (std::uint64_t{id} << 56 | std::uint64_t{id} * 0x9E3779B97F4A7C15ULL));
  if (b != 0) h = mix64(h ^ b);
  const auto key = static_cast<FeatureKey>(h >> 32);
  return key == 0 ? 1 : key;
}

}  // namespace actorgraph::detail
