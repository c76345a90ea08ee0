// Document: one news article as read from a corpus.
#pragma once

#include <compare>
#include <cstddef>
#include <string>

#include "actorgraph/source_map.hpp"

namespace actorgraph {

/// One article. `text` is the text analysed: for a plain-text file the file's
/// bytes as read (after invalid UTF-8 was repaired), for an HTML page the
/// article text extracted from it, for a file in another encoding its UTF-8
/// transcoding. Offsets computed by the stages point into `text`; the graph's
/// evidence offsets are mapped back through `source_map` to the file's bytes.
struct Document {
  std::string id;      ///< Stable id (file stem, or the JSONL "id").
  std::string title;   ///< Headline: metadata title, or the first non-empty line.
  std::string text;    ///< Full original text.
  std::string date;    ///< Article date (YYYY-MM-DD) from metadata or text; may be empty.
  std::string source;  ///< Outlet, if known.
  std::string url;     ///< URL, if known.
  std::string origin;  ///< Where it was read from ("dir/a.txt", "feed.jsonl:12"), for messages.
  /// Text offsets -> offsets in the bytes read (the file, or the JSONL record's
  /// "html" string); empty when `text` is those bytes.
  SourceMap source_map;

  friend bool operator==(const Document&, const Document&) = default;
};

/// What a graph records of each document it was built from: its row of the
/// documents table (KnowledgeGraph::documents). Evidence::document is the `id`.
struct DocumentRecord {
  std::string id;         ///< Document::id
  std::string title;      ///< Document::title (JSONL "title", else the first line)
  std::string url;        ///< Document::url (JSONL "url"), may be empty
  std::string source;     ///< Document::source (JSONL "source"), may be empty
  std::string date;       ///< Document::date (YYYY-MM-DD), may be empty
  std::size_t bytes = 0;  ///< Size of Document::text in bytes
  friend auto operator<=>(const DocumentRecord&, const DocumentRecord&) = default;
  friend bool operator==(const DocumentRecord&, const DocumentRecord&) = default;
};

/// The record of `document`.
inline DocumentRecord document_record(const Document& document) {
  return {document.id,     document.title, document.url,
          document.source, document.date,  document.text.size()};
}

}  // namespace actorgraph
