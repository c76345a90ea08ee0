// Tabular output: aligned columns on a terminal, TSV when piped.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace actorgraph::cli {

/// Rows of cells printed as an aligned table when stdout is a terminal and as
/// tab-separated values otherwise (tabs and newlines inside cells become spaces).
class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  bool empty() const noexcept { return rows_.empty(); }
  void print(std::FILE* out = stdout) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace actorgraph::cli
