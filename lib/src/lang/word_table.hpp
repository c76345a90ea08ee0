// A read-mostly hash map from words (string_views whose bytes outlive it) to small values.
//
// Built once (language data, word classes, the cleaner's vocabulary) and then probed for
// nearly every token: one array, open addressing with linear probing and a hash of a few
// whole-word loads, so a lookup is a short hash and a compare, and building it allocates no node
// per word (std::unordered_map did both at several times the cost).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace actorgraph::detail {

template <typename Value>
class WordTable {
 public:
  void reserve(std::size_t n) {
    std::size_t capacity = 16;
    while (capacity < 2 * n) capacity *= 2;  // load factor at most 1/2
    if (capacity <= slots_.size()) return;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    size_ = 0;
    for (auto& slot : old)
      if (slot.used) slot_for(slot.word) = std::move(slot.value);
  }

  /// Adds a word; a word already present keeps its value (as unordered_map::emplace).
  void emplace(std::string_view word, Value value) {
    const std::size_t before = size_;
    Value& slot = slot_for(word);
    if (size_ != before) slot = std::move(value);
  }
  /// Adds a word or replaces its value (as unordered_map::operator[] and assignment).
  void assign(std::string_view word, Value value) { slot_for(word) = std::move(value); }
  /// The value of a word, value-initialised when the word is new (as unordered_map::operator[]).
  Value& operator[](std::string_view word) { return slot_for(word); }

  const Value* find(std::string_view word) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(word) & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (!slot.used) return nullptr;
      if (slot.word == word) return &slot.value;
    }
  }
  std::size_t size() const { return size_; }

  /// Calls f(word, value) for every entry, in no particular order.
  template <typename F>
  void for_each(F&& f) const {
    for (const auto& slot : slots_)
      if (slot.used) f(slot.word, slot.value);
  }

 private:
  struct Slot {
    std::string_view word;
    Value value{};
    bool used = false;
  };

  // A few whole-word loads instead of a step per byte (a byte-wise FNV-1a was most of a
  // lookup): the first and last 4 or 8 bytes, overlapping for short words, every 8 bytes in
  // between for long ones, then multiply-xorshift mixing.
  static std::uint64_t load64(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  static std::uint64_t load32(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  static std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    h ^= h >> 32;
    return h;
  }
  static std::size_t hash(std::string_view s) {
    const char* p = s.data();
    const std::size_t n = s.size();
    std::uint64_t a = 0, b = 0;
    if (n >= 8) {
      a = load64(p);
      b = load64(p + n - 8);
      for (std::size_t i = 8; i + 8 < n; i += 8) a = mix(a ^ load64(p + i)) + i;
    } else if (n >= 4) {
      a = load32(p);
      b = load32(p + n - 4);
    } else if (n > 0) {
      a = (std::uint64_t{static_cast<unsigned char>(p[0])} << 16) |
          (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
          static_cast<unsigned char>(p[n - 1]);
    }
    return static_cast<std::size_t>(mix(a * 0x9e3779b97f4a7c15ull ^ mix(b + n)));
  }

  Value& slot_for(std::string_view word) {
    if (2 * (size_ + 1) > slots_.size()) reserve(slots_.empty() ? 8 : slots_.size());
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(word) & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (!slot.used) {
        slot.word = word;
        slot.value = Value{};
        slot.used = true;
        ++size_;
        return slot.value;
      }
      if (slot.word == word) return slot.value;
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace actorgraph::detail
