#include "text/utf8_repair.hpp"

#include <utility>

namespace actorgraph::detail {
namespace {

// Length of the valid UTF-8 sequence at text[pos], or 0 with `consumed` set
// to the length of the maximal invalid prefix (at least 1).
std::size_t valid_sequence(const std::string& text, std::size_t pos, std::size_t& consumed) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char c = byte(pos);
  consumed = 1;
  if (c < 0x80) return 1;
  std::size_t length = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    if (c == 0xE0)
      lo = 0xA0;  // no overlong forms
    else if (c == 0xED)
      hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    if (c == 0xF0)
      lo = 0x90;
    else if (c == 0xF4)
      hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if (pos + k >= text.size()) return 0;
    unsigned char b = byte(pos + k);
    unsigned char min = k == 1 ? lo : 0x80;
    unsigned char max = k == 1 ? hi : 0xBF;
    if (b < min || b > max) return 0;
    consumed = k + 1;
  }
  return length;
}

}  // namespace

Utf8RepairResult repair_utf8(std::string& text) {
  Utf8RepairResult result;
  std::size_t pos = 0;
  std::size_t consumed = 0;
  // Fast path: find the first invalid byte without copying.
  while (pos < text.size()) {
    std::size_t n = valid_sequence(text, pos, consumed);
    if (n == 0) break;
    pos += n;
  }
  if (pos == text.size()) return result;

  result.first_offset = pos;
  std::string out;
  out.reserve(text.size() + 16);
  out.append(text, 0, pos);
  while (pos < text.size()) {
    std::size_t n = valid_sequence(text, pos, consumed);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++result.invalid_sequences;
      pos += consumed;
    } else {
      out.append(text, pos, n);
      pos += n;
    }
  }
  text = std::move(out);
  return result;
}

}  // namespace actorgraph::detail
