#include "syntax/linear_model.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

#include "actorgraph/error.hpp"

namespace actorgraph::detail {

std::uint32_t ByteReader::u32() {
  const auto bytes = take(4);
  std::uint32_t value = 0;
  for (int i = 3; i >= 0; --i)
    value = (value << 8) | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
  return value;
}

float ByteReader::f32() { return std::bit_cast<float>(u32()); }

std::string_view ByteReader::take(std::size_t count) {
  if (bytes_.size() - at_ < count) fail("truncated at byte " + std::to_string(at_));
  const auto out = bytes_.substr(at_, count);
  at_ += count;
  return out;
}

void ByteReader::fail(const std::string& what) const {
  throw ParseError(std::string(name_) + ": not a valid actorgraph parser model: " + what);
}

void put_u32(std::string& out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

void put_f32(std::string& out, float value) { put_u32(out, std::bit_cast<std::uint32_t>(value)); }

LinearModel LinearModel::build(
    std::size_t classes, const std::vector<std::pair<FeatureKey, std::vector<Weight>>>& runs) {
  LinearModel model;
  model.classes_ = classes;
  model.features_ = runs.size();
  std::size_t capacity = 16;
  unsigned bits = 4;
  while (capacity < runs.size() + runs.size() / 2 + 1) {
    capacity *= 2;
    ++bits;
  }
  model.shift_ = 32 - bits;
  model.mask_ = capacity - 1;
  model.slots_.assign(capacity, Slot{});
  std::size_t total = 0;
  for (const auto& run : runs) total += run.second.size();
  model.entries_.reserve(total);
  for (const auto& [key, weights] : runs) {
    std::size_t slot = (key * 0x9E3779B1u) >> model.shift_;
    while (model.slots_[slot].key != 0) slot = (slot + 1) & model.mask_;
    model.slots_[slot].key = key;
    model.slots_[slot].packed =
        static_cast<std::uint32_t>(model.entries_.size() << 8 | weights.size());
    model.entries_.insert(model.entries_.end(), weights.begin(), weights.end());
  }
  return model;
}

void LinearModel::write(std::string& out) const {
  put_u32(out, static_cast<std::uint32_t>(classes_));
  put_u32(out, static_cast<std::uint32_t>(features_));
  // Runs in key order, so that the file does not depend on the table layout.
  std::vector<const Slot*> used;
  used.reserve(features_);
  for (const auto& s : slots_) {
    if (s.key != 0) used.push_back(&s);
  }
  std::sort(used.begin(), used.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  for (const Slot* s : used) {
    put_u32(out, s->key);
    const std::size_t count = s->packed & 0xFF;
    out.push_back(static_cast<char>(count));
    for (std::size_t i = 0; i < count; ++i) {
      const auto& e = entries_[(s->packed >> 8) + i];
      out.push_back(static_cast<char>(e.cls));
      const auto w = static_cast<std::uint16_t>(e.weight);
      out.push_back(static_cast<char>(w & 0xFF));
      out.push_back(static_cast<char>(w >> 8));
    }
  }
}

LinearModel LinearModel::read(ByteReader& in) {
  const std::size_t classes = in.u32();
  const std::size_t features = in.u32();
  if (classes == 0 || classes > 255) in.fail("class count " + std::to_string(classes));
  if (features > (1u << 26)) in.fail("feature count " + std::to_string(features));
  std::vector<std::pair<FeatureKey, std::vector<Weight>>> runs(features);
  FeatureKey previous = 0;
  std::size_t total = 0;
  for (auto& [key, weights] : runs) {
    key = in.u32();
    if (key <= previous) in.fail("feature keys out of order");
    previous = key;
    const auto count = static_cast<unsigned char>(in.take(1)[0]);
    const auto bytes = in.take(3 * std::size_t{count});
    weights.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
      const auto cls = static_cast<unsigned char>(bytes[3 * i]);
      if (cls >= classes) in.fail("class " + std::to_string(cls) + " out of range");
      const auto lo = static_cast<unsigned char>(bytes[3 * i + 1]);
      const auto hi = static_cast<unsigned char>(bytes[3 * i + 2]);
      weights[i] = {cls, static_cast<std::int16_t>(static_cast<std::uint16_t>(lo | hi << 8))};
    }
    total += count;
  }
  if (total >= (1u << 24)) in.fail("too many weights");
  return build(classes, runs);
}

std::size_t PerceptronTrainer::row(FeatureKey key) {
  const auto [it, inserted] = rows_.try_emplace(key, rows_.size());
  if (inserted) {
    weights_.resize(weights_.size() + classes_, 0.0f);
    sums_.resize(sums_.size() + classes_, 0.0);
  }
  return it->second;
}

void PerceptronTrainer::update(std::span<const FeatureKey> features, std::size_t truth,
                               std::size_t guess) {
  if (truth == guess) return;
  for (const FeatureKey key : features) {
    const std::size_t base = row(key) * classes_;
    weights_[base + truth] += 1.0f;
    sums_[base + truth] += clock_;
    weights_[base + guess] -= 1.0f;
    sums_[base + guess] -= clock_;
  }
}

LinearModel PerceptronTrainer::average() const {
  std::vector<double> averaged(weights_.size());
  double largest = 0;
  for (std::size_t i = 0; i < weights_.size(); ++i) {
    averaged[i] = static_cast<double>(weights_[i]) - sums_[i] / clock_;
    largest = std::max(largest, std::abs(averaged[i]));
  }
  const double scale = largest > 0 ? 32767.0 / largest : 1.0;
  std::vector<std::pair<FeatureKey, std::vector<LinearModel::Weight>>> runs;
  runs.reserve(rows_.size());
  for (const auto& [key, index] : rows_) {
    std::vector<LinearModel::Weight> weights;
    for (std::size_t c = 0; c < classes_; ++c) {
      const auto q = std::lround(averaged[index * classes_ + c] * scale);
      if (q != 0) weights.push_back({static_cast<std::uint16_t>(c), static_cast<std::int16_t>(q)});
    }
    if (!weights.empty()) runs.emplace_back(key, std::move(weights));
  }
  std::sort(runs.begin(), runs.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return LinearModel::build(classes_, runs);
}

}  // namespace actorgraph::detail
