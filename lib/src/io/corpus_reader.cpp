// Streaming corpus reader: directories of .txt articles, JSONL files, stdin.
#include "actorgraph/corpus_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unordered_set>
#include <utility>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <spdlog/spdlog.h>

#include "actorgraph/error.hpp"
#include "io/article_schema.hpp"
#include "io/corpus_reader_detail.hpp"
#include "io/encoding.hpp"
#include "io/html_text.hpp"
#include "io/json_diagnostics.hpp"
#include "text/utf8_repair.hpp"
#include "time/article_date.hpp"

namespace fs = std::filesystem;

namespace actorgraph {
namespace {

constexpr std::size_t kSniffBytes = 8192;
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kStdinName = "<stdin>";

enum class FileKind { text, html, jsonl, other };

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool all_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return is_blank(c); });
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

FileKind kind_of_extension(const fs::path& path) {
  auto ext = lower_ascii(path.extension().string());
  if (ext == ".txt") return FileKind::text;
  if (ext == ".jsonl") return FileKind::jsonl;
  if (ext == ".html" || ext == ".htm") return FileKind::html;
  return FileKind::other;
}

std::string system_error_text() { return std::strerror(errno); }

/// The first non-empty line, trimmed: the headline of a text article.
std::string first_line(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto nl = text.find('\n', pos);
    auto line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    while (!line.empty() && is_blank(line.front())) line.remove_prefix(1);
    while (!line.empty() && is_blank(line.back())) line.remove_suffix(1);
    if (!line.empty()) return std::string(line);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return {};
}

/// The article schema, parsed once (thread-safe static initialisation).
const rapidjson::SchemaDocument& article_schema() {
  static const rapidjson::SchemaDocument schema = [] {
    rapidjson::Document doc;
    auto text = detail::article_schema_json();
    doc.Parse(text.data(), text.size());
    if (doc.HasParseError())
      throw Error("embedded article schema is not valid JSON: " +
                  std::string(rapidjson::GetParseError_En(doc.GetParseError())));
    return rapidjson::SchemaDocument(doc);
  }();
  return schema;
}

/// The schema's expected type(s) at a schema pointer, as "string" or "string or null".
std::string expected_types(const rapidjson::Value* schema_node) {
  if (!schema_node || !schema_node->IsObject() || !schema_node->HasMember("type"))
    return "another type";
  const auto& type = (*schema_node)["type"];
  if (type.IsString()) return type.GetString();
  std::string out;
  if (type.IsArray()) {
    for (const auto& t : type.GetArray()) {
      if (!t.IsString()) continue;
      if (!out.empty()) out += " or ";
      out += t.GetString();
    }
  }
  return out.empty() ? "another type" : out;
}

/// A readable reason for a schema violation, ending with the JSON pointer.
std::string schema_violation(const rapidjson::SchemaValidator& validator,
                             const rapidjson::Document& record) {
  std::string keyword = validator.GetInvalidSchemaKeyword();
  auto doc_pointer = validator.GetInvalidDocumentPointer();
  rapidjson::Document schema_json;
  auto text = detail::article_schema_json();
  schema_json.Parse(text.data(), text.size());
  const rapidjson::Value* schema_node =
      rapidjson::Pointer(validator.GetInvalidSchemaPointer()).Get(schema_json);
  if (keyword == "required" && schema_node && schema_node->HasMember("required")) {
    const rapidjson::Value* object = doc_pointer.Get(record);
    for (const auto& name : (*schema_node)["required"].GetArray()) {
      if (object && object->IsObject() && !object->HasMember(name)) {
        std::string field = name.GetString();
        std::string where = detail::json_pointer_text(doc_pointer, "root");
        return "missing required field \"" + field + "\" (" + (where == "root" ? "" : where) + "/" +
               field + ")";
      }
    }
  }
  if (keyword == "type")
    return "wrong type, expected " + expected_types(schema_node) + " (" +
           detail::json_pointer_text(doc_pointer, "root") + ")";
  if (keyword == "anyOf") return "missing required field \"text\" (or \"html\") (/text)";
  if (keyword == "minLength") return "empty value (" + detail::json_pointer_text(doc_pointer, "root") + ")";
  return "schema violation: " + keyword + " (" + detail::json_pointer_text(doc_pointer, "root") + ")";
}

