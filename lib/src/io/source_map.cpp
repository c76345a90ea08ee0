// SourceMap: text offsets back to the bytes read.
#include "actorgraph/source_map.hpp"

#include <algorithm>

namespace actorgraph {

void SourceMap::append(std::size_t text_length, std::size_t source_begin, std::size_t source_end,
                       bool exact) {
  if (text_length == 0) return;
  const std::size_t text_begin = text_size();
  if (!pieces_.empty()) source_begin = std::max(source_begin, pieces_.back().source_end);
  source_end = std::max(source_end, source_begin);
  if (exact && source_end - source_begin != text_length) exact = false;
  if (exact && !pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.exact && last.source_end == source_begin) {
      last.text_end += text_length;
      last.source_end = source_end;
      return;
    }
  }
  pieces_.push_back({text_begin, text_begin + text_length, source_begin, source_end, exact});
}

namespace {

// The piece holding text byte `offset`, or the last piece past the end.
template <class Pieces>
auto piece_at(const Pieces& pieces, std::size_t offset) {
  auto it =
      std::upper_bound(pieces.begin(), pieces.end(), offset,
                       [](std::size_t o, const SourceMap::Piece& p) { return o < p.text_end; });
  return it == pieces.end() ? std::prev(pieces.end()) : it;
}

}  // namespace

std::size_t SourceMap::source_begin(std::size_t offset) const noexcept {
  if (pieces_.empty()) return offset;
  const Piece& p = *piece_at(pieces_, offset);
  if (offset >= p.text_end) return p.source_end;
  if (p.exact) return p.source_begin + (offset - p.text_begin);
  return p.source_begin;
}

std::size_t SourceMap::source_end(std::size_t offset) const noexcept {
  if (pieces_.empty()) return offset;
  if (offset == 0) return pieces_.front().source_begin;
  const Piece& p = *piece_at(pieces_, offset - 1);
  if (offset >= p.text_end) return p.source_end;
  if (p.exact) return p.source_begin + (offset - p.text_begin);
  return p.source_end;
}

SourceMap SourceMap::then(const SourceMap& outer) const {
  if (outer.empty()) return *this;
  SourceMap result;
  for (const Piece& p : pieces_) {
    if (!p.exact) {
      result.append(p.text_end - p.text_begin, outer.source_begin(p.source_begin),
                    outer.source_end(p.source_end), false);
      continue;
    }
    // An exact stretch of this map may cross several pieces of the outer one.
    std::size_t at = p.source_begin;
    while (at < p.source_end) {
      const Piece& q = *piece_at(outer.pieces_, at);
      std::size_t stop = std::min(p.source_end, std::max(q.text_end, at + 1));
      if (at >= q.text_end) stop = p.source_end;  // past the outer text: map to its end
      const std::size_t length = stop - at;
      if (q.exact && at >= q.text_begin && stop <= q.text_end)
        result.append(length, q.source_begin + (at - q.text_begin),
                      q.source_begin + (stop - q.text_begin), true);
      else
        result.append(length, outer.source_begin(at), outer.source_end(stop), false);
      at = stop;
    }
  }
  return result;
}

}  // namespace actorgraph
