// Output path resolution: symlinks followed to the file they name, devices and
// FIFOs written in place, the process's own descriptors written as they are.
#include "actorgraph/output_target.hpp"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actorgraph/error.hpp"

namespace actorgraph {

namespace {

[[noreturn]] void refuse(const std::filesystem::path& path, std::string_view why) {
  throw IoError("cannot write '" + path.string() + "': " + std::string(why));
}

std::optional<int> parse_fd(std::string_view digits) {
  int fd = -1;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), fd);
  if (ec != std::errc{} || end != digits.data() + digits.size() || fd < 0) return std::nullopt;
  return fd;
}

// /dev/stdout and friends name one of our own descriptors. Opening them again
// would lose how the shell set the descriptor up (appending, a pipe's other
// end), and renaming over them would replace the link itself.
std::optional<int> own_descriptor(const std::filesystem::path& path) {
  const std::string text = path.lexically_normal().string();
  if (text == "/dev/stdin") return 0;
  if (text == "/dev/stdout") return 1;
  if (text == "/dev/stderr") return 2;
  const std::string self = "/proc/" + std::to_string(::getpid()) + "/fd/";
  for (std::string_view prefix :
       {std::string_view("/dev/fd/"), std::string_view("/proc/self/fd/"), std::string_view(self)}) {
    if (text.size() > prefix.size() && text.compare(0, prefix.size(), prefix) == 0)
      return parse_fd(std::string_view(text).substr(prefix.size()));
  }
  return std::nullopt;
}

// Follows a chain of symlinks that ends in a name not there yet (a dangling
// link): the file is created where the last link points.
std::filesystem::path follow_dangling(const std::filesystem::path& path) {
  std::filesystem::path current = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat info {};
    if (::lstat(current.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) return current;
    std::error_code ec;
    const std::filesystem::path next = std::filesystem::read_symlink(current, ec);
    if (ec)
      refuse(path, "cannot read the symbolic link '" + current.string() + "': " + ec.message());
    current = next.is_absolute() ? next : current.parent_path() / next;
  }
  refuse(path, "too many levels of symbolic links");
}

}  // namespace

OutputTarget resolve_output_target(const std::filesystem::path& path) {
  if (path.empty() || path.filename().empty()) refuse(path, "not a file name");
  if (const auto fd = own_descriptor(path)) {
    if (::fcntl(*fd, F_GETFD) < 0)
      refuse(path, "file descriptor " + std::to_string(*fd) + " is not open");
    return {path, OutputMode::descriptor, *fd};
  }
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    const int error = errno;
    if (error == ELOOP) refuse(path, "too many levels of symbolic links");
    if (error != ENOENT) refuse(path, std::strerror(error));
    // Not there (or a dangling link): created by rename, where the link points.
    return {follow_dangling(path), OutputMode::replace, -1};
  }
  if (S_ISREG(info.st_mode)) {
    struct stat link {};
    if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      std::error_code ec;
      std::filesystem::path real = std::filesystem::canonical(path, ec);
      if (ec) refuse(path, "cannot resolve the symbolic link: " + ec.message());
      return {real, OutputMode::replace, -1};
    }
    return {path, OutputMode::replace, -1};
  }
  if (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode)) return {path, OutputMode::direct, -1};
  if (S_ISDIR(info.st_mode)) refuse(path, "it is a folder");
  if (S_ISBLK(info.st_mode)) refuse(path, "it is a block device (refusing to overwrite a disk)");
  if (S_ISSOCK(info.st_mode)) refuse(path, "it is a socket");
  refuse(path, "not a regular file, character device or FIFO");
}

}  // namespace actorgraph
