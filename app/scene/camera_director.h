#pragma once
// `--camera auto`: which of the scene's cameras a recording shows at each
// mission instant, and how far an ease from the previous one has got. A pure
// function of the mission's event times (and, for a time-warped film, of the
// warp, so that eases last the same in video time at any speed); no GL, so it
// is unit-tested. The renderer side turns (camera, previous, blend) into a
// view by interpolating the two cameras' poses.
//
// The cut list, by phase (issue 7):
//   pad      from the start, through lift-off
//   chase    from a few seconds after lift-off, through staging
//   overview after spacecraft separation, during phasing
//   onboard  from the automatic approach
//   chase    the last three minutes, from the side of the docking axis
//   port     the last 25 s before contact (the probe meets the port), and
//   chase    again from 15 s after contact
//   overview again a few minutes after contact, to the end

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "camera_kind.h"

namespace rv::sim {
struct MissionEvent;
class MissionTimeline;
}  // namespace rv::sim

namespace rv::app {

class TimeWarp;

// The cameras the director's own cut list uses.
inline constexpr CameraKind kDirectorCameras[] = {CameraKind::Pad, CameraKind::Chase,
                                                  CameraKind::Overview, CameraKind::Onboard,
                                                  CameraKind::Port};

struct DirectorCue {
  double utcS = 0.0;  // the ease towards `camera` starts here
  CameraKind camera = CameraKind::Overview;
  double easeS = 0.0;  // mission seconds to reach it (0: a cut)
};

struct CameraShot {
  CameraKind camera = CameraKind::Overview;    // the camera being eased to (or shown)
  CameraKind previous = CameraKind::Overview;  // the one being left; equals camera when settled
  double blend = 1.0;                          // 0 = previous, 1 = camera; smoothstep-shaped
};

class CameraDirector {
 public:
  // Cues sorted by time; the first one holds from -infinity.
  explicit CameraDirector(std::vector<DirectorCue> cues);
  // The cut list above from the mission's events. Eases last `easeVideoS`
  // seconds of video: with a warp, that many seconds times the warp speed at
  // the cue; without, times `speed`.
  static CameraDirector forMission(double startUtcS, double liftoffUtcS,
                                   const std::vector<sim::MissionEvent>& events,
                                   const TimeWarp* warp, double speed = 1.0,
                                   double easeVideoS = 1.5);

  // A creator's own cut list (record --shots): "camera@time,camera@time,..."
  // with any camera's name and any time form resolveMissionTime takes, e.g.
  // "pad@T-10,chase@T+8,onboard@12:14,chase@contact-20". Each is a cut; the
  // first camera also holds before its time. Times must increase. Otherwise
  // a bad-input error, one line naming the bad piece.
  static Result<CameraDirector> fromShotScript(std::string_view script,
                                               const sim::MissionTimeline& timeline);

  CameraShot shotAt(double utcS) const;
  const std::vector<DirectorCue>& cues() const { return m_cues; }

 private:
  std::vector<DirectorCue> m_cues;
};

}  // namespace rv::app
