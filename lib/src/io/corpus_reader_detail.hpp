// Internals of the corpus reader exposed for tests.
#pragma once

#include <istream>
#include <string_view>
#include <vector>

#include "actorgraph/corpus_reader.hpp"

namespace actorgraph::detail {

/// Reads `in` exactly as CorpusReader reads standard input for the input "-"
/// (JSONL if the first non-blank byte is '{', else one text article "stdin").
std::vector<Document> read_stream(std::istream& in, ReadOptions options, ReadStats* stats);

/// True if the first 8 KiB of `head` look binary (NUL bytes or > 10 % control bytes);
/// `why` receives the reason.
bool looks_binary(std::string_view head, std::string* why = nullptr);

}  // namespace actorgraph::detail
