// Reading corpora: directories of .txt articles, JSONL files and stdin.
//
// The reader streams: it holds one document (and, for a directory, the sorted
// list of its file names) at a time, so corpora larger than memory can be read.
// Bad input never crashes it: invalid UTF-8 is repaired with a warning, empty
// and binary files are skipped with a reason, a malformed JSONL line is a
// ParseError naming "file:LINE" (or is skipped and recorded with keep_going).
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "actorgraph/document.hpp"

namespace actorgraph {

struct ReadOptions {
  /// Skip malformed JSONL lines (recording them in ReadStats::skipped) instead
  /// of throwing ParseError.
  bool keep_going = false;
  /// Skip (with a warning, recorded in ReadStats::skipped) every document whose
  /// text is longer than this many bytes; 0, the default, sets no limit (the CLI's
  /// default is 256 MB). The reader holds a document's text whole; the pipeline
  /// reads a long one in windows (PipelineOptions::window_bytes), so the peak is
  /// about twice the text plus a window's analysis (a 100 MB one-line document
  /// peaks near 0.4 GB).
  std::size_t max_document_bytes = 0;
  /// Return only every `shard_count`-th document, starting with the
  /// `shard_index`-th (0-based, in reading order): shard k of n gets documents
  /// k, k+n, k+2n, ... The reader still reads every input, so document ids
  /// (duplicates renamed "x#2") are the same as in an unsharded read, and the
  /// union of the n shards is exactly the whole corpus. Inputs skipped and
  /// warnings are logged by shard 0 only (every shard still records them).
  /// REQUIRES: shard_index < shard_count.
  std::size_t shard_index = 0;
  std::size_t shard_count = 1;
  /// The character encoding of every input ("ISO-8859-1", "windows-1252",
  /// "Shift_JIS": any name ICU knows). Empty, the default: UTF-8, and a file
  /// (or JSONL line) that is not valid UTF-8 is detected (ICU's charset
  /// detector) and transcoded, with one warning naming the file and the
  /// encoding found. Evidence offsets still index the bytes read.
  /// An unknown name is an InvalidArgument when the reader is made.
  std::string encoding;
};

/// An input left out, and why: an empty or binary file, a file of another type
/// in a directory, a malformed JSONL line under keep_going ("feed.jsonl:3").
struct SkippedInput {
  std::string origin;  ///< "dir/a.bin", "feed.jsonl:3"
  std::string reason;  ///< "binary file", "empty file", "invalid JSON: ..."
};

/// Something repaired or renamed while reading ("invalid UTF-8 at byte 17 ...").
struct InputWarning {
  std::string origin;
  std::string message;
};

/// What a read did: documents returned, inputs skipped, repairs made.
struct ReadStats {
  std::size_t documents = 0;
  /// Documents read but left to other shards (ReadOptions::shard_count > 1).
  std::size_t outside_shard = 0;
  std::vector<SkippedInput> skipped;
  /// Files of other types found in corpus folders (README.md, gold.json): not
  /// articles, so not warned about, but still listed so nothing vanishes unseen.
  std::vector<SkippedInput> ignored;
  std::vector<InputWarning> warnings;
};

/// Reads documents from a list of inputs, one at a time, in a deterministic order.
///
/// Each input is one of:
///  - a directory: walked recursively (directory symlinks are not followed);
///    its files are read in order of their relative path (byte order).
///    `*.txt` files are articles, `*.jsonl` files are JSONL corpora (extensions
///    compared case-insensitively); other files are ignored (listed in
///    ReadStats::ignored, logged at debug level).
///  - a file: `*.jsonl` is a JSONL corpus, any other file is one text article.
///  - "-": standard input; JSONL if its first non-blank byte is '{', else one
///    text article with id "stdin".
///
/// Text articles: the first non-empty line is the title; the id is the path
/// relative to the input directory without extension ("sub/a" for dir/sub/a.txt),
/// or the file stem for a file given directly; origin is the path as given.
///
/// JSONL: one record per line, validated against schemas/article.schema.json
/// (id, title, text; optional date, source, url). Blank lines are ignored.
/// origin is "file:LINE".
///
/// Dates: the metadata date normalised by parse_date(), else find_article_date()
/// on the text header; empty if neither gives one.
///
/// Duplicate ids are made distinct deterministically: the second document with
/// id "x" becomes "x#2", the third "x#3" (skipping ids already taken), and a
/// warning is recorded. Ids therefore are unique over one reader.
///
/// Errors: IoError for a path that does not exist or cannot be read (naming it);
/// ParseError "file:LINE: reason (json-pointer)" for a malformed JSONL line
/// unless options.keep_going. Warnings are also logged with spdlog.
class CorpusReader {
 public:
  /// Checks that every input exists (throws IoError otherwise); reads nothing yet.
  explicit CorpusReader(std::vector<std::filesystem::path> inputs, ReadOptions options = {});
  ~CorpusReader();
  CorpusReader(CorpusReader&&) noexcept;
  CorpusReader& operator=(CorpusReader&&) noexcept;
  CorpusReader(const CorpusReader&) = delete;
  CorpusReader& operator=(const CorpusReader&) = delete;

  /// The next document, or nullopt when all inputs are read.
  std::optional<Document> next();

  /// Counts so far (complete once next() returned nullopt).
  const ReadStats& stats() const noexcept;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

/// Reads all documents of `inputs` into memory (convenience over CorpusReader).
/// If `stats` is given it receives the reader's statistics.
std::vector<Document> read_corpus(const std::vector<std::filesystem::path>& inputs,
                                  ReadOptions options = {}, ReadStats* stats = nullptr);

}  // namespace actorgraph
