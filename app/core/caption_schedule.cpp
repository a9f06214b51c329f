#include "caption_schedule.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "record_job.h"
#include "sim/mission_events.h"

namespace rv::app {
namespace {

// Video time of the first frame that shows `utcS` or later.
double videoTimeOf(const RecordSchedule& s, double utcS) {
  int64_t lo = 0, hi = s.frameCount();  // first frame with frameUtcS >= utcS, in [lo, hi]
  while (lo < hi) {
    const int64_t mid = lo + (hi - lo) / 2;
    if (s.frameUtcS(mid) < utcS)
      lo = mid + 1;
    else
      hi = mid;
  }
  return static_cast<double>(lo) / s.fps();
}

std::string srtTime(double s) {
  const auto ms = static_cast<long long>(std::llround(std::max(s, 0.0) * 1000.0));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld,%03lld", ms / 3600000, ms / 60000 % 60,
                ms / 1000 % 60, ms % 1000);
  return buf;
}

}  // namespace

std::vector<CaptionCue> captionCues(const std::vector<sim::MissionEvent>& events,
                                    const RecordSchedule& schedule, double minS, double maxS) {
  std::vector<CaptionCue> cues;
  if (schedule.frameCount() <= 0) return cues;
  const double firstUtc = schedule.frameUtcS(0);
  const double lastUtc = schedule.frameUtcS(schedule.frameCount() - 1);
  for (const sim::MissionEvent& e : events) {
    if (e.utcS < firstUtc || e.utcS > lastUtc) continue;
    const double at = videoTimeOf(schedule, e.utcS);
    const double start = cues.empty() ? at : std::max(at, cues.back().startVideoS + minS);
    cues.push_back({start, start + maxS, &e});
  }
  // Each gives way to the next once it has had its minimum (the queue
  // guarantees the next starts no earlier than that).
  for (size_t i = 0; i + 1 < cues.size(); ++i)
    cues[i].endVideoS = std::min(cues[i].endVideoS, cues[i + 1].startVideoS);
  // The video ends where it ends: a queued caption that would start after
  // the last frame cannot be shown, and the last one stops with the video.
  const double videoEnd = schedule.durationS();
  while (!cues.empty() && cues.back().startVideoS >= videoEnd) cues.pop_back();
  if (!cues.empty()) cues.back().endVideoS = std::min(cues.back().endVideoS, videoEnd);
  return cues;
}

const CaptionCue* cueAt(const std::vector<CaptionCue>& cues, double videoS) {
  for (const CaptionCue& c : cues)
    if (videoS >= c.startVideoS && videoS < c.endVideoS) return &c;
  return nullptr;
}

std::string formatSrt(const std::vector<CaptionCue>& cues) {
  std::string out;
  int n = 0;
  for (const CaptionCue& c : cues) {
    out += std::to_string(++n) + "\n" + srtTime(c.startVideoS) + " --> " + srtTime(c.endVideoS) +
           "\n" + c.event->name + "\n";
    if (!c.event->caption.empty()) out += c.event->caption + "\n";
    out += "\n";
  }
  return out;
}

}  // namespace rv::app
