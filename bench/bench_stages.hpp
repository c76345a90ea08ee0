// Stage-by-stage timing of the pipeline, mirroring Pipeline::analyze.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace actorgraph::bench {

struct StageTimes {
  std::vector<std::pair<std::string, double>> seconds;  ///< In pipeline order.
  std::size_t documents = 0;
  std::size_t sentences = 0;
  std::size_t tokens = 0;
  std::size_t parsed_sentences = 0;  ///< Sentences the parse stage tagged and parsed.
  std::size_t parsed_tokens = 0;
};

/// Reads `file` and runs every stage on each document on this thread, timing
/// each stage separately.
StageTimes time_stages(const std::filesystem::path& file);

}  // namespace actorgraph::bench
