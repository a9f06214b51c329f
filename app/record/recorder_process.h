#pragma once
// A recording running in the background, as a child process: the window's
// Record panel starts `rendezvous record ...` (recording_request.h) through
// this, and polls it once a frame. The child renders in its own EGL context
// and process, so it can neither stall nor disturb the window's drawing.
//
// The child's stdin is /dev/null; its stdout and stderr come back through one
// pipe (lines, for the log and the error message), its progress through
// another (progress_meter.h's "frames DONE TOTAL ELAPSED_S" lines on the
// descriptor given). Every read is non-blocking; cancel() sends SIGTERM, on
// which `record` closes a valid file; the child is always reaped.

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

#include "base/result.h"
#include "progress_meter.h"

namespace rv::app {

enum class RecordState { Idle, Running, Succeeded, Failed, Cancelled };

class RecordProcess {
 public:
  RecordProcess() = default;
  // A child still running is stopped as cancel() would, waited for (its file
  // finished) and reaped.
  ~RecordProcess();
  RecordProcess(const RecordProcess&) = delete;
  RecordProcess& operator=(const RecordProcess&) = delete;

  // Starts `program` (a path; "/proc/self/exe" is this program) with `args`
  // (argv[1...]), writing progress to its descriptor `progressFd` (> 2).
  // An Error (one sentence) when it cannot be started; the previous run's
  // results are reset either way. Not while running().
  Result<void> start(const std::string& program, const std::vector<std::string>& args,
                     int progressFd);
  // Reads what has arrived and reaps the child once it has exited; never blocks.
  void poll();
  // Asks the child to stop (SIGTERM); poll() sees it exit.
  void cancel();
  // cancel(), then waits up to `timeoutS` for the child to exit (SIGKILL
  // after that) and reaps it. For shutting down.
  void stopAndWait(double timeoutS);

  RecordState state() const { return m_state; }
  bool running() const { return m_state == RecordState::Running; }
  bool cancelRequested() const { return m_cancelled; }
  // The latest progress line; done == total == 0 before the first.
  const ProgressFigures& progress() const { return m_progress; }
  // Wall-clock seconds since start() (until the child exited).
  double elapsedS() const;
  int exitCode() const { return m_exitCode; }      // after a normal exit
  int exitSignal() const { return m_exitSignal; }  // when killed by a signal, else 0
  // The child's output lines since the last call (for the app's stderr).
  std::vector<std::string> takeOutputLines();
  // Its last non-empty output line (the reason, when it failed).
  const std::string& lastOutputLine() const { return m_lastLine; }

 private:
  void readPipes();
  void finished(int waitStatus);
  void closePipes();

  pid_t m_pid = -1;
  int m_outputFd = -1;
  int m_progressFd = -1;
  std::string m_outputBuf, m_progressBuf;
  std::vector<std::string> m_newLines;
  std::string m_lastLine;
  RecordState m_state = RecordState::Idle;
  bool m_cancelled = false;
  ProgressFigures m_progress;
  int m_exitCode = 0;
  int m_exitSignal = 0;
  std::chrono::steady_clock::time_point m_start, m_end;
};

// What the panel and the toast say once a run is over, e.g.
//   "Saved /home/me/Videos/Rendezvous/rendezvous-....mp4 (36 frames, 1.5 s)"
//   "Cancelled after 12 of 36 frames: ....mp4 holds those frames"
//   "Recording failed: 'ffmpeg' not found on PATH; install ..."
// `lastLine` is the child's last output line ("rendezvous: record: ..." is
// shortened to the reason).
std::string recordOutcomeMessage(RecordState state, const ProgressFigures& progress, int fps,
                                 const std::string& outputPath, const std::string& lastLine,
                                 int exitCode, int exitSignal);

}  // namespace rv::app
