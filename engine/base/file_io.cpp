#include "base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <streambuf>

namespace rv::io {
namespace {

std::string why(int err) {
  return std::strerror(err);
}

Error ioError(std::string message, ErrorKind kind, int err) {
  return Error{std::move(message), kind, err};
}

// A plain-language name for what stat found, for "X is a ..., not a WHAT".
const char* notRegularName(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "not a regular file";
}

// Closes the descriptor on every path out of readFile.
struct FdCloser {
  int fd;
  ~FdCloser() {
    if (fd >= 0) ::close(fd);
  }
};

// Reads to the end, retrying EINTR and short reads; stops one byte past
// maxBytes so that a file that grew after fstat is still refused.
Result<std::string> readAll(int fd, const std::string& path, std::string_view what,
                            std::uint64_t maxBytes, std::uint64_t sizeHint) {
  std::string text;
  text.resize(static_cast<size_t>(std::min<std::uint64_t>(sizeHint, maxBytes) + 1));
  size_t used = 0;
  for (;;) {
    if (used == text.size()) {
      if (used > maxBytes) break;
      text.resize(static_cast<size_t>(std::min<std::uint64_t>(text.size() * 2, maxBytes + 1)));
    }
    const ssize_t n = ::read(fd, text.data() + used, text.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      return ioError(path + ": cannot read the " + std::string(what) + ": " + why(err),
                     ErrorKind::kIo, err);
    }
    if (n == 0) break;
    used += static_cast<size_t>(n);
  }
  if (used > maxBytes) {
    return ioError(path + " is larger than a " + std::string(what) + " can be (" +
                       std::to_string(maxBytes) + " bytes at most)",
                   ErrorKind::kBadInput, EFBIG);
  }
  text.resize(used);
  return text;
}

}  // namespace

Result<std::string> readFile(const std::string& path, std::string_view what,
                             std::uint64_t maxBytes) {
  // O_NONBLOCK: opening a FIFO that no one writes returns at once instead of
  // waiting for a writer; fstat then refuses it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    const int err = errno;
    std::string message = path + ": cannot open the " + std::string(what);
    if (err != ENOENT) message += ": " + why(err);
    return ioError(std::move(message), ErrorKind::kBadInput, err);
  }
  FdCloser closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    return ioError(path + ": cannot read the " + std::string(what) + ": " + why(err),
                   ErrorKind::kIo, err);
  }
  if (!S_ISREG(st.st_mode)) {
    return ioError(path + " is " + notRegularName(st.st_mode) + ", not a " + std::string(what),
                   ErrorKind::kBadInput, S_ISDIR(st.st_mode) ? EISDIR : EINVAL);
  }
  if (static_cast<std::uint64_t>(st.st_size) > maxBytes) {
    return ioError(path + " is larger than a " + std::string(what) + " can be (" +
                       std::to_string(maxBytes) + " bytes at most)",
                   ErrorKind::kBadInput, EFBIG);
  }
  // Regular files ignore O_NONBLOCK, but clear it so reads are plain ones.
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return readAll(fd, path, what, maxBytes, static_cast<std::uint64_t>(st.st_size));
}

// ---------------------------------------------------------------------------
// Writing.

struct FileWriter::Impl final : std::streambuf {
  std::string path;
  std::string tmpPath;  // empty when writing straight to a device or pipe
  int fd = -1;
  int firstErrno = 0;  // the first failed write; later ones are skipped
  bool committed = false;
  char buffer[1 << 16];
  std::ostream os{this};

  Impl() { setp(buffer, buffer + sizeof buffer); }
  ~Impl() override {
    if (fd >= 0) ::close(fd);
    if (!committed && !tmpPath.empty()) ::unlink(tmpPath.c_str());
  }

