#include "video_encoder.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <mutex>
#include <thread>

#include "base/file_io.h"
#include "render/image_io.h"

extern char** environ;

namespace rv::app {
namespace fs = std::filesystem;

namespace {

// The writer's reason when ffmpeg closes its input early; ffmpeg's own log
// line, read when it is reaped, says why and replaces it.
constexpr const char* kFfmpegStoppedReading = "ffmpeg stopped reading frames";

// Where a pattern's %d or %0Nd sits.
struct PatternParts {
  std::string prefix, suffix;
  int width = 0;
};

std::optional<PatternParts> splitPattern(const std::string& path) {
  const size_t pct = path.find('%');
  if (pct == std::string::npos || path.find('%', pct + 1) != std::string::npos) return std::nullopt;
  size_t i = pct + 1;
  int width = 0;
  while (i < path.size() && path[i] >= '0' && path[i] <= '9') {
    width = width * 10 + (path[i] - '0');
    if (width > 18) return std::nullopt;
    ++i;
  }
  if (i >= path.size() || path[i] != 'd') return std::nullopt;
  return PatternParts{path.substr(0, pct), path.substr(i + 1), width};
}

// ffmpeg's log, read through the careful reader: a log that is missing or
// unreadable says nothing rather than failing the recording a second time.
std::vector<std::string> logLines(const std::string& path) {
  std::vector<std::string> lines;
  const auto text = io::readFile(path, "ffmpeg log", io::kTextFileLimit);
  if (!text) return lines;
  size_t start = 0;
  while (start < text->size()) {
    size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    std::string line = text->substr(start, end - start);
    if (line.find_first_not_of(" \t\r") != std::string::npos) lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

std::string lastLine(const std::string& path) {
  const auto lines = logLines(path);
  return lines.empty() ? std::string() : lines.back();
}

// ffmpeg's first complaint names the cause ("codec not currently supported
// in container"); the lines after it are consequences.
std::string firstLine(const std::string& path) {
  const auto lines = logLines(path);
  return lines.empty() ? std::string() : lines.front();
}

// posix_spawn's argv: pointers into strings that must outlive the call.
std::vector<char*> argvOf(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  return argv;
}

std::string ffmpegMissing(const std::string& ffmpeg) {
  return "'" + ffmpeg +
         "' not found on PATH; install the Debian package 'ffmpeg' (sudo apt-get install ffmpeg), "
         "or write PNGs with -o frames/f_%05d.png";
}

std::string describeStatus(int status) {
  if (WIFEXITED(status)) return "exit status " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    std::string s = "killed by signal " + std::to_string(sig);
    if (sig == SIGXFSZ) s += " (file size limit exceeded)";
    return s;
  }
  return "stopped";
}

bool writeAll(int fd, const std::uint8_t* data, size_t size, int* err) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      *err = errno;
      return false;
    }
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

bool isImageSequencePattern(const std::string& path) {
  return splitPattern(path).has_value();
}

std::string formatSequencePath(const std::string& pattern, int64_t number) {
  const auto p = splitPattern(pattern);
  if (!p) return pattern;
  std::string digits = std::to_string(number);
  if (static_cast<int>(digits.size()) < p->width)
    digits.insert(0, static_cast<size_t>(p->width) - digits.size(), '0');
  return p->prefix + digits + p->suffix;
}

bool codecUsesYuv420(const std::string& codec) {
  for (const char* c : {"libx264rgb", "ffv1", "png", "rawvideo", "qtrle", "utvideo"})
    if (codec == c) return false;
  return true;
}

static bool codecTakesCrf(const std::string& codec) {
  for (const char* c :
       {"libx264", "libx265", "libvpx-vp9", "libaom-av1", "libsvtav1", "libx264rgb"})
    if (codec == c) return true;
  return false;
}

std::vector<std::string> ffmpegArguments(const VideoEncoderDesc& d, const std::string& input,
                                         const std::string& output) {
  std::vector<std::string> a = {
      "-hide_banner", "-nostats",
      "-loglevel",    "error",
      "-f",           "rawvideo",
      "-pix_fmt",     "rgba",
      "-s",           std::to_string(d.width) + "x" + std::to_string(d.height),
      "-framerate",   std::to_string(d.fps),
      "-i",           input,
      "-an",          "-c:v",
      d.codec};
  if (codecTakesCrf(d.codec) || d.crf) {
    a.insert(a.end(), {"-crf", std::to_string(d.crf.value_or(18))});
  }
  const bool x26x = d.codec == "libx264" || d.codec == "libx265" || d.codec == "libx264rgb";
  if (x26x || !d.preset.empty()) {
    a.insert(a.end(), {"-preset", d.preset.empty() ? std::string("medium") : d.preset});
  }
  if (codecUsesYuv420(d.codec)) {
    // HD video's colours as editors and players expect them: the RGB frames
    // converted with the BT.709 matrix (swscale's default is BT.601) into
    // limited range, and the stream tagged so (untagged, players guess).
    a.insert(a.end(), {"-vf", "scale=out_color_matrix=bt709:out_range=tv", "-pix_fmt", "yuv420p",
                       "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
                       "-color_range", "tv"});
  }
  // MP4/MOV: the index at the front, so a player or a browser can start
  // before the whole file has arrived.
  const std::string ext = output.size() >= 4 ? output.substr(output.size() - 4) : std::string();
  if (ext == ".mp4" || ext == ".mov" || ext == ".m4v")
    a.insert(a.end(), {"-movflags", "+faststart"});
  a.insert(a.end(), {"-y", output});
  return a;
}

// ---------------------------------------------------------------------------

struct VideoEncoder::Impl {
  VideoEncoderDesc desc;
  bool sequence = false;
  std::string finalPath, partialPath, logPath;
  pid_t pid = -1;
  int pipeFd = -1;
  size_t frameBytes = 0;
  std::string png;  // encoded PNG (writer thread only)

