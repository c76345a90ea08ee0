#include "syntax/linear_model.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>

#if defined(__linux__)
#include <sys/mman.h>
#endif

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

void advise_huge_pages(void* p, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  ::madvise(p, bytes, MADV_HUGEPAGE);
#else
  (void)p;
  (void)bytes;
#endif
}

void LinearModel::reset(std::size_t classes, std::size_t features) {
  static std::atomic<std::uint64_t> next_identity{1};
  identity_ = next_identity.fetch_add(1, std::memory_order_relaxed);
  classes_ = classes;
  features_ = 0;
  weights_ = 0;
  // Load factor at most 0.8: with linear probing a miss then reads about three
  // slots, mostly in the same cache line.
  capacity_ = features + features / 4 + 16;
  slots_.clear();
  small_.clear();
  entries_.clear();
  if (classes_ <= kInline) {
    small_.assign(capacity_, SmallSlot{});
  } else {
    slots_.assign(capacity_, Slot{});
  }
}

void LinearModel::insert(FeatureKey key, std::span<const Weight> weights) {
  std::size_t at = home(key);
  ++features_;
  weights_ += weights.size();
  if (classes_ <= kInline) {
    while (small_[at].key != 0) {
      if (++at == capacity_) at = 0;
    }
    small_[at].key = key;
    for (const auto& w : weights) small_[at].weight[w.cls] = w.weight;
    return;
  }
  while (slots_[at].key != 0) {
    if (++at == capacity_) at = 0;
  }
  slots_[at].key = key;
  slots_[at].packed = static_cast<std::uint32_t>(entries_.size() << 8 | weights.size());
  entries_.insert(entries_.end(), weights.begin(), weights.end());
}

LinearModel LinearModel::build(
    std::size_t classes, const std::vector<std::pair<FeatureKey, std::vector<Weight>>>& runs) {
  LinearModel model;
  model.reset(classes, runs.size());
  std::size_t total = 0;
  for (const auto& run : runs) total += run.second.size();
  if (classes > kInline) model.entries_.reserve(total);
  for (const auto& [key, weights] : runs) model.insert(key, weights);
  return model;
}

std::vector<std::pair<FeatureKey, std::vector<LinearModel::Weight>>> LinearModel::runs() const {
  std::vector<std::pair<FeatureKey, std::vector<Weight>>> out;
  out.reserve(features_);
  if (classes_ <= kInline) {
    for (const auto& s : small_) {
      if (s.key == 0) continue;
      std::vector<Weight> weights;
      for (std::size_t c = 0; c < kInline; ++c) {
        if (s.weight[c] != 0) weights.push_back({static_cast<std::uint16_t>(c), s.weight[c]});
      }
      out.emplace_back(s.key, std::move(weights));
    }
  } else {
    for (const auto& s : slots_) {
      if (s.key == 0) continue;
      const auto* first = entries_.data() + (s.packed >> 8);
      out.emplace_back(s.key, std::vector<Weight>(first, first + (s.packed & 0xFF)));
    }
  }
  // Key order, so that the file does not depend on the table layout.
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

void LinearModel::write(std::string& out) const {
  put_u32(out, static_cast<std::uint32_t>(classes_));
  put_u32(out, static_cast<std::uint32_t>(features_));
  for (const auto& [key, weights] : runs()) {
    put_u32(out, key);
    out.push_back(static_cast<char>(weights.size()));
    for (const auto& e : weights) {
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
  // Straight into the table: no intermediate per-feature vectors (loading is
  // once per process, but it was most of a short run's time).
  LinearModel model;
  model.reset(classes, features);
  FeatureKey previous = 0;
  std::vector<Weight> weights;
  for (std::size_t f = 0; f < features; ++f) {
    const FeatureKey key = in.u32();
    if (key <= previous) in.fail("feature keys out of order");
    previous = key;
    const auto count = static_cast<unsigned char>(in.take(1)[0]);
    const auto bytes = in.take(3 * std::size_t{count});
    weights.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
      const auto cls = static_cast<unsigned char>(bytes[3 * i]);
      if (cls >= classes) in.fail("class " + std::to_string(cls) + " out of range");
      if (i > 0 && cls <= weights[i - 1].cls) in.fail("classes out of order");
      const auto lo = static_cast<unsigned char>(bytes[3 * i + 1]);
      const auto hi = static_cast<unsigned char>(bytes[3 * i + 2]);
      weights[i] = {cls, static_cast<std::int16_t>(static_cast<std::uint16_t>(lo | hi << 8))};
      if (weights[i].weight == 0) in.fail("zero weight");
    }
    if (model.weights_ + count >= (1u << 24)) in.fail("too many weights");
    model.insert(key, weights);
  }
  return model;
}

LinearModel LinearModel::pruned(int threshold) const {
  auto all = runs();
  std::erase_if(all, [&](const auto& run) {
    int largest = 0;
    for (const auto& w : run.second) largest = std::max(largest, std::abs(int{w.weight}));
    return largest <= threshold;
  });
  return build(classes_, all);
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
