// Where a file named by the user really gets written, decided before writing:
// the rules that keep `-o PATH` from touching anything but what was asked for.
#pragma once

#include <filesystem>

namespace actorgraph {

/// How an output path is written.
enum class OutputMode {
  /// A regular file (or one not there yet): written to a temporary file in the
  /// same folder, then renamed onto `path`, so readers only ever see the old
  /// file or the complete new one.
  replace,
  /// A character device (/dev/null, a terminal) or a FIFO: opened and written in
  /// place, never renamed over (renaming would replace the device node itself).
  direct,
  /// /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N: the process's own
  /// file descriptor `fd`, written as the shell set it up (a pipe, a file
  /// opened for appending, ...).
  descriptor,
};

/// The resolved form of an output path.
struct OutputTarget {
  /// What to open or rename onto. For a symlink (or a chain of them), the file it
  /// finally points to: the link survives and its target gets the new contents,
  /// written atomically in the target's own folder.
  std::filesystem::path path;
  OutputMode mode = OutputMode::replace;
  int fd = -1;  ///< Only for OutputMode::descriptor.
};

/// Resolves `path` as described above. Throws IoError naming `path` for a
/// folder, a block device, a socket, a symlink loop or a file name that is empty.
/// Touches nothing: it only looks at the file system.
OutputTarget resolve_output_target(const std::filesystem::path& path);

}  // namespace actorgraph
