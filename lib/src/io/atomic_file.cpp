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

AtomicFile::AtomicFile(std::filesystem::path target, std::string_view contents)
    : target_(std::move(target)) {
  if (target_.filename().empty()) throw IoError("cannot write '" + target_.string() + "': not a file name");
  int fd = -1;
  for (unsigned attempt = 0; fd < 0; ++attempt) {
    std::filesystem::path candidate = temporary_name(target_, attempt);
    // 0666 minus the umask: the same permissions a plain ofstream would give.
    fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      temporary_ = std::move(candidate);
    } else if (errno != EEXIST || attempt > 100) {
      fail(target_, "cannot create a temporary file in its directory", errno);
    }
  }
  try {
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
    throw;
  }
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : target_(std::move(other.target_)), temporary_(std::move(other.temporary_)) {
  other.temporary_.clear();
}

AtomicFile::~AtomicFile() {
  if (!temporary_.empty()) {
    std::error_code ec;
    std::filesystem::remove(temporary_, ec);
  }
}

void AtomicFile::commit() {
  if (temporary_.empty()) throw IoError("cannot write '" + target_.string() + "': already committed");
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    int error = errno;
    std::error_code ec;
    std::filesystem::remove(temporary_, ec);
    temporary_.clear();
    fail(target_, "rename", error);
  }
  temporary_.clear();
  sync_directory(target_.parent_path());
}

void write_file_atomically(const std::filesystem::path& path, std::string_view contents) {
  AtomicFile file(path, contents);
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
  write_file_atomically(path, render_to_string(writer));
}

}  // namespace actorgraph::detail
