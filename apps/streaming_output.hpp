// An output file written as a stream and published atomically: the data goes to
// an anonymous file (O_TMPFILE) in the target's folder, which gets its name only
// in commit(). Until then nothing is visible, and a crash or kill -9 leaves no
// file at all (the kernel drops the anonymous file). File systems without
// O_TMPFILE fall back to a hidden temporary sibling, removed on failure.
// The target is resolved first (actorgraph/output_target.hpp): a symlink is
// written through to its target, in the target's folder; a character device, a
// FIFO or /dev/stdout is written in place as the data comes.
#pragma once

#include <filesystem>
#include <memory>
#include <ostream>

namespace actorgraph::cli {

class StreamingOutputFile {
 public:
  /// Opens the anonymous file; throws IoError naming `target` if it cannot.
  explicit StreamingOutputFile(std::filesystem::path target);
  ~StreamingOutputFile();  ///< Without commit(), discards everything written.
  StreamingOutputFile(const StreamingOutputFile&) = delete;
  StreamingOutputFile& operator=(const StreamingOutputFile&) = delete;

  std::ostream& stream();
  /// Flushes, syncs and renames the data onto the target. Throws IoError (with
  /// the system's reason) if any write failed.
  void commit();

  class Buffer;

 private:
  std::filesystem::path target_;           ///< As the user named it (for messages).
  std::filesystem::path resolved_;         ///< The file that gets the data.
  bool direct_ = false;                    ///< Written in place, no rename.
  std::filesystem::path named_temporary_;  ///< Set only in the fallback mode.
  std::unique_ptr<Buffer> buffer_;
  std::unique_ptr<std::ostream> stream_;
  bool committed_ = false;
};

}  // namespace actorgraph::cli
