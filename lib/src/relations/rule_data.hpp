// The relation stage's embedded data (see lib/cmake/predicate_data.cmake) and the
// schema validation its loaders share.
#pragma once

#include <string_view>

#include <rapidjson/document.h>

namespace actorgraph::detail {

/// Text of schemas/predicates.schema.json.
std::string_view predicates_schema_text() noexcept;
/// Text of lib/data/predicates.json.
std::string_view default_predicates_text() noexcept;
/// Text of schemas/patterns.schema.json.
std::string_view patterns_schema_text() noexcept;
/// Text of lib/data/patterns/dependency.json.
std::string_view default_patterns_text() noexcept;

/// Parses `json` (named `origin` in messages) and validates it against `schema_text`.
/// Throws ParseError "origin:line:column: ..." for malformed JSON and
/// "origin: /json/pointer: field ... must ..." for a schema violation.
rapidjson::Document parse_validated(std::string_view json, std::string_view origin,
                                    std::string_view schema_text);

}  // namespace actorgraph::detail