/// A malformed record: the reason without the "file:LINE: " prefix.
struct RecordError {
  std::string reason;
};

std::string optional_string(const rapidjson::Value& record, const char* name) {
  auto it = record.FindMember(name);
  if (it == record.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

/// Builds a Document from one JSONL line; throws RecordError if it is malformed.
/// Returns nullopt if its text is empty (a valid but useless record).
std::optional<Document> parse_record(std::string_view line) {
  if (const auto deep = detail::json_too_deep_at(line)) {
    throw RecordError{"invalid JSON: nested deeper than " + std::to_string(detail::kMaxJsonDepth) +
                      " levels (at byte " + std::to_string(*deep + 1) + " of the line)"};
  }
  rapidjson::Document record;
  record.Parse(line.data(), line.size());
  if (record.HasParseError()) {
    throw RecordError{
        "invalid JSON: " + std::string(rapidjson::GetParseError_En(record.GetParseError())) +
        " (at byte " + std::to_string(record.GetErrorOffset() + 1) + " of the line)"};
  }
  rapidjson::SchemaValidator validator(article_schema());
  if (!record.Accept(validator)) throw RecordError{schema_violation(validator, record)};

  Document doc;
  doc.id = optional_string(record, "id");
  if (std::any_of(doc.id.begin(), doc.id.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
    throw RecordError{"invalid id: contains a control character (/id)"};
  doc.title = optional_string(record, "title");
  doc.text = optional_string(record, "text");
  const std::string html = optional_string(record, "html");
  if (all_blank(doc.text) && !all_blank(html)) {
    // A saved page: its article text, offsets mapped back into the "html" string.
    auto page = detail::extract_html_text(html);
    if (page.too_deep)
      throw RecordError{"HTML nested deeper than " + std::to_string(detail::kMaxHtmlDepth) +
                        " elements (/html)"};
    doc.text = std::move(page.text);
    doc.source_map = std::move(page.map);
    if (all_blank(doc.title)) doc.title = page.title;
    if (optional_string(record, "url").empty()) doc.url = page.url;
    if (optional_string(record, "source").empty()) doc.source = page.source;
    if (all_blank(optional_string(record, "date")))
      if (auto parsed = parse_date(page.date)) doc.date = *parsed;
  }
  if (doc.source.empty()) doc.source = optional_string(record, "source");
  if (doc.url.empty()) doc.url = optional_string(record, "url");
  auto date = optional_string(record, "date");
  if (!all_blank(date)) {
    auto parsed = parse_date(date);
    if (!parsed) throw RecordError{"invalid date \"" + date + "\" (/date)"};
    doc.date = *parsed;
  }
  if (all_blank(doc.text)) return std::nullopt;
  return doc;
}

struct FileEntry {
  fs::path path;
  std::string origin;  // the path as given, for messages
  std::string id;      // for text articles
  FileKind kind = FileKind::other;
  std::string skip_reason;  // for kind == other
  bool not_an_article = false;  // another file type in a corpus folder (README, gold): ignored quietly
};

}  // namespace

namespace detail {

bool looks_binary(std::string_view head, std::string* why) {
  head = head.substr(0, kSniffBytes);
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
    if (why) *why = "binary file (UTF-16 text; convert it to UTF-8)";  // JSONL: line by line
    return true;
  }
  if (head.find('\0') != std::string_view::npos) {
    // UTF-16 without a mark: NULs at every other byte (the high bytes of ASCII letters).
    std::size_t nul[2] = {0, 0};
    for (std::size_t i = 0; i < head.size(); ++i)
      if (head[i] == '\0') ++nul[i % 2];
    const std::size_t half = head.size() / 2;
    const bool utf16 = half >= 2 && std::max(nul[0], nul[1]) * 10 >= half * 6 &&
                       std::min(nul[0], nul[1]) * 10 <= half;
    if (why)
      *why = utf16 ? "binary file (contains NUL bytes; it looks like UTF-16 without a byte-order "
                     "mark: use --encoding UTF-16LE or UTF-16BE)"
                   : "binary file (contains NUL bytes)";
    return true;
  }
  std::size_t control = 0;
  for (char ch : head) {
    auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && !is_blank(ch)) || c == 0x7F) ++control;
  }
  // Text has next to no control bytes; a tenth of them is data, not an article.
  if (!head.empty() && control * 10 > head.size()) {
    if (why) *why = "binary file (control bytes)";
    return true;
  }
  return false;
}

}  // namespace detail

