#pragma once
// One careful reader and one careful writer for every file the program reads
// or writes itself (mission and settings files, TLEs, catalogues, fonts,
// textures, CSV, PNG, subtitles), behaving like a careful Unix tool:
// - reading never hangs on a FIFO without a writer and never reads forever
//   (/dev/zero, a file of gigabytes): it refuses anything but a regular file
//   of at most the size the caller allows, and says which file and why;
// - writing goes to a temporary file beside the target and is renamed over it
//   only when every byte, the fsync and the close succeeded, so a full disk
//   never leaves a half-written file under the real name nor an earlier good
//   one lost; a device or pipe (/dev/stdout, /dev/null, a FIFO) is written
//   straight, and any failure (/dev/full: ENOSPC) is an error, never "wrote".
// Messages are whole sentences naming the file; Error::sysErrno keeps errno.

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "base/result.h"

namespace rv::io {

// Size limits for the files we read: far above any real file, far below
// what would hurt to hold in memory.
inline constexpr std::uint64_t kTextFileLimit = 16u << 20;    // TOML, TLE, settings, shots
inline constexpr std::uint64_t kDataFileLimit = 64u << 20;    // star catalogue, fonts
inline constexpr std::uint64_t kImageFileLimit = 512u << 20;  // compressed textures

// The whole of a regular file at `path`. `what` names it in messages ("mission
// file": "x is a directory, not a mission file"). Errors: kBadInput for a path
// that is missing, not a regular file or over `maxBytes`; kIo when reading
// fails.
Result<std::string> readFile(const std::string& path, std::string_view what,
                             std::uint64_t maxBytes);

// A file being written; nothing appears under its name until commit()
// succeeds. Destroyed without commit, it removes its temporary file.
class FileWriter {
 public:
  // Opens the temporary file (or the device). Error: "cannot write PATH: why".
  static Result<FileWriter> open(const std::string& path);

  FileWriter(FileWriter&&) noexcept;
  FileWriter& operator=(FileWriter&&) noexcept;
  ~FileWriter();

  // For code that writes to a std::ostream; a failed write is remembered and
  // reported by commit().
  std::ostream& stream();
  Result<void> write(std::string_view bytes);
  // Flushes, fsyncs, closes and renames into place. Error: "cannot write
  // PATH: why" with sysErrno (ENOSPC for a full disk or /dev/full).
  Result<void> commit();

 private:
  struct Impl;
  explicit FileWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

// open + write + commit.
Result<void> writeFile(const std::string& path, std::string_view bytes);

}  // namespace rv::io
