#include "progress_meter.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace rv::app {

std::string formatDuration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0.0 || seconds > 360000.0) return "--:--";
  const long s = std::lround(seconds);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

double progressFps(const ProgressFigures& f) {
  return f.done > 0 && f.elapsedS > 0.0 ? static_cast<double>(f.done) / f.elapsedS : 0.0;
}

double progressEtaS(const ProgressFigures& f) {
  const double fps = progressFps(f);
  return fps > 0.0 ? static_cast<double>(f.total - f.done) / fps : 0.0;
}

static std::string figures(const ProgressFigures& f, const char* sep) {
  char buf[160];
  const double fps = progressFps(f);
  const std::string eta = f.done > 0 ? formatDuration(progressEtaS(f)) : "--:--";
  std::snprintf(buf, sizeof buf, "%lld/%lld frames%s%.1f fps%s%s left",
                static_cast<long long>(f.done), static_cast<long long>(f.total), sep, fps, sep,
                eta.c_str());
  return buf;
}

std::string formatProgressBar(const ProgressFigures& f, int barWidth) {
  const double frac =
      f.total > 0 ? std::clamp(static_cast<double>(f.done) / static_cast<double>(f.total), 0.0, 1.0)
                  : 0.0;
  const int filled = static_cast<int>(std::floor(frac * barWidth));
  std::string bar = "[";
  bar.append(static_cast<size_t>(filled), '#');
  bar.append(static_cast<size_t>(barWidth - filled), '.');
  bar += "] ";
  char pct[16];
  std::snprintf(pct, sizeof pct, "%3d%%  ", static_cast<int>(std::floor(frac * 100.0)));
  return bar + pct + figures(f, "  ");
}

std::string formatProgressLine(const ProgressFigures& f) {
  const int pct = f.total > 0 ? static_cast<int>(100 * f.done / f.total) : 0;
  std::string s = figures(f, ", ");
  const size_t comma = s.find(',');
  s.insert(comma, " (" + std::to_string(pct) + "%)");
  return "record: " + s;
}

std::string formatProgressMessage(const ProgressFigures& f) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "frames %lld %lld %.3f\n", static_cast<long long>(f.done),
                static_cast<long long>(f.total), f.elapsedS);
  return buf;
}

std::optional<ProgressFigures> parseProgressMessage(std::string_view line) {
  constexpr std::string_view kKey = "frames ";
  if (line.substr(0, kKey.size()) != kKey) return std::nullopt;
  line.remove_prefix(kKey.size());
  ProgressFigures f;
  const char* p = line.data();
  const char* end = line.data() + line.size();
  auto r = std::from_chars(p, end, f.done);
  if (r.ec != std::errc() || r.ptr == end || *r.ptr != ' ') return std::nullopt;
  r = std::from_chars(r.ptr + 1, end, f.total);
  if (r.ec != std::errc() || r.ptr == end || *r.ptr != ' ') return std::nullopt;
  r = std::from_chars(r.ptr + 1, end, f.elapsedS);
  if (r.ec != std::errc() || r.ptr != end) return std::nullopt;
  if (f.done < 0 || f.total <= 0 || f.done > f.total || !std::isfinite(f.elapsedS) ||
      f.elapsedS < 0.0)
    return std::nullopt;
  return f;
}

RecordProgress::RecordProgress(int64_t total, std::FILE* out, bool terminal)
    : m_total(total),
      m_out(out),
      m_terminal(terminal),
      m_start(Clock::now()),
      m_lastPrint(m_start),
      m_lastMachine(m_start) {}

void RecordProgress::reportMachine(int64_t done, bool force) {
  if (m_machineFd < 0 || (done == m_machineDone && !force)) return;
  const auto now = Clock::now();
  if (!force && m_machineDone >= 0 &&
      std::chrono::duration<double>(now - m_lastMachine).count() < 0.05)
    return;
  m_lastMachine = now;
  m_machineDone = done;
  const std::string line = formatProgressMessage({done, m_total, elapsedS()});
  // One write of a short line: atomic on a pipe (below PIPE_BUF). A full pipe
  // (EAGAIN on a non-blocking one) or a closed one (EPIPE) drops the line.
  [[maybe_unused]] const ssize_t n = ::write(m_machineFd, line.data(), line.size());
}

double RecordProgress::elapsedS() const {
  return std::chrono::duration<double>(Clock::now() - m_start).count();
}

void RecordProgress::update(int64_t done) {
  reportMachine(done, false);
  const auto now = Clock::now();
  const double sinceLast = std::chrono::duration<double>(now - m_lastPrint).count();
  // Redraw a terminal 5 times a second; a log gets a line every 5 s.
  if (sinceLast < (m_terminal ? 0.2 : 5.0)) return;
  m_lastPrint = now;
  const ProgressFigures f{done, m_total, elapsedS()};
  if (m_terminal)
    std::fprintf(m_out, "\r%s\033[K", formatProgressBar(f, 30).c_str());
  else
    std::fprintf(m_out, "rendezvous: %s\n", formatProgressLine(f).c_str());
  std::fflush(m_out);
  m_printed = true;
}

void RecordProgress::finish(int64_t done, const std::string& note) {
  reportMachine(done, true);
  const ProgressFigures f{done, m_total, elapsedS()};
  const std::string tail = note.empty() ? "" : " (" + note + ")";
  if (m_terminal)
    std::fprintf(m_out, "\r%s%s\033[K\n", formatProgressBar(f, 30).c_str(), tail.c_str());
  else
    std::fprintf(m_out, "rendezvous: %s%s\n", formatProgressLine(f).c_str(), tail.c_str());
  std::fflush(m_out);
}

}  // namespace rv::app
