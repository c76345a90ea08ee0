// Document: one news article as read from a corpus.
#pragma once

#include <string>

namespace actorgraph {

/// One article. `text` is the original text, byte for byte as read (after
/// invalid UTF-8 was repaired); every offset in the library points into it.
struct Document {
  std::string id;      ///< Stable id (file stem, or the JSONL "id").
  std::string title;   ///< Headline: metadata title, or the first non-empty line.
  std::string text;    ///< Full original text.
  std::string date;    ///< Article date (YYYY-MM-DD) from metadata or text; may be empty.
  std::string source;  ///< Outlet, if known.
  std::string url;     ///< URL, if known.
  std::string origin;  ///< Where it was read from ("dir/a.txt", "feed.jsonl:12"), for messages.

  friend bool operator==(const Document&, const Document&) = default;
};

}  // namespace actorgraph