  std::thread writer;
  std::mutex mutex;
  std::condition_variable cv;
  std::deque<std::vector<std::uint8_t>> queue;  // submitted, not yet written
  std::vector<std::vector<std::uint8_t>> pool;  // written, free for reuse
  int inFlight = 0;                             // handed out or queued
  bool closing = false;
  bool failed = false;
  std::string failure;
  int64_t written = 0;
  bool done = false;  // finish() succeeded or abort() ran

  ~Impl() { cleanup(true); }

  void writerLoop() {
    for (;;) {
      std::vector<std::uint8_t> frame;
      bool skip = false;
      {
        std::unique_lock lock(mutex);
        cv.wait(lock, [&] { return !queue.empty() || closing; });
        if (queue.empty()) return;
        frame = std::move(queue.front());
        queue.pop_front();
        skip = failed;
      }
      const Result<void> wrote = skip ? fail("skipped") : writeFrame(frame);
      std::lock_guard lock(mutex);
      if (wrote) ++written;
      if (!wrote && !failed) {
        failed = true;
        failure = wrote.error().message;
      }
      pool.push_back(std::move(frame));
      --inFlight;
      cv.notify_all();
    }
  }

  // Encoded in memory, then written through the careful writer (temporary name, every write
  // checked, renamed into place), so a full disk is noticed and no half PNG is left under its name.
  Result<void> writePngChecked(const std::string& path, const std::vector<std::uint8_t>& rgba) {
    if (!render::encodePng(desc.width, desc.height, rgba.data(), png))
      return fail("PNG encoding failed");
    return io::writeFile(path, png);
  }

  Result<void> writeFrame(std::vector<std::uint8_t>& frame) {
    if (sequence) {
      const int64_t number = desc.firstFrameNumber + written;
      return writePngChecked(formatSequencePath(desc.outputPath, number), frame);
    }
    int e = 0;
    if (writeAll(pipeFd, frame.data(), frame.size(), &e)) return {};
    if (e == EPIPE) return fail(kFfmpegStoppedReading);
    return fail(std::string("writing to ffmpeg failed: ") + std::strerror(e));
  }

