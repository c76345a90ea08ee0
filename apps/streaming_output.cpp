#include "streaming_output.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <streambuf>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actorgraph/error.hpp"
#include "actorgraph/output_target.hpp"

namespace actorgraph::cli {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view what, int error) {
  throw IoError("cannot write '" + path.string() + "': " + std::string(what) + ": " +
                std::strerror(error));
}

std::atomic<unsigned> temp_counter{0};

std::filesystem::path temporary_name(const std::filesystem::path& target) {
  return target.parent_path() / ("." + target.filename().string() + ".tmp-" +
                                 std::to_string(::getpid()) + "-" +
                                 std::to_string(temp_counter.fetch_add(1)));
}

}  // namespace

// A write-only stream buffer over a file descriptor that remembers the first error.
class StreamingOutputFile::Buffer : public std::streambuf {
 public:
  explicit Buffer(int fd) : fd_(fd), data_(std::size_t{1} << 20) {
    setp(data_.data(), data_.data() + data_.size());
  }
  ~Buffer() override {
    if (fd_ >= 0) ::close(fd_);
  }
  int fd() const noexcept { return fd_; }
  int error() const noexcept { return error_; }

  bool drain() {
    const char* p = pbase();
    while (p < pptr() && error_ == 0) {
      ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0) {
        if (errno != EINTR) error_ = errno;
        continue;
      }
      p += n;
    }
    setp(data_.data(), data_.data() + data_.size());
    return error_ == 0;
  }

 protected:
  int_type overflow(int_type ch) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  int fd_;
  std::vector<char> data_;
  int error_ = 0;
};

StreamingOutputFile::StreamingOutputFile(std::filesystem::path target) : target_(std::move(target)) {
  const OutputTarget resolved = resolve_output_target(target_);
  resolved_ = resolved.path;
  if (resolved.mode != OutputMode::replace) {
    direct_ = true;
    const int fd = resolved.mode == OutputMode::descriptor
                       ? ::fcntl(resolved.fd, F_DUPFD_CLOEXEC, 3)
                       : ::open(resolved_.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) fail(target_, "open", errno);
    buffer_ = std::make_unique<Buffer>(fd);
    stream_ = std::make_unique<std::ostream>(buffer_.get());
    return;
  }
  const std::filesystem::path dir = resolved_.parent_path().empty() ? "." : resolved_.parent_path();
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0) {
    // Some file systems (and old kernels) lack O_TMPFILE: a named hidden temporary.
    named_temporary_ = temporary_name(resolved_);
    fd = ::open(named_temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) fail(target_, "cannot create a temporary file in its folder", errno);
  }
  buffer_ = std::make_unique<Buffer>(fd);
  stream_ = std::make_unique<std::ostream>(buffer_.get());
}

StreamingOutputFile::~StreamingOutputFile() {
  stream_.reset();
  buffer_.reset();
  if (!committed_ && !named_temporary_.empty()) {
    std::error_code ec;
    std::filesystem::remove(named_temporary_, ec);
  }
}

std::ostream& StreamingOutputFile::stream() { return *stream_; }

void StreamingOutputFile::commit() {
  stream_->flush();
  if (!buffer_->drain() || !*stream_) fail(target_, "write", buffer_->error() ? buffer_->error() : EIO);
  if (direct_) {
    committed_ = true;
    return;
  }
  if (::fsync(buffer_->fd()) != 0) fail(target_, "fsync", errno);
  // Replacing an existing file keeps its permissions.
  if (struct stat existing{}; ::stat(resolved_.c_str(), &existing) == 0)
    ::fchmod(buffer_->fd(), existing.st_mode & 07777);
  if (named_temporary_.empty()) {
    // Give the anonymous file a hidden name, then rename it over the target
    // (linkat cannot replace an existing file).
    named_temporary_ = temporary_name(resolved_);
    const std::string proc = "/proc/self/fd/" + std::to_string(buffer_->fd());
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, named_temporary_.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      const int error = errno;
      named_temporary_.clear();
      fail(target_, "cannot link the temporary file", error);
    }
  }
  if (::rename(named_temporary_.c_str(), resolved_.c_str()) != 0) {
    const int error = errno;
    std::error_code ec;
    std::filesystem::remove(named_temporary_, ec);
    named_temporary_.clear();
    fail(target_, "rename", error);
  }
  committed_ = true;
}

}  // namespace actorgraph::cli
