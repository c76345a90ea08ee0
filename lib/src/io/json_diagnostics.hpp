// What every JSON reader (graph, gold, lexicon, corpus records) needs to refuse
// hostile input and to say where a file is wrong: one copy, so that the messages
// and the nesting guard agree across readers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/pointer.h>

namespace actorgraph::detail {

/// Our files nest a handful of levels; 64 is far beyond any of them.
inline constexpr std::size_t kMaxJsonDepth = 64;

/// RapidJSON's DOM parse and Accept() (schema validation) recurse once per level
/// of nesting, so input nested thousands deep would exhaust the stack. Returns
/// the byte offset where `json` first nests deeper than `max_depth` arrays and
/// objects (brackets inside strings do not count), or nullopt. One linear scan.
std::optional<std::size_t> json_too_deep_at(std::string_view json,
                                            std::size_t max_depth = kMaxJsonDepth) noexcept;

/// A byte offset into `text` as "line:column", both 1-based; offsets past the end
/// are clamped to it. Columns count bytes, as RapidJSON's error offsets do.
std::string json_line_column(std::string_view text, std::size_t offset);

/// A JSON pointer as text ("/actors/3/name"); the document root, whose pointer is
/// the empty string, is written `root_text` so that a message never names "".
std::string json_pointer_text(const rapidjson::Pointer& pointer, std::string_view root_text = "/");

}  // namespace actorgraph::detail
