#include "camera_director.h"

#include <algorithm>
#include <string_view>

#include "record_job.h"
#include "sim/mission_events.h"

namespace rv::app {

CameraDirector::CameraDirector(std::vector<DirectorCue> cues) : m_cues(std::move(cues)) {
  std::stable_sort(m_cues.begin(), m_cues.end(),
                   [](const DirectorCue& a, const DirectorCue& b) { return a.utcS < b.utcS; });
}

CameraShot CameraDirector::shotAt(double utcS) const {
  if (m_cues.empty()) return {"overview", "overview", 1.0};
  // The last cue at or before utcS (the first one holds before it too).
  const auto it = std::upper_bound(m_cues.begin(), m_cues.end(), utcS,
                                   [](double t, const DirectorCue& c) { return t < c.utcS; });
  const size_t k = it == m_cues.begin() ? 0 : static_cast<size_t>(it - m_cues.begin()) - 1;
  const DirectorCue& cue = m_cues[k];
  if (k == 0 || cue.easeS <= 0.0 || utcS >= cue.utcS + cue.easeS)
    return {cue.camera, cue.camera, 1.0};
  // Previous camera: where the last ease was heading (an ease interrupted
  // by the next cue starts from its target; cues are spaced wider than eases).
  const std::string& prev = m_cues[k - 1].camera;
  const double x = std::clamp((utcS - cue.utcS) / cue.easeS, 0.0, 1.0);
  return {cue.camera, prev, x * x * (3.0 - 2.0 * x)};
}

CameraDirector CameraDirector::forMission(double startUtcS, double liftoffUtcS,
                                          const std::vector<sim::MissionEvent>& events,
                                          const TimeWarp* warp, double speed, double easeVideoS) {
  const auto find = [&](std::string_view id) -> const sim::MissionEvent* {
    for (const auto& e : events)
      if (e.id == id) return &e;
    return nullptr;
  };
  const auto ease = [&](double utc) { return easeVideoS * (warp ? warp->speedAt(utc) : speed); };
  std::vector<DirectorCue> cues;
  const auto cue = [&](double utc, const char* camera, bool cut = false) {
    cues.push_back({utc, camera, cut ? 0.0 : ease(utc)});
  };
  cue(startUtcS, "pad", true);
  cue(liftoffUtcS + 6.0, "chase");
  double orbitUtc = liftoffUtcS + 600.0;
  if (const auto* e = find("spacecraft_sep")) orbitUtc = e->utcS + 20.0;
  cue(orbitUtc, "overview");
  const auto* approach = find("approach_start");
  const auto* contact = find("contact");
  if (approach) cue(approach->utcS, "onboard");
  if (contact) {
    cue(contact->utcS - 180.0, "port");
    cue(contact->utcS + 240.0, "overview");
  }
  return CameraDirector(std::move(cues));
}

}  // namespace rv::app
