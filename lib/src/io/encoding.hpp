// Reading text in other encodings: detection (ICU's charset detector) and
// transcoding to UTF-8 (ICU converters) with a map back to the bytes read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "actorgraph/source_map.hpp"

namespace actorgraph::detail {

/// Text transcoded to UTF-8.
struct Transcoded {
  std::string text;      ///< UTF-8.
  SourceMap map;         ///< Offsets of `text` -> offsets of the bytes given.
  std::string encoding;  ///< The encoding read, as given ("ISO-8859-1", "windows-1252").
  std::size_t undecodable = 0;             ///< Byte sequences not valid in `encoding` (now U+FFFD).
  std::size_t first_undecodable_line = 0;  ///< 1-based line of the first of them, 0 if none.
};

/// The encoding a byte-order mark at the start of `bytes` names ("UTF-16LE",
/// "UTF-16BE", "UTF-32LE", "UTF-32BE") and the mark's length, or nullopt. The UTF-8
/// mark is not one of them: UTF-8 needs no transcoding.
struct UnicodeBom {
  std::string encoding;
  std::size_t length = 0;
};
std::optional<UnicodeBom> unicode_bom(std::string_view bytes);

/// Counts of a text's non-ASCII UTF-8 sequences: valid multi-byte ones, and
/// invalid bytes (overlong forms, surrogates, values above U+10FFFF, stray bytes).
struct Utf8Profile {
  std::size_t multibyte = 0;
  std::size_t invalid = 0;
};
Utf8Profile utf8_profile(std::string_view bytes);

/// True if `bytes` are in another encoding than UTF-8: some bytes are invalid
/// UTF-8 and no multi-byte sequence is valid. Text with valid UTF-8 letters and
/// a few bad bytes is damaged UTF-8 instead (repaired, not transcoded): in a
/// Latin-1 or Windows-1252 text, an accented letter followed by ASCII is never
/// a valid UTF-8 sequence.
bool needs_transcoding(std::string_view bytes);

/// The encoding ICU's detector finds most likely for `bytes` (markup is
/// ignored for detection) among those ICU can convert, or nullopt when it
/// finds none. HTML pages that
/// declare a charset (<meta charset=...>) in their first 1024 bytes get that
/// one when ICU knows it.
std::optional<std::string> detect_encoding(std::string_view bytes);

/// Transcodes `bytes` from `encoding` to UTF-8; bytes that are invalid in that
/// encoding become U+FFFD, counted in Transcoded::undecodable with the line of the
/// first, so that the caller can say where. Throws InvalidArgument naming the encoding if ICU
/// has no converter of that name.
Transcoded transcode_to_utf8(std::string_view bytes, const std::string& encoding);

/// Throws InvalidArgument ("unknown encoding 'X' (--encoding)") unless ICU has
/// a converter named `encoding`.
void check_encoding(const std::string& encoding);

/// True if `encoding` names UTF-8 ("UTF-8", "utf8").
bool is_utf8_name(const std::string& encoding);

}  // namespace actorgraph::detail
