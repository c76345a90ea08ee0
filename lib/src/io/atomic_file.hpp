// Atomic replacement of a file: write a temporary sibling, fsync, rename.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace actorgraph::detail {

/// A file being replaced atomically. The constructor writes `contents` to a new
/// temporary file in the target's directory and flushes it to disk; commit()
/// renames it over the target. If commit() is never reached (an exception, a
/// second file failing first), the destructor removes the temporary, so readers
/// only ever see the old file or the complete new one.
/// Throws IoError naming the path on any failure.
class AtomicFile {
 public:
  AtomicFile(std::filesystem::path target, std::string_view contents);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;

  /// Renames the temporary onto the target. Throws IoError on failure.
  void commit();

  const std::filesystem::path& target() const noexcept { return target_; }
  const std::filesystem::path& temporary() const noexcept { return temporary_; }

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;  ///< Empty once committed or moved from.
};

/// Writes `contents` to `path` atomically (AtomicFile + commit).
void write_file_atomically(const std::filesystem::path& path, std::string_view contents);

/// Runs `writer` on an in-memory stream and returns what it wrote. If the writer
/// throws, nothing has touched the disk yet.
std::string render_to_string(const std::function<void(std::ostream&)>& writer);

/// Renders with `writer`, then writes the result to `path` atomically. A writer
/// that throws midway leaves any existing file at `path` untouched.
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& writer);

}  // namespace actorgraph::detail
