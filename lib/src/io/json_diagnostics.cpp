#include "io/json_diagnostics.hpp"

#include <algorithm>

#include <rapidjson/stringbuffer.h>

namespace actorgraph::detail {

std::optional<std::size_t> json_too_deep_at(std::string_view json, std::size_t max_depth) noexcept {
  std::size_t depth = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

std::string json_line_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const auto line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t last_newline = before.rfind('\n');
  const std::size_t column = last_newline == std::string_view::npos ? offset + 1 : offset - last_newline;
  return std::to_string(line) + ":" + std::to_string(column);
}

std::string json_pointer_text(const rapidjson::Pointer& pointer, std::string_view root_text) {
  rapidjson::StringBuffer buffer;
  pointer.Stringify(buffer);
  std::string text = buffer.GetString();
  return text.empty() ? std::string(root_text) : text;
}

}  // namespace actorgraph::detail
