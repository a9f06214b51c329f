#include "overlay_builder.h"

#include <cmath>

#include "astro/constants.h"
#include "astro/earth_rotation.h"
#include "astro/geodetic.h"
#include "astro/time_scales.h"

namespace rv::app {
namespace {

using sim::ObjectId;

// Colours in linear light; > 1 so the tone mapper keeps them vivid.
const glm::vec3 kSoyuzColor(2.2f, 1.1f, 0.15f); // orange
const glm::vec3 kIssColor(0.35f, 1.1f, 2.2f);   // sky blue
const glm::vec3 kMarkerColor(2.0f, 0.3f, 0.3f);

// Sub-satellite points of an object over a window around utc, pinned to the
// Earth as drawn at utc (so the track lies on the rotating globe), lifted
// 3 km so it does not fight the surface.
std::vector<glm::dvec3> groundTrack(const sim::MissionTimeline& tl, ObjectId id, double utcS,
                                    double gmstNow, double dut1S) {
  std::vector<glm::dvec3> pts;
  const double t0 = std::max(tl.startUtcS(), utcS - 3000.0);
  const double t1 = std::min(tl.endUtcS(), utcS + 3000.0);
  for (double t = t0; t <= t1; t += 30.0) {
    const sim::ObjectState s = tl.objectState(id, t);
    if (!s.exists) continue;
    const double gmst = astro::gmstRad(astro::julianDate(astro::ut1FromUtc(t, dut1S)));
    astro::Geodetic g = astro::geodeticFromTeme(s.posTeme, gmst);
    g.altM = 3000.0;
    pts.push_back(astro::ecefToTeme(astro::ecefFromGeodetic(g), gmstNow));
  }
  return pts;
}

} // namespace

OverlayOptions defaultOverlays(CameraKind camera) {
  const bool wide = camera == CameraKind::Overview;
  OverlayOptions o;
  o.orbits = wide;
  o.groundTracks = wide;
  o.baikonurMarker = wide;
  o.arrows = false;
  return o;
}

std::vector<glm::dvec3> orbitPolyline(const glm::dvec3& r, const glm::dvec3& v, int samples) {
  const double mu = astro::kEarthGm;
  const glm::dvec3 h = glm::cross(r, v);
  const double hn = glm::length(h);
  const double energy = 0.5 * glm::dot(v, v) - mu / glm::length(r);
  if (hn < 1.0 || energy >= 0.0) return {};
  const glm::dvec3 eVec = glm::cross(v, h) / mu - r / glm::length(r);
  const double e = glm::length(eVec);
  const double p = hn * hn / mu;
  // Perifocal axes; for a near-circular orbit any in-plane axis will do.
  const glm::dvec3 w = h / hn;
  const glm::dvec3 pAxis = e > 1e-9 ? eVec / e : glm::normalize(r);
  const glm::dvec3 qAxis = glm::cross(w, pAxis);
  std::vector<glm::dvec3> pts;
  pts.reserve(static_cast<size_t>(samples));
  for (int i = 0; i < samples; ++i) {
    const double nu = astro::kTwoPi * i / samples;
    const double radius = p / (1.0 + e * std::cos(nu));
    pts.push_back((pAxis * std::cos(nu) + qAxis * std::sin(nu)) * radius);
  }
  return pts;
}

void appendOverlays(const LoadedMission& mission, const CameraScene& scene, double utcS,
                    double gmstRad, const render::Camera& camera, const OverlayOptions& options,
                    std::vector<render::OverlayLine>& out) {
  const sim::MissionTimeline& tl = *mission.timeline;
  const auto& soyuz = scene.mission[ObjectId::Soyuz];
  const auto& iss = scene.mission[ObjectId::Iss];
  if (options.orbits) {
    out.push_back({orbitPolyline(iss.posTeme, iss.velTeme, 256), kIssColor, true});
    // The Soyuz's orbit once it is fast enough to have one above the ground.
    if (soyuz.exists && soyuz.phase != sim::Phase::Docked) {
      auto pts = orbitPolyline(soyuz.posTeme, soyuz.velTeme, 256);
      if (!pts.empty()) out.push_back({std::move(pts), kSoyuzColor, true});
    }
  }
  if (options.groundTracks) {
    out.push_back({groundTrack(tl, ObjectId::Iss, utcS, gmstRad, mission.config.dut1S),
                   kIssColor * 0.6f, false});
    out.push_back({groundTrack(tl, ObjectId::Soyuz, utcS, gmstRad, mission.config.dut1S),
                   kSoyuzColor * 0.6f, false});
  }
  if (options.baikonurMarker) {
    // A 400 km pin above Site 31/6, visible from orbit and the overview.
    const glm::dvec3 up = scene.padEnuToTeme * glm::dvec3(0, 0, 1);
    out.push_back({{scene.padPosTeme + up * 2000.0, scene.padPosTeme + up * 400e3}, kMarkerColor,
                   false});
  }
  if (options.arrows && soyuz.exists) {
    // Arrow length: a fifth of the distance to the camera, so it reads at any zoom.
    const glm::dvec3 base = activeTargetTeme(scene);
    const double len = 0.2 * glm::length(base - camera.posTeme);
    // Velocity relative to the ground is what a class expects near the pad;
    // inertial velocity is what matters in orbit: show the inertial one.
    const glm::dvec3 vel = soyuz.velTeme;
    if (glm::length(vel) > 1e-3)
      out.push_back({{base, base + glm::normalize(vel) * len}, glm::vec3(0.3f, 2.0f, 0.4f), false});
    const glm::dvec3 acc = soyuz.accelTeme;
    if (glm::length(acc) > 1e-3)
      out.push_back({{base, base + glm::normalize(acc) * len * 0.7}, glm::vec3(2.4f, 0.6f, 0.1f), false});
  }
}

} // namespace rv::app
