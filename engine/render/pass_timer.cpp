#include "render/pass_timer.h"

#include <glad/gl.h>

#include <ctime>

namespace rv::render {

void PassTimer::begin() {
  m_names.clear();
  m_times.clear();
  m_cpuS.clear();
  if (!m_enabled) return;
  m_names.push_back("start");
  mark(nullptr);
}

void PassTimer::mark(const char* name) {
  if (!m_enabled) return;
  if (name) m_names.push_back(name);
  glFinish();
  m_times.push_back(Clock::now());
  timespec cpu{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
  m_cpuS.push_back(static_cast<double>(cpu.tv_sec) + static_cast<double>(cpu.tv_nsec) * 1e-9);
}

void PassTimer::end() {
  if (!m_enabled || m_times.size() < 2) return;
  m_last.clear();
  for (size_t i = 1; i < m_times.size(); ++i) {
    m_last.push_back(
        {m_names[i], std::chrono::duration<double, std::milli>(m_times[i] - m_times[i - 1]).count(),
         (m_cpuS[i] - m_cpuS[i - 1]) * 1e3});
  }
}

}  // namespace rv::render
