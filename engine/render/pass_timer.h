#pragma once
// Where a frame's time goes, pass by pass. Off unless asked for (frame_bench,
// issue 18's profile). Each pass is finished (glFinish) before the clock is
// read: a software rasteriser such as llvmpipe defers drawing to its next
// flush, so GL timestamp queries charged a pass's pixels to whichever later
// pass happened to flush. Finished passes cannot overlap, so the sum is a
// little above an unprofiled frame; each part is where the time went.

#include <chrono>
#include <string>
#include <vector>

namespace rv::render {

struct PassTime {
  std::string name;
  double ms = 0.0;     // wall time
  double cpuMs = 0.0;  // the process's CPU time, every thread (llvmpipe's too): steadier than
                       // wall time on a machine others are using
};

class PassTimer {
 public:
  void setEnabled(bool on) { m_enabled = on; }
  bool enabled() const { return m_enabled; }
  // Starts a frame's timing; mark(name) ends the pass called name.
  void begin();
  void mark(const char* name);
  // Turns the marks into per-pass times.
  void end();
  const std::vector<PassTime>& last() const { return m_last; }

 private:
  using Clock = std::chrono::steady_clock;
  bool m_enabled = false;
  std::vector<Clock::time_point> m_times;  // one per mark, plus the start
  std::vector<double> m_cpuS;              // the process's CPU seconds at each mark
  std::vector<const char*> m_names;
  std::vector<PassTime> m_last;
};

}  // namespace rv::render
