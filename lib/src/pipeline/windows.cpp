#include "pipeline/windows.hpp"

namespace actorgraph::detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// Where to end a piece of text[begin, end) that must stop by `limit` (begin < limit < end).
std::size_t cut_point(std::string_view text, std::size_t begin, std::size_t limit) {
  const std::size_t floor = begin + (limit - begin) / 2;
  // Each search runs backwards from the limit and stops at the floor; the cut
  // goes after the punctuation (or at the space), so no token straddles it.
  for (std::size_t i = limit; i > floor; --i) {
    const char c = text[i - 1];
    if ((c == '.' || c == '?' || c == '!') && i < text.size() && is_space(text[i])) return i;
  }
  for (std::size_t i = limit; i > floor; --i) {
    const char c = text[i - 1];
    if ((c == ',' || c == ';') && i < text.size() && is_space(text[i])) return i;
  }
  for (std::size_t i = limit; i > floor; --i)
    if (is_space(text[i - 1])) return i - 1;
  std::size_t i = limit;  // one unbroken run of bytes: cut between characters
  while (i > begin + 1 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace

std::vector<CleanedText> split_into_windows(std::string_view text, const CleanedText& cleaned,
                                            std::size_t window_bytes) {
  std::size_t kept = 0;
  for (const auto& block : cleaned.blocks) kept += block.end - block.begin;
  if (window_bytes == 0 || kept <= window_bytes) return {};

  std::vector<CleanedText> windows(1);
  windows.front().dropped = cleaned.dropped;
  std::size_t used = 0;  // kept bytes in the last window
  auto add = [&](TextBlock piece) {
    const std::size_t size = piece.end - piece.begin;
    if (used > 0 && used + size > window_bytes) {
      windows.emplace_back();
      used = 0;
    }
    windows.back().blocks.push_back(piece);
    used += size;
  };
  for (const auto& block : cleaned.blocks) {
    std::size_t begin = block.begin;
    while (block.end - begin > window_bytes) {
      const std::size_t end = cut_point(text, begin, begin + window_bytes);
      add({begin, end, block.kind});
      begin = end;
      while (begin < block.end && is_space(text[begin])) ++begin;
    }
    if (begin < block.end) add({begin, block.end, block.kind});
  }
  return windows;
}

}  // namespace actorgraph::detail
