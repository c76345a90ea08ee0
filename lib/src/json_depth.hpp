// A guard against hostile JSON nesting, shared by every JSON reader.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace actorgraph::detail {

/// Our files nest a handful of levels; 64 is far beyond any of them.
inline constexpr std::size_t kMaxJsonDepth = 64;

/// RapidJSON's DOM parse and Accept() (schema validation) recurse once per level
/// of nesting, so input nested thousands deep would exhaust the stack. Returns
/// the byte offset where `json` first nests deeper than `max_depth` arrays and
/// objects (brackets inside strings do not count), or nullopt. One linear scan.
std::optional<std::size_t> json_too_deep_at(std::string_view json,
                                            std::size_t max_depth = kMaxJsonDepth) noexcept;

}  // namespace actorgraph::detail
