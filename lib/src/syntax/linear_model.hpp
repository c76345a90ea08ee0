// Linear classifiers over hashed sparse features: the averaged perceptron that
// trains them and the compact, quantised model that is shipped and used.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace actorgraph::detail {

/// A feature is a 32-bit hash of its template and values (see feature_hash.hpp).
using FeatureKey = std::uint32_t;

/// Reads little-endian values from a byte string, naming the source in errors.
class ByteReader {
 public:
  ByteReader(std::string_view bytes, std::string_view name) : bytes_(bytes), name_(name) {}
  std::uint32_t u32();
  float f32();
  std::string_view take(std::size_t count);
  [[noreturn]] void fail(const std::string& what) const;
  [[nodiscard]] bool at_end() const { return at_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::string_view name_;
  std::size_t at_ = 0;
};

void put_u32(std::string& out, std::uint32_t value);
void put_f32(std::string& out, float value);

/// madvise(MADV_HUGEPAGE) where the system has it; a hint, failures are ignored.
void advise_huge_pages(void* p, std::size_t bytes) noexcept;

/// Storage for the large lookup tables: allocations of 2 MB and more are aligned to
/// 2 MB and marked for transparent huge pages (Linux), because the lookups are
/// random over tens of megabytes and a 4 kB page per lookup would also miss the TLB.
template <class T>
struct LargePageAllocator {
  using value_type = T;
  static constexpr std::size_t kHugePage = std::size_t{2} << 20;
  LargePageAllocator() = default;
  template <class U>
  LargePageAllocator(const LargePageAllocator<U>&) noexcept {}  // NOLINT: rebinding
  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return static_cast<T*>(::operator new(bytes));
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = ::operator new (rounded, std::align_val_t{kHugePage});
    advise_huge_pages(p, rounded);
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t n) noexcept {
    if (n * sizeof(T) < kHugePage) {
      ::operator delete(p);
    } else {
      ::operator delete (p, std::align_val_t{kHugePage});
    }
  }
  template <class U>
  bool operator==(const LargePageAllocator<U>&) const noexcept {
    return true;
  }
};

/// The shipped classifier: for each feature its non-zero weights, int16 with
/// one scale per model, in an open-addressing table. With three classes or fewer
/// (the transition classifier) the weights sit in the slot beside the key, so a
/// lookup costs one cache miss; otherwise the slot points to a contiguous run of
/// (class, weight) pairs.
class LinearModel {
 public:
  LinearModel() = default;

  /// Classes whose weights are stored inside the slot.
  static constexpr std::size_t kInline = 3;

  [[nodiscard]] std::size_t classes() const { return classes_; }
  [[nodiscard]] std::size_t features() const { return features_; }
  [[nodiscard]] std::size_t weights() const { return weights_; }
  /// Identifies the table's contents: a fresh number whenever a table is built or
  /// read (copies keep it), so that memoised scores can tell models apart.
  [[nodiscard]] std::uint64_t identity() const { return identity_; }

  /// Adds the weights of `features` into `scores` (size classes()).
  ///
  /// The table is far larger than the caches, so lookups go in batches: the slots
  /// of a batch are prefetched before any is read, then their weight runs, so that
  /// the memory latencies overlap instead of adding up.
  template <class Scores>
  void score(std::span<const FeatureKey> features, Scores& scores) const {
    if (capacity_ == 0) return;
    constexpr std::size_t kBatch = 32;
    std::size_t slot[kBatch];
    if (classes_ <= kInline) {
      for (std::size_t start = 0; start < features.size(); start += kBatch) {
        const std::size_t count = std::min(kBatch, features.size() - start);
        for (std::size_t i = 0; i < count; ++i) {
          slot[i] = home(features[start + i]);
          __builtin_prefetch(&small_[slot[i]]);
        }
        for (std::size_t i = 0; i < count; ++i) {
          const FeatureKey key = features[start + i];
          for (std::size_t at = slot[i];;) {
            const SmallSlot& s = small_[at];
            if (s.key == key) {
              for (std::size_t c = 0; c < kInline; ++c) scores[c] += s.weight[c];
              break;
            }
            if (s.key == 0) break;
            if (++at == capacity_) at = 0;
          }
        }
      }
      return;
    }
    const Entry* run[kBatch];
    std::size_t length[kBatch];
    for (std::size_t start = 0; start < features.size(); start += kBatch) {
      const std::size_t count = std::min(kBatch, features.size() - start);
      for (std::size_t i = 0; i < count; ++i) {
        slot[i] = home(features[start + i]);
        __builtin_prefetch(&slots_[slot[i]]);
      }
      std::size_t found = 0;
      for (std::size_t i = 0; i < count; ++i) {
        const FeatureKey key = features[start + i];
        for (std::size_t at = slot[i];;) {
          const Slot& s = slots_[at];
          if (s.key == key) {
            run[found] = entries_.data() + (s.packed >> 8);
            length[found] = s.packed & 0xFF;
            __builtin_prefetch(run[found]);
            ++found;
            break;
          }
          if (s.key == 0) break;
          if (++at == capacity_) at = 0;
        }
      }
      for (std::size_t i = 0; i < found; ++i) {
        for (const Entry* e = run[i]; e != run[i] + length[i]; ++e) scores[e->cls] += e->weight;
      }
    }
  }

