#pragma once
// Progress of a recording on stderr: on a terminal, one line redrawn in place
// with a bar, frames done, frames per second and the time left; otherwise
// (a log, a CI job) a plain line every few seconds and one at the end. The
// formatting is a pure function of the figures, unit-tested; only update()
// reads the wall clock.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace rv::app {

struct ProgressFigures {
  int64_t done = 0;
  int64_t total = 0;
  double elapsedS = 0.0;  // wall-clock seconds since the first frame started
};

// "1:05", "12:00:03"; "--:--" for an unknown or absurd value.
std::string formatDuration(double seconds);
// Frames per second and seconds left; both 0 until something is done.
double progressFps(const ProgressFigures& f);
double progressEtaS(const ProgressFigures& f);
// "[##########..........]  120/240 frames  31.4 fps  ETA 0:04" (barWidth cells).
std::string formatProgressBar(const ProgressFigures& f, int barWidth);
// "record: 120/240 frames (50%), 31.4 fps, 0:04 left"
std::string formatProgressLine(const ProgressFigures& f);

// Machine-readable progress for a parent process (`record --progress-fd N`,
// read by the window's Record panel): one line per report,
//   "frames DONE TOTAL ELAPSED_S\n"   e.g. "frames 12 48 0.532\n"
// Each line holds absolute figures, so a reader may miss lines and still be
// right; the last line is written by finish().
std::string formatProgressMessage(const ProgressFigures& f);
// One line without its newline; nullopt for anything else (a torn or foreign
// line), so a reader can skip what it does not understand.
std::optional<ProgressFigures> parseProgressMessage(std::string_view line);

class RecordProgress {
 public:
  // `terminal`: draw the bar in place (pass isatty(fileno(out))).
  RecordProgress(int64_t total, std::FILE* out, bool terminal);
  // Also report to this file descriptor (formatProgressMessage lines, at most
  // 20 a second). Writes that would block or fail are dropped: a slow or gone
  // reader never stalls the recording.
  void setMachineFd(int fd) { m_machineFd = fd; }
  void update(int64_t done);
  // The last line (and a newline after the bar). `note` is appended, e.g.
  // "interrupted".
  void finish(int64_t done, const std::string& note = {});
  double elapsedS() const;

 private:
  using Clock = std::chrono::steady_clock;
  int64_t m_total = 0;
  std::FILE* m_out = nullptr;
  bool m_terminal = false;
  Clock::time_point m_start;
  Clock::time_point m_lastPrint;
  Clock::time_point m_lastMachine;
  int64_t m_machineDone = -1;
  int m_machineFd = -1;
  bool m_printed = false;
  void reportMachine(int64_t done, bool force);
};

}  // namespace rv::app
