// The JSON Schema of a JSONL corpus record (schemas/article.schema.json),
// embedded at build time by lib/cmake/article_schema.cmake.
#pragma once

#include <string_view>

namespace actorgraph::detail {

/// The schema text, byte for byte as in schemas/article.schema.json.
std::string_view article_schema_json() noexcept;

}  // namespace actorgraph::detail
