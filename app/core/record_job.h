#pragma once
// What `rendezvous record` renders: which mission instant each video frame
// shows. Pure functions of the options and the mission's event times, no GL,
// no wall clock, so the schedule is unit-tested and two runs (or two chunks of
// one run on two machines) agree on every frame.
//
// Constant speed: frame i shows  utc(i) = from + i * speed / fps  (speed 1 is
// real time). The product i * speed is exact for integer speeds and frame
// numbers below 2^53; one division by fps follows, so a frame's time does not
// depend on the frames before it (no accumulated `t += dt`).
//
// Time warp (--preset full-mission): the speed varies with mission time,
// described by anchors (utc, speed). Between two anchors the speed changes
// geometrically (log-linear in mission time), so a plateau is two anchors of
// equal speed and a ramp between plateaus has no jump. Video time
// tau(t) = integral of dt / speed(t) has a closed form on each segment and
// so does its inverse; frame i shows t(i / fps).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace rv::sim {
struct MissionEvent;
}

namespace rv::app {

struct WarpAnchor {
  double utcS = 0.0;
  double speed = 1.0;  // mission seconds per video second, > 0
};

// A mission-time to video-time mapping built from anchors (see above).
class TimeWarp {
 public:
  // Anchors sorted by strictly increasing time, speeds > 0, at least two.
  static Result<TimeWarp> create(std::vector<WarpAnchor> anchors);

  double startUtcS() const { return m_anchors.front().utcS; }
  double endUtcS() const { return m_anchors.back().utcS; }
  // Video seconds from the start to mission time utcS (clamped to the span).
  double videoTimeAt(double utcS) const;
  // Mission time shown at video time videoS (clamped to the span).
  double utcAtVideoTime(double videoS) const;
  // Speed (mission s per video s) at mission time utcS.
  double speedAt(double utcS) const;
  double totalVideoS() const { return m_videoAt.back(); }
  const std::vector<WarpAnchor>& anchors() const { return m_anchors; }

 private:
  std::vector<WarpAnchor> m_anchors;
  std::vector<double> m_videoAt;  // video time at each anchor
};

// Half-open frame range [first, end) of a schedule, from `--frames A:B`.
struct FrameRange {
  int64_t first = 0;
  int64_t end = 0;
  int64_t count() const { return end - first; }
};

// Parses "A:B" (frames A..B-1), "A:" (A to the end) or ":B" against a video of
// `total` frames. A one-line bad-input error when out of range or empty.
Result<FrameRange> parseFrameRange(std::string_view text, int64_t total);

struct RecordTiming {
  double fromUtcS = 0.0;
  double toUtcS = 0.0;
  std::optional<double> speed;      // --speed (default 1)
  std::optional<double> durationS;  // --duration: speed = (to - from) / duration
  int fps = 30;
};

// The frames of one recording.
class RecordSchedule {
 public:
  // Constant speed from --from/--to and --speed or --duration.
  // Errors (bad input) name the option at fault.
  static Result<RecordSchedule> constant(const RecordTiming& timing);
  // Variable speed (a preset): frames cover the warp's whole span.
  static Result<RecordSchedule> warped(TimeWarp warp, int fps);

  int fps() const { return m_fps; }
  int64_t frameCount() const { return m_frameCount; }  // the whole video
  double durationS() const { return static_cast<double>(m_frameCount) / m_fps; }
  double fromUtcS() const { return m_fromUtcS; }
  double speed() const { return m_speed; }  // constant schedules; 0 for warped
  bool isWarped() const { return m_warp.has_value(); }
  // Mission time shown by frame i (0 <= i < frameCount()).
  double frameUtcS(int64_t i) const;

 private:
  int m_fps = 30;
  int64_t m_frameCount = 0;
  double m_fromUtcS = 0.0;
  double m_speed = 1.0;
  std::optional<TimeWarp> m_warp;
};

// fps accepted by `record`: 24, 25, 30, 50 or 60.
bool isSupportedFps(int fps);

// The `--preset full-mission` film: the timeline's whole span with speed ramps,
// slow at lift-off, the staging events and docking contact, fast through the
// coast. Event ids used when present: liftoff, booster_sep, core_sep,
// spacecraft_sep, each burn_*, contact, hatch_open; missing
// ones are skipped. About four and a half minutes of video.
TimeWarp fullMissionWarp(double startUtcS, double endUtcS, double liftoffUtcS,
                         const std::vector<sim::MissionEvent>& events);

}  // namespace rv::app
