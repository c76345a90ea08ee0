#include "table.hpp"

#include <unistd.h>

#include <algorithm>

namespace actorgraph::cli {
namespace {

std::string clean_cell(const std::string& cell) {
  std::string out = cell;
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return out;
}

// Display width in code points: good enough for aligning names with accents.
std::size_t display_width(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

void Table::print(std::FILE* out) const {
  const bool aligned = ::isatty(::fileno(out)) != 0;
  std::vector<std::vector<std::string>> all;
  all.reserve(rows_.size() + 1);
  all.push_back(header_);
  for (const auto& row : rows_) all.push_back(row);
  for (auto& row : all) {
    row.resize(header_.size());
    for (auto& cell : row) cell = clean_cell(cell);
  }
  if (!aligned) {
    for (const auto& row : all) {
      for (std::size_t i = 0; i < row.size(); ++i) {
        std::fputs(row[i].c_str(), out);
        std::fputc(i + 1 < row.size() ? '\t' : '\n', out);
      }
    }
    return;
  }
  std::vector<std::size_t> widths(header_.size(), 0);
  for (const auto& row : all)
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
  for (const auto& row : all) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line.append(widths[i] - display_width(row[i]) + 2, ' ');
    }
    std::fputs(line.c_str(), out);
    std::fputc('\n', out);
  }
}

}  // namespace actorgraph::cli