  // Waits for ffmpeg; an error unless it exited with status 0 and logged
  // nothing.
  Result<void> reap() {
    if (pid <= 0) return {};
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    pid = -1;
    std::string why = lastLine(logPath);
    // ffmpeg 5.1 exits 0 even when writing the trailer failed ("Error
    // writing trailer ...: No space left on device"); it runs at -loglevel
    // error, so any line in its log means the file is not good.
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
      if (why.empty()) return {};
      return fail("ffmpeg failed: " + why);
    }
    return fail("ffmpeg failed (" + describeStatus(status) + ")" + (why.empty() ? "" : ": " + why));
  }

  void stopWriter() {
    {
      std::lock_guard lock(mutex);
      closing = true;
    }
    cv.notify_all();
    if (writer.joinable()) writer.join();
  }

  // Kill-and-remove path: used on failure and by the destructor.
  void cleanup(bool removePartial) {
    if (done) return;
    done = true;
    {
      std::lock_guard lock(mutex);
      failed = true;  // the writer drops what is queued
      inFlight -= static_cast<int>(queue.size());
      queue.clear();
    }
    cv.notify_all();
    // Kill first: a writer blocked in write() then gets EPIPE and returns.
    if (pid > 0) {
      ::kill(pid, SIGKILL);
      (void)reap();  // killed: its status says nothing new
    }
    stopWriter();
    if (pipeFd >= 0) {
      ::close(pipeFd);
      pipeFd = -1;
    }
    std::error_code ec;
    if (removePartial && !partialPath.empty()) fs::remove(partialPath, ec);
    if (!logPath.empty()) fs::remove(logPath, ec);
  }
};

Result<void> checkOutputRequest(const VideoEncoderDesc& desc) {
  const auto bad = [](std::string why) { return fail(std::move(why), ErrorKind::kBadInput); };
  const bool sequence = isImageSequencePattern(desc.outputPath);
  if (desc.outputPath.find('%') != std::string::npos && !sequence)
    return bad("output '" + desc.outputPath +
               "' has a '%' but not one %d or %0Nd frame-number pattern (e.g. frames/f_%05d.png)");
  if (sequence && fs::path(desc.outputPath).extension() != ".png")
    return bad("a frame-number pattern must name PNG files (e.g. frames/f_%05d.png)");
  if (!sequence && fs::path(desc.outputPath).extension().empty())
    return bad("output '" + desc.outputPath +
               "' has no extension; name a video file (out.mp4, out.mkv) or a PNG pattern "
               "(frames/f_%05d.png)");
  if (!sequence && codecUsesYuv420(desc.codec) && (desc.width % 2 || desc.height % 2))
    return bad("--size " + std::to_string(desc.width) + "x" + std::to_string(desc.height) + ": " +
               desc.codec + " with yuv420p needs an even width and height (try " +
               std::to_string(desc.width & ~1) + "x" + std::to_string(desc.height & ~1) + ")");
  return {};
}

Result<void> probeEncoder(const VideoEncoderDesc& desc) {
  if (isImageSequencePattern(desc.outputPath)) return {};
  // One black frame through exactly the recorder's ffmpeg arguments, into a
  // scratch file with the output's extension (so the same muxer is chosen).
  std::error_code ec;
  const fs::path dir =
      fs::temp_directory_path(ec) / ("rendezvous-probe-" + std::to_string(::getpid()));
  fs::create_directories(dir, ec);
  const std::string raw = (dir / "frame.rgba").string();
  const std::string out =
      (dir / ("probe" + fs::path(desc.outputPath).extension().string())).string();
  const std::string log = (dir / "ffmpeg.log").string();
  {
    std::vector<std::uint8_t> black(
        static_cast<size_t>(desc.width) * static_cast<size_t>(desc.height) * 4, 0);
    const int fd = ::open(raw.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int err = 0;
    if (fd < 0 || !writeAll(fd, black.data(), black.size(), &err)) {
      if (fd >= 0) ::close(fd);
      fs::remove_all(dir, ec);
      return {};  // no scratch space: the recording itself will say what is wrong
    }
    ::close(fd);
  }
  std::vector<std::string> args = ffmpegArguments(desc, raw, out);
  args.insert(args.begin(), desc.ffmpeg);
  std::vector<char*> argv = argvOf(args);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  const int rc = ::posix_spawnp(&pid, desc.ffmpeg.c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  Result<void> probe;
  if (rc == ENOENT) {
    probe = fail(ffmpegMissing(desc.ffmpeg));  // the machine lacks ffmpeg: not the arguments
  } else if (rc != 0) {
    probe = fail("cannot start " + desc.ffmpeg + ": " + std::strerror(rc));
  } else {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0))
      probe = fail("ffmpeg cannot write this (" + desc.codec + " into " +
                       fs::path(desc.outputPath).extension().string() + "): " + firstLine(log),
                   ErrorKind::kBadInput);
  }
  fs::remove_all(dir, ec);
  return probe;
}

VideoEncoder::VideoEncoder(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
VideoEncoder::~VideoEncoder() = default;

Result<std::unique_ptr<VideoEncoder>> VideoEncoder::open(const VideoEncoderDesc& desc) {
  // Problems found before `usage` turns false lie in the arguments.
  bool usage = true;
  const auto refuse = [&](const std::string& why) {
    return rv::fail(why, usage ? ErrorKind::kBadInput : ErrorKind::kFailed);
  };
  auto impl = std::make_unique<Impl>();
  impl->desc = desc;
  impl->sequence = isImageSequencePattern(desc.outputPath);
  impl->frameBytes = static_cast<size_t>(desc.width) * static_cast<size_t>(desc.height) * 4;
  if (auto checked = checkOutputRequest(desc); !checked) return checked.takeError();

  const fs::path out(desc.outputPath);
  const fs::path dir = out.has_parent_path() ? out.parent_path() : fs::path(".");
  std::error_code ec;
  // A PNG sequence gets its own folder (frames/f_%05d.png into a new
  // frames/), one level only: a missing parent is more likely a typo.
  const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  if (impl->sequence && !fs::exists(dir, ec) && fs::is_directory(parent, ec)) {
    if (fs::create_directory(dir, ec))
      std::fprintf(stderr, "rendezvous: record: created the folder %s for the frames\n",
                   dir.c_str());
  }
  if (!fs::is_directory(dir, ec))
    return refuse("output folder '" + dir.string() + "' does not exist; create it first");
  if (!impl->sequence && fs::is_directory(out, ec))
    return refuse("output '" + out.string() + "' is a folder; name a file such as out.mp4");
  usage = false;
  {
    // Create a file there rather than trust access(): root passes access()
    // on read-only mounts. A video's probe is its partial file (ffmpeg
    // overwrites it).
    const std::string probe =
        impl->sequence
            ? (dir / (".rendezvous-probe-" + std::to_string(::getpid()))).string()
            : (dir / ("." + out.stem().string() + ".rendezvous-partial" + out.extension().string()))
                  .string();
    const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
      return refuse("output folder '" + dir.string() + "' is not writable (" +
                    std::strerror(errno) + ")");
    ::close(fd);
    if (impl->sequence)
      fs::remove(probe, ec);
    else
      impl->partialPath = probe;  // removed on failure from here on
  }

  if (!impl->sequence) {
    impl->finalPath = out.string();
    // ffmpeg's messages go to a log file; its last line explains a failure.
    char logTemplate[] = "/tmp/rendezvous-ffmpeg-XXXXXX";
    const int logFd = ::mkstemp(logTemplate);
    if (logFd < 0)
      return refuse(std::string("cannot create a log file in /tmp: ") + std::strerror(errno));
    impl->logPath = logTemplate;

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
      ::close(logFd);
      return refuse(std::string("cannot create a pipe: ") + std::strerror(errno));
    }
    // Large pipe: one write per frame instead of many (Linux caps at
    // /proc/sys/fs/pipe-max-size, 1 MiB by default; failure is harmless).
    ::fcntl(fds[1], F_SETPIPE_SZ, 1 << 20);

    std::vector<std::string> args = ffmpegArguments(desc, "pipe:0", impl->partialPath);
    args.insert(args.begin(), desc.ffmpeg);
    std::vector<char*> argv = argvOf(args);

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[0], 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, logFd, 2);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    // Own process group: Ctrl-C on the terminal reaches only us, and we end
    // ffmpeg's input ourselves so it can finish the file.
    posix_spawnattr_setpgroup(&attr, 0);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int s : {SIGPIPE, SIGINT, SIGTERM, SIGXFSZ}) sigaddset(&defaults, s);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(
        &attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    pid_t pid = -1;
    const int rc = ::posix_spawnp(&pid, desc.ffmpeg.c_str(), &fa, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    ::close(fds[0]);
    ::close(logFd);
    if (rc != 0) {
      ::close(fds[1]);  // the destructor removes the partial and log files
      if (rc == ENOENT) return refuse(ffmpegMissing(desc.ffmpeg));
      return refuse("cannot start " + desc.ffmpeg + ": " + std::strerror(rc));
    }
    impl->pid = pid;
    impl->pipeFd = fds[1];
  }
  // A write to a pipe whose reader died must fail with EPIPE, not kill us;
  // a write past a file-size limit must fail with EFBIG.
  ::signal(SIGPIPE, SIG_IGN);
  ::signal(SIGXFSZ, SIG_IGN);

  Impl* raw = impl.get();
  impl->writer = std::thread([raw] { raw->writerLoop(); });
  return std::unique_ptr<VideoEncoder>(new VideoEncoder(std::move(impl)));
}

std::vector<std::uint8_t> VideoEncoder::acquireBuffer() {
  Impl& m = *m_impl;
  std::unique_lock lock(m.mutex);
  m.cv.wait(lock, [&] { return m.inFlight < m.desc.queueDepth || m.failed; });
  ++m.inFlight;
  std::vector<std::uint8_t> buf;
  if (!m.pool.empty()) {
    buf = std::move(m.pool.back());
    m.pool.pop_back();
  }
  buf.resize(m.frameBytes);
  return buf;
}

Result<void> VideoEncoder::submit(std::vector<std::uint8_t> frame) {
  Impl& m = *m_impl;
  std::unique_lock lock(m.mutex);
  if (m.failed) {
    --m.inFlight;
    return fail(m.failure);
  }
  if (frame.size() != m.frameBytes) {
    return fail("frame of the wrong size");
  }
  m.queue.push_back(std::move(frame));
  m.cv.notify_all();
  return {};
}

Result<void> VideoEncoder::finish() {
  Impl& m = *m_impl;
  if (m.done) {
    return fail("the encoder was already closed");
  }
  m.stopWriter();  // writes what is queued
  std::string failure;
  {
    std::lock_guard lock(m.mutex);
    if (m.failed) failure = m.failure;
  }
  if (m.pipeFd >= 0) {
    ::close(m.pipeFd);  // end of input: ffmpeg flushes and writes the trailer
    m.pipeFd = -1;
  }
  const Result<void> ffmpeg = m.reap();
  // ffmpeg's own reason beats our "stopped reading frames".
  if (!ffmpeg && (failure.empty() || failure == kFfmpegStoppedReading))
    failure = ffmpeg.error().message;
  if (!failure.empty()) {
    m.cleanup(true);
    return fail(failure);
  }
  if (!m.sequence) {
    std::error_code ec;
    fs::rename(m.partialPath, m.finalPath, ec);
    if (ec) {
      m.cleanup(true);
      return fail("cannot rename " + m.partialPath + " to " + m.finalPath + ": " + ec.message());
    }
  }
  std::error_code ec;
  if (!m.logPath.empty()) fs::remove(m.logPath, ec);
  m.done = true;
  return {};
}

void VideoEncoder::abort() {
  m_impl->cleanup(true);
}

int64_t VideoEncoder::framesWritten() const {
  std::lock_guard lock(m_impl->mutex);
  return m_impl->written;
}

const std::string& VideoEncoder::outputPath() const {
  return m_impl->desc.outputPath;
}

}  // namespace rv::app
