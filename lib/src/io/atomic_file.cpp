// Atomic file replacement on POSIX: O_EXCL temporary in the same directory
// (rename is only atomic within one file system), fsync, rename, fsync the directory.
#include "io/atomic_file.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <memory>
#include <sstream>
#include <streambuf>
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

int AtomicFile::open_temporary() {
  const OutputTarget resolved = resolve_output_target(target_);
  resolved_ = resolved.path;
  mode_ = resolved.mode;
  fd_ = resolved.fd;
  if (mode_ != OutputMode::replace) return -1;
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
  if (exists) {
    ::fchmod(fd, existing.st_mode & 07777);
    if (::geteuid() == 0 && ::fchown(fd, existing.st_uid, existing.st_gid) != 0) {
      // Best effort: the data matters more than the owner.
    }
  }
  return fd;
}

void AtomicFile::finish_temporary(int fd, const std::function<void(int)>& fill) {
  try {
    fill(fd);
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

AtomicFile::AtomicFile(std::filesystem::path target, std::string contents)
    : target_(std::move(target)) {
  const int fd = open_temporary();
  if (fd < 0) {
    direct_contents_ = std::move(contents);
    pending_ = true;
    return;
  }
  finish_temporary(fd, [&](int out) { write_all(out, contents, target_); });
}

namespace {

/// An output stream buffer over a file descriptor: 64 KiB at a time. A failed
/// write is remembered (streams swallow exceptions from their buffers) and
/// rethrown by the owner once the writer returns.
class DescriptorBuffer : public std::streambuf {
 public:
  DescriptorBuffer(int fd, const std::filesystem::path& target) : fd_(fd), target_(target) {
    setp(buffer_, buffer_ + sizeof buffer_);
  }
  /// Writes what is buffered; throws IoError if this or an earlier write failed.
  void drain() {
    flush_buffer();
    if (error_ != 0) fail(target_, "write", error_);
  }

 protected:
  int_type overflow(int_type c) override {
    if (!flush_buffer()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return flush_buffer() ? 0 : -1; }
  std::streamsize xsputn(const char* data, std::streamsize size) override {
    if (size >= static_cast<std::streamsize>(sizeof buffer_)) {  // large: past the buffer
      if (!flush_buffer() || !write_through({data, static_cast<std::size_t>(size)})) return 0;
      return size;
    }
    return std::streambuf::xsputn(data, size);
  }

 private:
  bool write_through(std::string_view bytes) {
    while (!bytes.empty() && error_ == 0) {
      const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
      if (n < 0) {
        if (errno != EINTR) error_ = errno;
        continue;
      }
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return error_ == 0;
  }
  bool flush_buffer() {
    const bool ok = write_through({pbase(), static_cast<std::size_t>(pptr() - pbase())});
    setp(buffer_, buffer_ + sizeof buffer_);
    return ok;
  }

  int fd_;
  const std::filesystem::path& target_;
  int error_ = 0;
  char buffer_[64 * 1024];
};

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target,
                       const std::function<void(std::ostream&)>& writer)
    : target_(std::move(target)) {
  const int fd = open_temporary();
  if (fd < 0) {
    direct_contents_ = render_to_string(writer);
    pending_ = true;
    return;
  }
  finish_temporary(fd, [&](int out) {
    auto buffer = std::make_unique<DescriptorBuffer>(out, target_);
    std::ostream stream(buffer.get());
    writer(stream);
    stream.flush();
    buffer->drain();
    if (!stream) throw IoError("cannot write '" + target_.string() + "': stream error");
  });
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
  AtomicFile file(path, writer);
  file.commit();
}

}  // namespace actorgraph::detail
