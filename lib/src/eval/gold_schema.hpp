// The gold-standard JSON schema (schemas/gold.schema.json), embedded at build time.
#pragma once

#include <string_view>

namespace actorgraph::detail {

/// The text of schemas/gold.schema.json (JSON Schema draft-04).
std::string_view gold_schema_json() noexcept;

}  // namespace actorgraph::detail
