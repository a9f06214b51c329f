#pragma once
// Where a frame's time goes, pass by pass: GL timestamp queries between the
// renderer's passes (ARB_timer_query, core in GL 3.3). Off unless asked for
// (frame_bench, issue 18's profile): reading the results waits for the GPU.

#include <string>
#include <vector>

namespace rv::render {

struct PassTime {
  std::string name;
  double ms = 0.0;
};

class PassTimer {
 public:
  PassTimer() = default;
  ~PassTimer();
  PassTimer(const PassTimer&) = delete;
  PassTimer& operator=(const PassTimer&) = delete;

  void setEnabled(bool on) { m_enabled = on; }
  bool enabled() const { return m_enabled; }
  // Starts a frame's timing; mark(name) ends the pass called name.
  void begin();
  void mark(const char* name);
  // Waits for the GPU and turns the marks into per-pass times.
  void end();
  const std::vector<PassTime>& last() const { return m_last; }

 private:
  bool m_enabled = false;
  std::vector<unsigned> m_queries;  // one per mark, plus the start
  std::vector<const char*> m_names;
  std::vector<PassTime> m_last;
};

}  // namespace rv::render
