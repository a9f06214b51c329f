#include "camera_director.h"

#include <algorithm>
#include <string_view>

#include "mission_context.h"
#include "record_job.h"
#include "sim/mission_events.h"

namespace rv::app {

CameraDirector::CameraDirector(std::vector<DirectorCue> cues) : m_cues(std::move(cues)) {
  std::stable_sort(m_cues.begin(), m_cues.end(),
                   [](const DirectorCue& a, const DirectorCue& b) { return a.utcS < b.utcS; });
}

Result<CameraDirector> CameraDirector::fromShotScript(std::string_view script,
                                                      const sim::MissionTimeline& timeline) {
  const auto bad = [](std::string_view piece, const std::string& why) {
    return fail("--shots: '" + std::string(piece) + "'" + why, ErrorKind::kBadInput);
  };
  std::vector<DirectorCue> cues;
  std::string names;
  for (const std::string& n : cameraNames()) names += (names.empty() ? "" : ", ") + n;
  size_t pos = 0;
  while (pos <= script.size()) {
    const size_t comma = std::min(script.find(',', pos), script.size());
    const std::string_view piece = script.substr(pos, comma - pos);
    pos = comma + 1;
    const size_t at = piece.find('@');
    if (piece.empty() || at == std::string_view::npos)
      return bad(piece, " is not camera@time (e.g. pad@T-10,chase@T+8,onboard@12:14)");
    const std::string_view name = piece.substr(0, at);
    const std::optional<CameraKind> camera = parseCameraName(name);
    if (!camera) return bad(piece, ": no camera '" + std::string(name) + "' (" + names + ")");
    const auto utc = resolveMissionTime(timeline, piece.substr(at + 1));
    if (!utc) return bad(piece, ": " + utc.error().message);
    if (!cues.empty() && *utc <= cues.back().utcS)
      return bad(piece, " is not after the shot before it");
    cues.push_back({*utc, *camera, 0.0});
  }
  return CameraDirector(std::move(cues));
}

CameraShot CameraDirector::shotAt(double utcS) const {
  if (m_cues.empty()) return {CameraKind::Overview, CameraKind::Overview, 1.0};
  // The last cue at or before utcS (the first one holds before it too).
  const auto it = std::upper_bound(m_cues.begin(), m_cues.end(), utcS,
                                   [](double t, const DirectorCue& c) { return t < c.utcS; });
  const size_t k = it == m_cues.begin() ? 0 : static_cast<size_t>(it - m_cues.begin()) - 1;
  const DirectorCue& cue = m_cues[k];
  if (k == 0 || cue.easeS <= 0.0 || utcS >= cue.utcS + cue.easeS)
    return {cue.camera, cue.camera, 1.0};
  // Previous camera: where the last ease was heading (an ease interrupted
  // by the next cue starts from its target; cues are spaced wider than eases).
  const CameraKind prev = m_cues[k - 1].camera;
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
  const auto cue = [&](double utc, CameraKind camera, bool cut = false) {
    cues.push_back({utc, camera, cut ? 0.0 : ease(utc)});
  };
  cue(startUtcS, CameraKind::Pad, true);
  cue(liftoffUtcS + 6.0, CameraKind::Chase);
  double orbitUtc = liftoffUtcS + 600.0;
  if (const auto* e = find("spacecraft_sep")) orbitUtc = e->utcS + 20.0;
  cue(orbitUtc, CameraKind::Overview);
  const auto* approach = find("approach_start");
  const auto* contact = find("contact");
  if (approach) cue(approach->utcS, CameraKind::Onboard);
  if (contact) {
    // The last minutes from the side (the chase camera's docking view holds
    // both craft), the last metres from beside the port, the docked pair
    // from the side again. Out of the onboard camera a cut: an ease would
    // start inside the Soyuz, looking away from it.
    cue(contact->utcS - 180.0, CameraKind::Chase, true);
    cue(contact->utcS - 25.0, CameraKind::Port, true);  // cuts on the action near the structures
    cue(contact->utcS + 15.0, CameraKind::Chase, true);
    cue(contact->utcS + 240.0, CameraKind::Overview);
  }
  return CameraDirector(std::move(cues));
}

}  // namespace rv::app
