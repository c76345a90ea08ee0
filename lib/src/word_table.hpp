// A read-mostly hash map from words (string_views whose bytes outlive it) to small values.
//
// Built once (language data, word classes, the cleaner's vocabulary) and then probed for
// nearly every token: one array, open addressing with linear probing and an FNV-1a hash of
// the word, so a lookup is a short hash and a compare, and building it allocates no node
// per word (std::unordered_map did both at several times the cost).
#pragma once

#include <cstddef>
#include <cstdint>
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

  static std::size_t hash(std::string_view s) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
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