class CorpusReader::Impl {
 public:
  Impl(std::vector<fs::path> inputs, ReadOptions options, std::istream* stdin_stream)
      : inputs_(std::move(inputs)), options_(options), stdin_(stdin_stream) {
    if (options_.shard_count == 0 || options_.shard_index >= options_.shard_count)
      throw Error("invalid shard " + std::to_string(options_.shard_index) + "/" +
                  std::to_string(options_.shard_count) + ": the index must be below the count");
    quiet_ = options_.shard_index != 0;
    if (!options_.encoding.empty()) {
      if (detail::is_utf8_name(options_.encoding))
        options_.encoding.clear();
      else
        detail::check_encoding(options_.encoding);
    }
    for (const auto& input : inputs_) {
      if (input == "-") continue;
      std::error_code ec;
      auto status = fs::status(input, ec);
      if (ec || !fs::exists(status))
        throw IoError("cannot read '" + input.string() +
                      "': " + (ec ? ec.message() : std::string("no such file or directory")));
    }
  }

  std::optional<Document> next() {
    while (true) {
      if (jsonl_) {
        if (auto doc = next_jsonl()) {
          if (too_large(*doc)) continue;
          if (auto mine = finish(std::move(*doc))) return mine;
          continue;
        }
        jsonl_.reset();
        continue;
      }
      if (next_entry_ < entries_.size()) {
        const FileEntry entry = std::move(entries_[next_entry_++]);
        if (next_entry_ == entries_.size()) {
          entries_.clear();
          next_entry_ = 0;
        }
        switch (entry.kind) {
          case FileKind::other:
            if (entry.not_an_article) {
              spdlog::debug("{}: ignored: {}", entry.origin, entry.skip_reason);
              stats.ignored.push_back({entry.origin, entry.skip_reason});
            } else {
              skip(entry.origin, entry.skip_reason);
            }
            break;
          case FileKind::text:
          case FileKind::html:
            if (auto doc = read_text_file(entry); doc && !too_large(*doc))
              if (auto mine = finish(std::move(*doc))) return mine;
            break;
          case FileKind::jsonl:
            open_jsonl_file(entry);
            break;
        }
        continue;
      }
      if (next_input_ < inputs_.size()) {
        const auto& input = inputs_[next_input_++];
        if (input == "-") {
          if (auto doc = start_stdin())
            if (auto mine = finish(std::move(*doc))) return mine;
        } else {
          expand(input);
        }
        continue;
      }
      return std::nullopt;
    }
  }

  ReadStats stats;

 private:
  struct JsonlStream {
    std::unique_ptr<std::ifstream> file;  // null when reading stdin
    std::istream* in = nullptr;
    std::string name;  // origin of the file, "<stdin>" for stdin
    std::size_t line = 0;
    std::size_t offset = 0;  // byte offset of the next line in the file
    std::string pending;     // bytes already consumed from the first line (stdin sniffing)
    bool any_record = false;
    std::string encoding;  // detected at the first line that is not UTF-8 ("UTF-8": none)
  };

  void skip(const std::string& origin, const std::string& reason) {
    if (!quiet_) spdlog::warn("{}: skipped: {}", origin, reason);
    stats.skipped.push_back({origin, reason});
  }