  // Every byte or the errno that stopped it: retries EINTR and short writes.
  void writeAll(const char* data, size_t size) {
    while (size > 0 && firstErrno == 0) {
      const ssize_t n = ::write(fd, data, size);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        firstErrno = errno;
      } else if (n == 0) {
        firstErrno = EIO;  // write(2) promises progress; do not spin
      } else {
        data += n;
        size -= static_cast<size_t>(n);
      }
    }
  }
  void flushBuffer() {
    writeAll(pbase(), static_cast<size_t>(pptr() - pbase()));
    setp(buffer, buffer + sizeof buffer);
  }
  int_type overflow(int_type c) override {
    flushBuffer();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return firstErrno == 0 ? traits_type::not_eof(c) : traits_type::eof();
  }
  int sync() override {
    flushBuffer();
    return firstErrno == 0 ? 0 : -1;
  }
  Error failure(int err) const {
    return ioError("cannot write " + path + ": " + why(err), ErrorKind::kIo, err);
  }
};

namespace {

// /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name descriptors
// this process already holds: those are duplicated rather than opened again,
// so `-o /dev/stdout >>log` appends and a pipe keeps its reader.
int inheritedFd(const std::string& path) {
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (path.compare(0, prefix.size(), prefix) != 0) continue;
    const char* first = path.data() + prefix.size();
    const char* last = path.data() + path.size();
    int fd = -1;
    const auto [end, ec] = std::from_chars(first, last, fd);
    if (ec == std::errc() && end == last && first != last) return fd;
  }
  return -1;
}

// Opens a device or FIFO for writing; O_NONBLOCK so a FIFO without a reader
// fails (ENXIO) instead of hanging, then blocking writes.
int openStraight(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd >= 0) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return fd;
}

}  // namespace

FileWriter::FileWriter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
FileWriter::FileWriter(FileWriter&&) noexcept = default;
FileWriter& FileWriter::operator=(FileWriter&&) noexcept = default;
FileWriter::~FileWriter() = default;

Result<FileWriter> FileWriter::open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  struct stat st {};
  if (const int inherited = inheritedFd(path); inherited >= 0) {
    impl->fd = ::fcntl(inherited, F_DUPFD_CLOEXEC, 3);
  } else if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return impl->failure(EISDIR);
  } else if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    impl->fd = openStraight(path);
  } else {
    impl->tmpPath = path + ".part";
    impl->fd =
        ::open(impl->tmpPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (impl->fd < 0) impl->tmpPath.clear();  // nothing to remove
  }
  if (impl->fd < 0) return impl->failure(errno);
  return FileWriter(std::move(impl));
}

std::ostream& FileWriter::stream() {
  return m_impl->os;
}

Result<void> FileWriter::write(std::string_view bytes) {
  m_impl->os.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (m_impl->firstErrno != 0) return m_impl->failure(m_impl->firstErrno);
  return {};
}

Result<void> FileWriter::commit() {
  Impl& w = *m_impl;
  w.os.flush();
  int err = w.firstErrno;
  // fsync before rename, or a crash could leave the new name with no data.
  // Pipes and terminals cannot be synced (EINVAL/ENOTSUP); that is no error.
  if (err == 0 && ::fsync(w.fd) != 0 &&
      (!w.tmpPath.empty() || (errno != EINVAL && errno != ENOTSUP && errno != EROFS)))
    err = errno;
  if (::close(w.fd) != 0 && err == 0 && errno != EINTR) err = errno;
  w.fd = -1;
  if (err == 0 && !w.tmpPath.empty() && ::rename(w.tmpPath.c_str(), w.path.c_str()) != 0)
    err = errno;
  if (err != 0) {
    if (!w.tmpPath.empty()) ::unlink(w.tmpPath.c_str());
    w.tmpPath.clear();
    return w.failure(err);
  }
  w.committed = true;
  return {};
}

Result<void> writeFile(const std::string& path, std::string_view bytes) {
  auto writer = FileWriter::open(path);
  if (!writer) return writer.takeError();
  if (auto written = writer->write(bytes); !written) return written;
  return writer->commit();
}

}  // namespace rv::io