  /// Serialised form: classes, feature count, then per feature (in key order) its
  /// key, run length and (class, weight) pairs, classes ascending, weights non-zero.
  void write(std::string& out) const;
  static LinearModel read(ByteReader& in);

  struct Weight {
    std::uint16_t cls;
    std::int16_t weight;
  };
  /// Builds the table from (key, weights) runs; keys must be unique and non-zero,
  /// classes ascending within a run.
  static LinearModel build(std::size_t classes,
                           const std::vector<std::pair<FeatureKey, std::vector<Weight>>>& runs);

  /// A copy without the features whose largest weight (in absolute value) is at
  /// most `threshold` (in quantised units): a smaller table, fewer cache misses.
  [[nodiscard]] LinearModel pruned(int threshold) const;

 private:
  struct Slot {
    FeatureKey key = 0;
    std::uint32_t packed = 0;  // first entry << 8 | entry count
  };
  struct SmallSlot {
    FeatureKey key = 0;
    std::int16_t weight[kInline] = {};
  };
  using Entry = Weight;

  /// The first slot to probe for `key`: a multiplicative hash mapped onto
  /// [0, capacity) by a multiply-shift (Lemire), so that any capacity works.
  [[nodiscard]] std::size_t home(FeatureKey key) const {
    return static_cast<std::size_t>((std::uint64_t{key * 0x9E3779B1u} * capacity_) >> 32);
  }
  /// Empty table for `features` features.
  void reset(std::size_t classes, std::size_t features);
  /// Adds one feature's run (classes ascending, weights non-zero).
  void insert(FeatureKey key, std::span<const Weight> weights);
  /// Every feature as (key, its weights), in key order.
  [[nodiscard]] std::vector<std::pair<FeatureKey, std::vector<Weight>>> runs() const;

  std::size_t classes_ = 0;
  std::size_t features_ = 0;
  std::size_t weights_ = 0;
  std::size_t capacity_ = 0;
  std::uint64_t identity_ = 0;
  std::vector<Slot, LargePageAllocator<Slot>> slots_;
  std::vector<SmallSlot, LargePageAllocator<SmallSlot>> small_;
  std::vector<Entry, LargePageAllocator<Entry>> entries_;
};

/// Averaged perceptron (Collins 2002). A feature gets a dense row of weights over
/// the classes the first time an update touches it, so scoring reads contiguous
/// memory. Averaging without per-weight time stamps (Daume 2006): next to each
/// weight w, u accumulates clock * delta, and the average is w - u / clock.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::size_t classes) : classes_(classes) {}

  [[nodiscard]] std::size_t classes() const { return classes_; }

  /// Adds the current (not averaged) weights of `features` into `scores`.
  template <class Scores>
  void score(std::span<const FeatureKey> features, Scores& scores) const {
    for (const FeatureKey key : features) {
      const auto it = rows_.find(key);
      if (it == rows_.end()) continue;
      const float* w = weights_.data() + it->second * classes_;
      for (std::size_t c = 0; c < classes_; ++c) scores[c] += w[c];
    }
  }

  /// One training example seen: the clock advances.
  void tick() { ++clock_; }

  /// Moves the weights of `features` towards `truth` and away from `guess`.
  void update(std::span<const FeatureKey> features, std::size_t truth, std::size_t guess);

  /// The averaged weights, quantised to int16 (one scale for the model); weights
  /// that quantise to zero are dropped.
  [[nodiscard]] LinearModel average() const;

 private:
  std::size_t row(FeatureKey key);

  std::size_t classes_;
  double clock_ = 1;
  std::unordered_map<FeatureKey, std::size_t> rows_;
  std::vector<float> weights_;
  std::vector<double> sums_;  // u: clock * delta, accumulated
};

}  // namespace actorgraph::detail
