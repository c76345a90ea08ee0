// Helpers shared by the unit tests.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <unistd.h>

#include "actorgraph/lexicon.hpp"
#include "actorgraph/pipeline.hpp"

namespace actorgraph::test {

/// The repository root (set by CMake).
inline std::filesystem::path source_dir() { return ACTORGRAPH_SOURCE_DIR; }

/// $ACTORGRAPH_SHARED_DIR, else the sibling `shared/` folder of the checkout, or empty if absent
/// (a user's clone has none; tests that need it skip with a message).
inline std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("ACTORGRAPH_SHARED_DIR"); env && *env)
    return std::filesystem::is_directory(env) ? std::filesystem::path(env) : std::filesystem::path{};
  auto p = source_dir().parent_path() / "shared";
  return std::filesystem::is_directory(p) ? p : std::filesystem::path{};
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Writes `content` to `path` byte for byte, creating its folders.
inline void write_file(const std::filesystem::path& path, std::string_view content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

/// One single-threaded pipeline over the builtin lexicon, built on first use.
inline const Pipeline& builtin_pipeline() {
  static const Pipeline pipeline(Lexicon::builtin(), PipelineOptions{1, {}});
  return pipeline;
}

/// A fresh empty directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  explicit TempDir(const std::string& name) {
    path_ = std::filesystem::temp_directory_path() /
            ("actorgraph-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace actorgraph::test
