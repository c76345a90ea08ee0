// Atomic file replacement on POSIX: O_EXCL temporary in the same directory
// (rename is only atomic within one file system), fsync, rename, fsync the directory.
#include "io/atomic_file.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <sstream>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actorgraph/error.hpp"

namespace actorgraph::detail {

namespace {

std::atomic<unsigned> temp_counter{0};

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view what, int error) {
  throw IoError("cannot write '" + path.string() + "': " + std::string(what) + ": " +
                std::strerror(error));
}

// Unique per process and per call, so concurrent writers never share a temporary.
std::filesystem::path temporary_name(const std::filesystem::path& target, unsigned attempt) {
  std::string name = "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) +
                     "-" + std::to_string(temp_counter.fetch_add(1)) + "-" + std::to_string(attempt);
  return target.parent_path() / name;
}

void write_all(int fd, std::string_view contents, const std::filesystem::path& target) {
  while (!contents.empty()) {
    ssize_t n = ::write(fd, contents.data(), contents.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(target, "write", errno);
    }
    contents.remove_prefix(static_cast<std::size_t>(n));
  }
}

void sync_directory(const std::filesystem::path& dir) {
  // Makes the rename itself durable; best effort, some file systems refuse it.
  int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target, std::string contents)
    : target_(std::move(target)) {
  const OutputTarget resolved = resolve_output_target(target_);
  resolved_ = resolved.path;
  mode_ = resolved.mode;
  fd_ = resolved.fd;
  if (mode_ != OutputMode::replace) {
    direct_contents_ = std::move(contents);
    pending_ = true;
    return;
  }
  // Replacing an existing file keeps its permissions (and, for root, its owner).
  struct stat existing {};
  const bool exists = ::stat(resolved_.c_str(), &existing) == 0;
  int fd = -1;
  for (unsigned attempt = 0; fd < 0; ++attempt) {
    std::filesystem::path candidate = temporary_name(resolved_, attempt);
    // 0666 minus the umask: the same permissions a plain ofstream would give.
    fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      temporary_ = std::move(candidate);
    } else if (errno != EEXIST || attempt > 100) {
      fail(target_, "cannot create a temporary file in its directory", errno);
    }
  }
  try {
    if (exists) {
      ::fchmod(fd, existing.st_mode & 07777);
      if (::geteuid() == 0 && ::fchown(fd, existing.st_uid, existing.st_gid) != 0) {
        // Best effort: the data matters more than the owner.
      }
    }
    write_all(fd, contents, target_);
    if (::fsync(fd) != 0) fail(target_, "fsync", errno);
    if (::close(fd) != 0) {
      fd = -1;
      fail(target_, "close", errno);
    }
    fd = -1;
  } catch (...) {
    if (fd >= 0) ::close(fd);
    std::error_code ec;
    std::filesystem::remove(temporary_, ec);
    temporary_.clear();
    throw;
  }
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : target_(std::move(other.target_)),
      resolved_(std::move(other.resolved_)),
      temporary_(std::move(other.temporary_)),
      mode_(other.mode_),
      fd_(other.fd_),
      direct_contents_(std::move(other.direct_contents_)),
      pending_(other.pending_) {
  other.temporary_.clear();
  other.pending_ = false;
}

AtomicFile::~AtomicFile() {
  if (!temporary_.empty()) {
    std::error_code ec;
    std::filesystem::remove(temporary_, ec);
  }
}

void AtomicFile::commit() {
  if (mode_ != OutputMode::replace) {
    if (!pending_) throw IoError("cannot write '" + target_.string() + "': already committed");
    pending_ = false;
    if (mode_ == OutputMode::descriptor) {
      write_all(fd_, direct_contents_, target_);
    } else {
      // A device or FIFO: written in place (a FIFO waits here for its reader).
      const int fd = ::open(resolved_.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
      if (fd < 0) fail(target_, "open", errno);
      try {
        write_all(fd, direct_contents_, target_);
      } catch (...) {
        ::close(fd);
        throw;
      }
      if (::close(fd) != 0) fail(target_, "close", errno);
    }
    direct_contents_.clear();
    return;
  }
  if (temporary_.empty()) throw IoError("cannot write '" + target_.string() + "': already committed");
  if (::rename(temporary_.c_str(), resolved_.c_str()) != 0) {
    int error = errno;
    std::error_code ec;
    std::filesystem::remove(temporary_, ec);
    temporary_.clear();
    fail(target_, "rename", error);
  }
  temporary_.clear();
  sync_directory(resolved_.parent_path());
}

void write_file_atomically(const std::filesystem::path& path, std::string_view contents) {
  AtomicFile file(path, std::string(contents));
  file.commit();
}

std::string render_to_string(const std::function<void(std::ostream&)>& writer) {
  std::ostringstream out;
  writer(out);
  if (!out) throw IoError("cannot render output: stream error");
  return std::move(out).str();
}

void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& writer) {
  AtomicFile file(path, render_to_string(writer));
  file.commit();
}

}  // namespace actorgraph::detail