  bool too_large(const Document& doc) {
    if (options_.max_document_bytes == 0 || doc.text.size() <= options_.max_document_bytes)
      return false;
    skip(doc.origin, "document text of " + std::to_string(doc.text.size()) +
                         " bytes is over the limit of " +
                         std::to_string(options_.max_document_bytes) +
                         " bytes (raise it with --max-document-mb, or 0 for no limit)");
    return true;
  }

  void warn(const std::string& origin, const std::string& message) {
    if (!quiet_) spdlog::warn("{}: {}", origin, message);
    stats.warnings.push_back({origin, message});
  }

  /// Bytes the encoding cannot decode are not dropped silently: one warning names
  /// the file and the line of the first ("feed.jsonl:7: ..."). `line` is the line
  /// of the file where `transcoded` starts (JSONL records are transcoded one by one).
  void warn_undecodable(const std::string& origin, const detail::Transcoded& transcoded,
                        std::size_t line = 1) {
    if (transcoded.undecodable == 0) return;
    const std::size_t n = transcoded.undecodable;
    warn(origin + ":" + std::to_string(line + transcoded.first_undecodable_line - 1),
         "bytes that are not valid " + transcoded.encoding + " replaced by U+FFFD (" +
             std::to_string(n) + " undecodable sequence" + (n == 1 ? "" : "s") +
             "; use --encoding NAME if the file is in another encoding)");
  }

  /// Gives a duplicate id a deterministic suffix so ids stay unique; nullopt
  /// for a document of another shard (its id is still taken).
  std::optional<Document> finish(Document doc) {
    if (!ids_.insert(doc.id).second) {
      std::string unique;
      for (std::size_t n = 2;; ++n) {
        unique = doc.id + "#" + std::to_string(n);
        if (!ids_.contains(unique)) break;
      }
      warn(doc.origin, "duplicate document id \"" + doc.id + "\" renamed to \"" + unique + "\"");
      doc.id = unique;
      ids_.insert(doc.id);
    }
    if (ordinal_++ % options_.shard_count != options_.shard_index) {
      ++stats.outside_shard;
      return std::nullopt;
    }
    ++stats.documents;
    return doc;
  }

