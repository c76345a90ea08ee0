// A one-line progress display for long runs, drawn on stderr only when it is a
// terminal and the user did not ask for quiet (-q).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "actorgraph/pipeline.hpp"

namespace actorgraph::cli {

/// The total size of the article files under `inputs` (.txt and .jsonl files in
/// folders, any file given directly), for an ETA; nullopt when unknown (stdin
/// that is not a regular file, unreadable paths).
std::optional<std::uint64_t> corpus_size_bytes(const std::vector<std::string>& inputs);

/// The progress line for one report: "1234 docs  56.7 MB  12.3 MB/s  45%  ETA 0:12".
/// The ETA compares bytes of document text with `total` bytes of files, so it is
/// an estimate (JSON escaping and metadata make files a little larger).
std::string format_progress(const BuildProgress& progress, std::optional<std::uint64_t> total);

/// A callback that redraws the line on stderr, or an empty one when stderr is not
/// a terminal or logging is quieter than "info".
ProgressCallback terminal_progress(std::optional<std::uint64_t> total);

}  // namespace actorgraph::cli
