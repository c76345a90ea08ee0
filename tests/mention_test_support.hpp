// Text preparation for the mention and resolution tests: the library's own
// segmenter and tagger, so the tests see the tokens the pipeline sees.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/text.hpp"

#include "text/segmenter.hpp"
#include "syntax/tagger.hpp"

namespace actorgraph::test {

/// Sentences of `text` (one body block; the first line is a headline when `headline`).
inline std::vector<Sentence> prepare(std::string_view text, bool headline = false) {
  std::vector<TextBlock> blocks;
  if (headline) {
    const auto nl = text.find('\n');
    blocks.push_back({0, nl == std::string_view::npos ? text.size() : nl, BlockKind::headline});
    if (nl != std::string_view::npos) blocks.push_back({nl + 1, text.size(), BlockKind::body});
  } else {
    blocks.push_back({0, text.size(), BlockKind::body});
  }
  auto sentences = segment(text, blocks);
  for (auto& s : sentences) Tagger::builtin().tag(s);
  return sentences;
}

}  // namespace actorgraph::test
