// SourceMap: where each byte of a Document's text came from in the file read.
#pragma once

#include <cstddef>
#include <vector>

namespace actorgraph {

/// Maps byte offsets of a Document's text back to byte offsets of the file it
/// was read from, when the two differ: an HTML page (tags dropped, entities
/// decoded, white space collapsed) or a file transcoded to UTF-8.
///
/// The text is covered by pieces in order. An exact piece is a stretch copied
/// byte for byte (offset k of the piece is offset k of its source stretch); any
/// other piece (a decoded entity, a collapsed run of white space, a paragraph
/// break standing for a closing tag, a transcoded character) maps as a whole to
/// its source stretch. An empty map is the identity: the text is the file.
class SourceMap {
 public:
  struct Piece {
    std::size_t text_begin = 0;
    std::size_t text_end = 0;
    std::size_t source_begin = 0;
    std::size_t source_end = 0;
    bool exact = false;  ///< Same length, copied byte for byte.
    friend bool operator==(const Piece&, const Piece&) = default;
  };

  /// Appends the next `text_length` bytes of text, read from
  /// [source_begin, source_end) of the file. Source stretches must not go
  /// backwards; exact pieces need text_length == source_end - source_begin.
  /// Adjacent exact pieces that continue each other are joined.
  void append(std::size_t text_length, std::size_t source_begin, std::size_t source_end,
              bool exact);

  /// The source offset where text offset `offset` begins (a span's start).
  /// Offsets past the text map to the end of the last piece.
  std::size_t source_begin(std::size_t offset) const noexcept;
  /// The source offset one past the byte before text offset `offset` (a span's end).
  std::size_t source_end(std::size_t offset) const noexcept;

  /// This map read through `outer` (which maps this map's source to an
  /// earlier one): text -> source -> outer source. An empty outer is the identity.
  SourceMap then(const SourceMap& outer) const;

  bool empty() const noexcept { return pieces_.empty(); }
  /// Length of the text covered.
  std::size_t text_size() const noexcept { return pieces_.empty() ? 0 : pieces_.back().text_end; }
  const std::vector<Piece>& pieces() const noexcept { return pieces_; }

  friend bool operator==(const SourceMap&, const SourceMap&) = default;

 private:
  std::vector<Piece> pieces_;
};

}  // namespace actorgraph
