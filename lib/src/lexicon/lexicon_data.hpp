// The lexicon data embedded at build time (see lib/cmake/lexicon_data.cmake).
#pragma once

#include <string_view>

namespace actorgraph::detail {

/// Text of schemas/lexicon.schema.json.
std::string_view lexicon_schema_text() noexcept;
/// Text of lib/data/default_lexicon.json.
std::string_view default_lexicon_text() noexcept;

}  // namespace actorgraph::detail
