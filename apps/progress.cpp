#include "progress.hpp"

#include <algorithm>
#include <cstdio>
#include <system_error>

#include <spdlog/fmt/fmt.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

namespace actorgraph::cli {

namespace {

bool is_article_file(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".jsonl";
}

std::string clock_text(double seconds) {
  const auto total = static_cast<long long>(seconds + 0.5);
  if (total >= 3600) return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

}  // namespace

std::optional<std::uint64_t> corpus_size_bytes(const std::vector<std::string>& inputs) {
  std::uint64_t total = 0;
  for (const auto& input : inputs) {
    if (input == "-") {
      struct stat st {};
      if (::fstat(STDIN_FILENO, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
      total += static_cast<std::uint64_t>(st.st_size);
      continue;
    }
    std::error_code ec;
    const std::filesystem::path path(input);
    if (std::filesystem::is_directory(path, ec)) {
      std::filesystem::recursive_directory_iterator it(path, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && is_article_file(it->path())) total += it->file_size(ec);
      }
      if (ec) return std::nullopt;
    } else {
      const auto size = std::filesystem::file_size(path, ec);
      if (ec) return std::nullopt;
      total += size;
    }
  }
  return total;
}

std::string format_progress(const BuildProgress& p, std::optional<std::uint64_t> total) {
  const double mb = static_cast<double>(p.bytes) / 1e6;
  const double rate = p.seconds > 0 ? mb / p.seconds : 0.0;
  std::string line = fmt::format("{} docs  {:.1f} MB  {:.1f} MB/s", p.documents, mb, rate);
  if (total && *total > 0) {
    // Text is a little smaller than the files it came from: never claim 100 % early.
    const double fraction = p.done ? 1.0 : std::min(0.99, static_cast<double>(p.bytes) / static_cast<double>(*total));
    line += fmt::format("  {:.0f}%", fraction * 100);
    if (!p.done && rate > 0 && fraction > 0) {
      line += "  ETA " + clock_text(p.seconds * (1 - fraction) / fraction);
    }
  }
  if (p.done) line += "  in " + clock_text(p.seconds);
  return line;
}

ProgressCallback terminal_progress(std::optional<std::uint64_t> total) {
  if (!::isatty(STDERR_FILENO) || !spdlog::should_log(spdlog::level::info)) return {};
  return [total](const BuildProgress& p) {
    // \r and erase-line redraw in place; the final report clears the line so the
    // summary logged next starts on a clean line.
    if (p.done) {
      std::fputs("\r\033[K", stderr);
    } else {
      std::fprintf(stderr, "\r\033[K%s", format_progress(p, total).c_str());
    }
    std::fflush(stderr);
  };
}

}  // namespace actorgraph::cli
