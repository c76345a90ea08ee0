// The graph JSON schema (schemas/graph.schema.json), embedded at build time.
#pragma once

#include <string_view>

namespace actorgraph::detail {

/// The text of schemas/graph.schema.json (JSON Schema draft-04).
std::string_view graph_schema_json() noexcept;

}  // namespace actorgraph::detail