  /// Lists a directory's files (sorted) or takes a single file as the next entries.
  void expand(const fs::path& input) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      fs::recursive_directory_iterator it(input, fs::directory_options::none, ec);
      if (ec) throw IoError("cannot read directory '" + input.string() + "': " + ec.message());
      std::vector<FileEntry> files;
      fs::path last;  // the entry being entered when an error occurs
      for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const auto& path = it->path();
        last = path;
        auto rel = path.lexically_relative(input);
        FileEntry entry;
        entry.path = path;
        entry.origin = (input / rel).generic_string();
        std::error_code type_ec;
        if (it->is_symlink(type_ec) && it->is_directory(type_ec)) {
          // Not followed: a link back up the tree would loop forever.
          entry.skip_reason = "symbolic link to a directory (not followed)";
          files.push_back(std::move(entry));
          continue;
        }
        if (it->is_directory(type_ec)) {
          // Hidden directories (.git, .cache) hold no articles; one line says so.
          if (path.filename().string().starts_with(".")) {
            it.disable_recursion_pending();
            entry.kind = FileKind::other;
            entry.skip_reason = "hidden directory";
            files.push_back(std::move(entry));
          }
          continue;
        }
        if (!it->is_regular_file(type_ec)) {
          entry.skip_reason = "not a regular file";
        } else {
          entry.kind = kind_of_extension(path);
          if (entry.kind == FileKind::other) {
            entry.not_an_article = true;
            auto ext = path.extension().string();
            entry.skip_reason = ext.empty() ? "no .txt, .html or .jsonl extension"
                                            : "unsupported file type '" + ext +
                                                  "' (not .txt, .html, .htm or .jsonl)";
          }
          entry.id = rel.parent_path().empty() ? rel.stem().generic_string()
                                               : (rel.parent_path() / rel.stem()).generic_string();
        }
        files.push_back(std::move(entry));
      }
      if (ec)
        throw IoError("cannot read directory '" + (last.empty() ? input : last).string() +
                      "': " + ec.message());
      // Relative paths in byte order: the same corpus gives the same order everywhere.
      std::sort(files.begin(), files.end(),
                [](const FileEntry& a, const FileEntry& b) { return a.origin < b.origin; });
      entries_ = std::move(files);
    } else {
      FileEntry entry;
      entry.path = input;
      entry.origin = input.string();
      entry.id = input.stem().string();
      // A file named explicitly is read even without the .txt extension (as HTML
      // if it starts like an HTML document).
      entry.kind = kind_of_extension(input);
      if (entry.kind == FileKind::other) entry.kind = FileKind::text;
      entries_.clear();
      entries_.push_back(std::move(entry));
    }
    next_entry_ = 0;
  }

  std::string read_whole_file(const FileEntry& entry) {
    std::ifstream in(entry.path, std::ios::binary);
    if (!in) throw IoError("cannot open '" + entry.origin + "': " + system_error_text());
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) throw IoError("cannot read '" + entry.origin + "': " + system_error_text());
    return std::move(content).str();
  }

  /// A text article from its bytes; nullopt (and a skip record) if empty or binary.
  std::optional<Document> make_text_document(std::string text, const std::string& origin,
                                             std::string id, bool html = false) {
    // Text in another encoding becomes UTF-8; `read` maps it back to the file.
    SourceMap read;
    // An encoding forced with --encoding, or UTF-16/UTF-32 named by a byte-order mark
    // (Windows' "Unicode" text), is transcoded before anything looks at the bytes:
    // UTF-16 is full of NUL bytes, which would make it look binary.
    const auto unicode = options_.encoding.empty() ? detail::unicode_bom(text) : std::nullopt;
    const bool transcoded_first = unicode || !options_.encoding.empty();
    if (transcoded_first) {
      const std::size_t mark = unicode ? unicode->length : 0;
      auto transcoded = detail::transcode_to_utf8(std::string_view(text).substr(mark),
                                                  unicode ? unicode->encoding : options_.encoding);
      warn_undecodable(origin, transcoded);
      read = std::move(transcoded.map);
      if (mark) {
        SourceMap shift;  // offsets index the file, byte-order mark included
        shift.append(text.size() - mark, mark, text.size(), true);
        read = read.then(shift);
      }
      text = std::move(transcoded.text);
    }
    std::string why;
    if (detail::looks_binary(text, &why)) {
      skip(origin, why);
      return std::nullopt;
    }
    std::size_t bom = !transcoded_first && text.starts_with(kBom) ? kBom.size() : 0;
    if (bom) text.erase(0, bom);
    if (all_blank(text)) {
      skip(origin, "empty file");
      return std::nullopt;
    }
    std::optional<std::string> encoding;
    if (!transcoded_first && detail::needs_transcoding(text)) {
      encoding = detail::detect_encoding(text);
      if (encoding && detail::is_utf8_name(*encoding)) encoding.reset();
    }
    if (encoding) {
      auto transcoded = detail::transcode_to_utf8(text, *encoding);
      warn(origin, "not UTF-8: read as " + transcoded.encoding +
                       " (detected; use --encoding NAME to read it as another encoding)");
      warn_undecodable(origin, transcoded);
      text = std::move(transcoded.text);
      read = std::move(transcoded.map);
    } else if (auto repaired = detail::repair_utf8(text); repaired.invalid_sequences > 0) {
      warn(origin, "invalid UTF-8 at byte " + std::to_string(repaired.first_offset + bom) +
                       " replaced by U+FFFD (" + std::to_string(repaired.invalid_sequences) +
                       " invalid sequence" + (repaired.invalid_sequences == 1 ? "" : "s") +
                       " in the file)");
    }
    Document doc;
    doc.id = std::move(id);
    doc.origin = origin;
    if (html || detail::looks_like_html(text)) {
      auto page = detail::extract_html_text(text);
      if (page.too_deep) {
        skip(origin, "HTML nested deeper than " + std::to_string(detail::kMaxHtmlDepth) +
                         " elements (not parsed)");
        return std::nullopt;
      }
      if (all_blank(page.text)) {
        skip(origin, "no article text in the HTML page");
        return std::nullopt;
      }
      doc.text = std::move(page.text);
      doc.source_map = page.map.then(read);
      if (bom) {
        // Offsets index the file, byte-order mark included.
        SourceMap shift;
        shift.append(text.size(), bom, bom + text.size(), true);
        doc.source_map = doc.source_map.then(shift);
      }
      doc.title = all_blank(page.title) ? first_line(doc.text) : page.title;
      auto date = parse_date(page.date);
      doc.date = date ? *date : find_article_date(doc.text);
      doc.url = std::move(page.url);
      doc.source = std::move(page.source);
      return doc;
    }
    doc.title = first_line(text);
    doc.date = find_article_date(text);
    doc.text = std::move(text);
    doc.source_map = std::move(read);
    return doc;
  }

  std::optional<Document> read_text_file(const FileEntry& entry) {
    return make_text_document(read_whole_file(entry), entry.origin, entry.id,
                              entry.kind == FileKind::html);
  }

  void open_jsonl_file(const FileEntry& entry) {
    auto file = std::make_unique<std::ifstream>(entry.path, std::ios::binary);
    if (!*file) throw IoError("cannot open '" + entry.origin + "': " + system_error_text());
    std::string head(kSniffBytes, '\0');
    file->read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(file->gcount()));
    if (file->bad()) throw IoError("cannot read '" + entry.origin + "': " + system_error_text());
    std::string why;
    if (detail::looks_binary(head, &why)) {
      skip(entry.origin, why);
      return;
    }
    file->clear();
    file->seekg(0);
    JsonlStream stream;
    stream.in = file.get();
    stream.file = std::move(file);
    stream.name = entry.origin;
    jsonl_ = std::move(stream);
  }

  /// Standard input: JSONL if the first non-blank byte is '{', else one article.
  std::optional<Document> start_stdin() {
    std::istream& in = *stdin_;
    std::string prefix;
    std::size_t newlines = 0;
    int c = 0;
    while ((c = in.get()) != std::char_traits<char>::eof()) {
      prefix.push_back(static_cast<char>(c));
      if (prefix == kBom.substr(0, prefix.size())) continue;  // part of a byte-order mark
      if (!is_blank(static_cast<char>(c))) break;
      if (c == '\n') ++newlines;
    }
    if (in.bad()) throw IoError("cannot read standard input: " + system_error_text());
    std::string_view content = prefix;
    if (content.starts_with(kBom)) content.remove_prefix(kBom.size());
    if (!content.empty() && content.back() == '{') {
      JsonlStream stream;
      stream.in = &in;
      stream.name = std::string(kStdinName);
      // Blank lines before the first record still count for line numbers.
      std::size_t last_nl = prefix.rfind('\n');
      stream.line = newlines;
      stream.offset = last_nl == std::string::npos ? 0 : last_nl + 1;
      stream.pending = last_nl == std::string::npos ? prefix : prefix.substr(last_nl + 1);
      jsonl_ = std::move(stream);
      return std::nullopt;
    }
    std::ostringstream rest;
    if (in.peek() != std::char_traits<char>::eof()) rest << in.rdbuf();
    if (in.bad()) throw IoError("cannot read standard input: " + system_error_text());
    std::string text = prefix + std::move(rest).str();
    return make_text_document(std::move(text), std::string(kStdinName), "stdin");
  }

  std::optional<Document> next_jsonl() {
    JsonlStream& s = *jsonl_;
    std::string line;
    while (true) {
      if (!std::getline(*s.in, line)) {
        if (s.in->bad()) throw IoError("cannot read '" + s.name + "': " + system_error_text());
        if (s.pending.empty()) {
          if (!s.any_record) skip(s.name, "empty file");
          return std::nullopt;
        }
        line.clear();  // the pending prefix alone is the last line
      }
      if (!s.pending.empty()) {
        line.insert(0, s.pending);
        s.pending.clear();
      }
      ++s.line;
      std::size_t line_offset = s.offset;
      s.offset += line.size() + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (s.line == 1 && std::string_view(line).starts_with(kBom)) {
        line.erase(0, kBom.size());
        line_offset += kBom.size();
      }
      if (all_blank(line)) continue;
      s.any_record = true;
      std::string origin = s.name + ":" + std::to_string(s.line);
      // Forced, every line is transcoded. Else the encoding is detected once per
      // file, at its first line that is not UTF-8 (one warning for the file, not
      // one per line), and used for every line that is not UTF-8.
      if (!options_.encoding.empty()) {
        auto transcoded = detail::transcode_to_utf8(line, options_.encoding);
        warn_undecodable(s.name, transcoded, s.line);
        line = std::move(transcoded.text);
      } else if (detail::needs_transcoding(line)) {
        if (s.encoding.empty()) {
          auto found = detail::detect_encoding(line);
          s.encoding = found && !detail::is_utf8_name(*found) ? *found : "UTF-8";
          if (s.encoding != "UTF-8")
            warn(s.name, "not UTF-8: read as " + s.encoding + " (detected at line " +
                             std::to_string(s.line) +
                             "; use --encoding NAME to read it as another encoding)");
        }
        if (s.encoding != "UTF-8") line = detail::transcode_to_utf8(line, s.encoding).text;
      }
      if (auto repaired = detail::repair_utf8(line); repaired.invalid_sequences > 0) {
        warn(origin, "invalid UTF-8 at byte " +
                         std::to_string(line_offset + repaired.first_offset) +
                         " of the file replaced by U+FFFD (" +
                         std::to_string(repaired.invalid_sequences) + " invalid sequence" +
                         (repaired.invalid_sequences == 1 ? "" : "s") + " in the line)");
      }
      try {
        auto doc = parse_record(line);
        if (!doc) {
          skip(origin, "empty article text");
          continue;
        }
        doc->origin = origin;
        if (all_blank(doc->title)) doc->title = first_line(doc->text);
        if (doc->date.empty()) doc->date = find_article_date(doc->text);
        return doc;
      } catch (const RecordError& e) {
        if (!options_.keep_going) throw ParseError(origin + ": " + e.reason);
        skip(origin, e.reason);
      }
    }
  }

  std::vector<fs::path> inputs_;
  ReadOptions options_;
  std::istream* stdin_;
  std::size_t next_input_ = 0;
  std::vector<FileEntry> entries_;
  std::size_t next_entry_ = 0;
  std::optional<JsonlStream> jsonl_;
  std::unordered_set<std::string> ids_;
  std::size_t ordinal_ = 0;  // documents read so far, in every shard
  bool quiet_ = false;       // a shard other than 0 leaves the logging to shard 0
};

