#include "recorder_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

extern char** environ;

namespace rv::app {
namespace {

// Moves a descriptor to >= 10, close-on-exec: clear of 0-3, which the child's
// file actions fill (dup2 onto the same number would keep close-on-exec set).
int highFd(int fd) {
  const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 10);
  ::close(fd);
  return moved;
}

void setNonBlocking(int fd) {
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

// Appends what can be read now; false at end of file or on an error.
bool drain(int fd, std::string& buf) {
  char chunk[4096];
  for (;;) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n > 0) {
      buf.append(chunk, static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
  }
}

// Splits off complete lines ("\n" or "\r" ended: a terminal-style bar redraw).
template <class F>
void eachLine(std::string& buf, F&& f) {
  size_t start = 0;
  for (size_t i = 0; i < buf.size(); ++i) {
    if (buf[i] != '\n' && buf[i] != '\r') continue;
    f(std::string_view(buf).substr(start, i - start));
    start = i + 1;
  }
  buf.erase(0, start);
}

}  // namespace

RecordProcess::~RecordProcess() {
  stopAndWait(10.0);
}

Result<void> RecordProcess::start(const std::string& program, const std::vector<std::string>& args,
                                  int progressFd) {
  if (running()) {
    return fail("a recording is already running");
  }
  closePipes();
  m_outputBuf.clear();
  m_progressBuf.clear();
  m_newLines.clear();
  m_lastLine.clear();
  m_progress = {};
  m_cancelled = false;
  m_exitCode = m_exitSignal = 0;
  m_state = RecordState::Idle;
  if (progressFd <= 2) {
    return fail("the progress descriptor must be above 2");
  }

  int out[2], prog[2];
  if (::pipe2(out, O_CLOEXEC) != 0) {
    return fail(std::string("cannot create a pipe: ") + std::strerror(errno));
  }
  if (::pipe2(prog, O_CLOEXEC) != 0) {
    const int e = errno;  // before close() may change it
    ::close(out[0]);
    ::close(out[1]);
    return fail(std::string("cannot create a pipe: ") + std::strerror(e));
  }
  const int outWrite = highFd(out[1]), progWrite = highFd(prog[1]);
  m_outputFd = out[0];
  m_progressFd = prog[0];
  setNonBlocking(m_outputFd);
  setNonBlocking(m_progressFd);

  std::vector<std::string> argvStore;
  argvStore.push_back("rendezvous");
  argvStore.insert(argvStore.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argvStore) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, outWrite, 1);
  posix_spawn_file_actions_adddup2(&fa, outWrite, 2);
  posix_spawn_file_actions_adddup2(&fa, progWrite, progressFd);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
  // Not the window's X connection or GL descriptors: the child needs none.
  posix_spawn_file_actions_addclosefrom_np(&fa, progressFd + 1);
#endif
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  for (int s : {SIGPIPE, SIGINT, SIGTERM}) sigaddset(&defaults, s);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  pid_t pid = -1;
  const int rc = ::posix_spawn(&pid, program.c_str(), &fa, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  ::close(outWrite);
  ::close(progWrite);
  if (rc != 0) {
    closePipes();
    return fail("cannot start " + program + ": " + std::strerror(rc));
  }
  m_pid = pid;
  m_state = RecordState::Running;
  m_start = m_end = std::chrono::steady_clock::now();
  return {};
}

void RecordProcess::readPipes() {
  if (m_outputFd >= 0) {
    const bool open = drain(m_outputFd, m_outputBuf);
    eachLine(m_outputBuf, [&](std::string_view line) {
      if (line.empty()) return;
      m_newLines.emplace_back(line);
      m_lastLine = line;
    });
    if (!open) {
      if (!m_outputBuf.empty()) m_newLines.push_back(m_lastLine = m_outputBuf);
      m_outputBuf.clear();
      ::close(m_outputFd);
      m_outputFd = -1;
    }
  }
  if (m_progressFd >= 0) {
    const bool open = drain(m_progressFd, m_progressBuf);
    eachLine(m_progressBuf, [&](std::string_view line) {
      if (auto f = parseProgressMessage(line)) m_progress = *f;
    });
    if (!open) {
      ::close(m_progressFd);
      m_progressFd = -1;
    }
  }
}

void RecordProcess::poll() {
  readPipes();
  if (m_pid <= 0) return;
  int status = 0;
  const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
  if (r == m_pid)
    finished(status);
  else if (r < 0 && errno != EINTR)
    finished(-1);
}

void RecordProcess::finished(int waitStatus) {
  m_pid = -1;
  m_end = std::chrono::steady_clock::now();
  readPipes();  // what it wrote just before exiting
  closePipes();
  if (waitStatus >= 0 && WIFEXITED(waitStatus))
    m_exitCode = WEXITSTATUS(waitStatus);
  else if (waitStatus >= 0 && WIFSIGNALED(waitStatus))
    m_exitSignal = WTERMSIG(waitStatus);
  else
    m_exitCode = -1;
  if (m_exitCode == 0 && m_exitSignal == 0)
    m_state = RecordState::Succeeded;
  else if (m_cancelled)
    m_state = RecordState::Cancelled;
  else
    m_state = RecordState::Failed;
}

void RecordProcess::closePipes() {
  if (m_outputFd >= 0) ::close(m_outputFd);
  if (m_progressFd >= 0) ::close(m_progressFd);
  m_outputFd = m_progressFd = -1;
}

void RecordProcess::cancel() {
  if (m_pid <= 0 || m_cancelled) return;
  m_cancelled = true;
  ::kill(m_pid, SIGTERM);
}

void RecordProcess::stopAndWait(double timeoutS) {
  if (m_pid <= 0) return;
  cancel();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeoutS);
  while (m_pid > 0 && std::chrono::steady_clock::now() < deadline) {
    poll();
    if (m_pid > 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (m_pid > 0) {
    ::kill(m_pid, SIGKILL);
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    finished(status);
  }
}

double RecordProcess::elapsedS() const {
  const auto end = running() ? std::chrono::steady_clock::now() : m_end;
  return std::chrono::duration<double>(end - m_start).count();
}

std::vector<std::string> RecordProcess::takeOutputLines() {
  std::vector<std::string> out;
  out.swap(m_newLines);
  return out;
}

std::string recordOutcomeMessage(RecordState state, const ProgressFigures& progress, int fps,
                                 const std::string& outputPath, const std::string& lastLine,
                                 int exitCode, int exitSignal) {
  std::string reason = lastLine;
  for (const char* prefix : {"rendezvous: record: ", "rendezvous: "})
    if (reason.rfind(prefix, 0) == 0) {
      reason.erase(0, std::strlen(prefix));
      break;
    }
  const std::string frames = std::to_string(progress.done);
  switch (state) {
    case RecordState::Idle:
    case RecordState::Running:
      return {};
    case RecordState::Succeeded: {
      char secs[32];
      std::snprintf(secs, sizeof secs, "%.1f s",
                    fps > 0 ? static_cast<double>(progress.done) / fps : 0.0);
      return "Saved " + outputPath + " (" + frames + " frames, " + secs + ")";
    }
    case RecordState::Cancelled:
      if (progress.done > 0 && reason.find("playable") != std::string::npos)
        return "Cancelled after " + frames + " of " + std::to_string(progress.total) +
               " frames: " + outputPath + " holds those frames";
      return "Cancelled" + (reason.empty() ? std::string() : ": " + reason);
    case RecordState::Failed:
      if (!reason.empty()) return "Recording failed: " + reason;
      if (exitSignal)
        return "Recording failed: the recorder was killed by signal " + std::to_string(exitSignal);
      return "Recording failed (exit code " + std::to_string(exitCode) + ")";
  }
  return {};
}

}  // namespace rv::app
