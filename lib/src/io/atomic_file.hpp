// Atomic replacement of a file: write a temporary sibling, fsync, rename. Paths
// that are not regular files are resolved first (actorgraph/output_target.hpp).
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "actorgraph/output_target.hpp"

namespace actorgraph::detail {

/// A file being replaced atomically. The constructor writes `contents` to a new
/// temporary file in the target's directory and flushes it to disk; commit()
/// renames it over the target. If commit() is never reached (an exception, a
/// second file failing first), the destructor removes the temporary, so readers
/// only ever see the old file or the complete new one.
/// The target is resolved by resolve_output_target first: through a symlink the
/// temporary goes to the folder of the file it points to, and the link stays; a
/// character device, a FIFO or one of the process's descriptors (/dev/stdout) is
/// never renamed over: commit() writes `contents` into it directly.
/// Throws IoError naming the path on any failure.
class AtomicFile {
 public:
  AtomicFile(std::filesystem::path target, std::string contents);
  /// As above, with the contents written by `writer`: into the temporary file as
  /// they come (through a 64 KiB buffer), so a large graph is never held in memory
  /// twice; into memory first only for a device, FIFO or descriptor, which is
  /// written at commit(). If `writer` throws, the temporary is removed and the
  /// exception propagates: the target is untouched.
  AtomicFile(std::filesystem::path target, const std::function<void(std::ostream&)>& writer);
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
  std::filesystem::path target_;     ///< As the caller named it (for messages).
  std::filesystem::path resolved_;   ///< The file really written.
  std::filesystem::path temporary_;  ///< Empty once committed or moved from.
  OutputMode mode_ = OutputMode::replace;
  int fd_ = -1;                  ///< OutputMode::descriptor only.
  std::string direct_contents_;  ///< Written by commit() when not replacing.
  bool pending_ = false;         ///< A direct write not done yet.

  /// Resolves the target; for OutputMode::replace creates the temporary and returns
  /// its descriptor (permissions and owner copied from an existing target), else -1.
  int open_temporary();
  /// Flushes, closes and fsyncs the temporary; removes it and rethrows on failure.
  void finish_temporary(int fd, const std::function<void(int)>& fill);
};

/// Writes `contents` to `path` atomically (AtomicFile + commit).
void write_file_atomically(const std::filesystem::path& path, std::string_view contents);

/// Runs `writer` on an in-memory stream and returns what it wrote. If the writer
/// throws, nothing has touched the disk yet.
std::string render_to_string(const std::function<void(std::ostream&)>& writer);

/// Streams `writer`'s output to `path` atomically. A writer that throws midway
/// leaves any existing file at `path` untouched.
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& writer);

}  // namespace actorgraph::detail