CorpusReader::CorpusReader(std::vector<fs::path> inputs, ReadOptions options)
    : impl_(std::make_unique<Impl>(std::move(inputs), options, &std::cin)) {}
CorpusReader::~CorpusReader() = default;
CorpusReader::CorpusReader(CorpusReader&&) noexcept = default;
CorpusReader& CorpusReader::operator=(CorpusReader&&) noexcept = default;

std::optional<Document> CorpusReader::next() { return impl_->next(); }

const ReadStats& CorpusReader::stats() const noexcept { return impl_->stats; }

std::vector<Document> read_corpus(const std::vector<fs::path>& inputs, ReadOptions options,
                                  ReadStats* stats) {
  CorpusReader reader(inputs, options);
  std::vector<Document> documents;
  while (auto doc = reader.next()) documents.push_back(std::move(*doc));
  if (stats) *stats = reader.stats();
  return documents;
}

namespace detail {

std::vector<Document> read_stream(std::istream& in, ReadOptions options, ReadStats* stats) {
  CorpusReader::Impl impl({"-"}, options, &in);
  std::vector<Document> documents;
  while (auto doc = impl.next()) documents.push_back(std::move(*doc));
  if (stats) *stats = impl.stats;
  return documents;
}

}  // namespace detail
}  // namespace actorgraph
