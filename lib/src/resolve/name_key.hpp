// Internal view of name keys: the computation behind actorgraph::name_key, which memoises it.
#pragma once

#include <string>
#include <string_view>

namespace actorgraph::detail {

/// name_key() without its per-thread memo (for tests of the memo).
std::string name_key_uncached(std::string_view name);

}  // namespace actorgraph::detail
