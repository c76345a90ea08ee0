// Evidence: the piece of text that supports a relation or a statement.
#pragma once

#include <compare>
#include <cstddef>
#include <string>

namespace actorgraph {

/// One sentence of one document that supports an edge (or a quoted statement).
///
/// Offsets are byte offsets into the document's original text (before any
/// cleaning), so `text == original.substr(start, end - start)` always holds
/// for the matched span; `sentence` holds the whole sentence for display.
struct Evidence {
  std::string document;        ///< Document id.
  std::size_t sentence = 0;    ///< Index of the sentence within the document (0-based).
  std::size_t start = 0;       ///< Byte offset of the matched span in the original text.
  std::size_t end = 0;         ///< One past the last byte of the matched span.
  std::string text;            ///< The sentence the span lies in.
  std::string rule;            ///< Id of the extraction rule that produced it.
  std::string date;            ///< Article date, ISO 8601 (YYYY-MM-DD), or empty if unknown.
  double confidence = 1.0;     ///< Confidence of the rule for this match, in [0, 1].
  /// Where the matched span lies in `text` (byte offsets into the sentence), for
  /// documents whose text was extracted or transcoded (an HTML page, a Latin-1
  /// file): there `end - start` counts the file's bytes ("&rsquo;" is 7 of them),
  /// not the sentence's, so the span cannot be found in `text` by its length.
  /// Both 0 when the document was read as it is (then `text` and the file agree).
  std::size_t text_start = 0;
  std::size_t text_end = 0;  ///< One past the matched span's last byte in `text`; see text_start.

  /// Total order used to keep evidence lists sorted and free of duplicates:
  /// by document, sentence, span, then rule.
  friend auto operator<=>(const Evidence&, const Evidence&) = default;
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

}  // namespace actorgraph
