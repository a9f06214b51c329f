#include "overlay_builder.h"

#include <cmath>
#include <cstdio>

#include "astro/constants.h"
#include "astro/earth_rotation.h"
#include "astro/geodetic.h"
#include "astro/time_scales.h"
#include "readouts.h"
#include "render/model_dimensions.h"

namespace rv::app {
namespace {

using sim::ObjectId;

// Colours in linear light; > 1 so the tone mapper keeps them vivid.
const glm::vec3 kSoyuzColor(2.2f, 1.1f, 0.15f);  // orange
const glm::vec3 kIssColor(0.35f, 1.1f, 2.2f);    // sky blue
const glm::vec3 kMarkerColor(2.0f, 0.3f, 0.3f);
const glm::vec3 kStageColor(1.2f, 1.0f, 0.5f);  // impact pins of spent stages

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

// Label colours: display RGB, the orbit lines' hues.
const glm::vec3 kSoyuzLabel(1.0f, 0.66f, 0.25f);
const glm::vec3 kIssLabel(0.5f, 0.82f, 1.0f);
const glm::vec3 kSiteLabel(1.0f, 0.5f, 0.45f);
const glm::vec3 kStageLabel(0.85f, 0.85f, 0.85f);
const glm::vec3 kSunLabel(1.0f, 0.9f, 0.55f);

}  // namespace

void appendOnboardTvMarks(const CameraScene& scene, const render::Camera& camera,
                          std::vector<render::OverlayLine>& out) {
  const auto& soyuz = scene.mission[ObjectId::Soyuz];
  if (!soyuz.exists || soyuz.attached) return;
  const glm::vec3 kTv(0.25f, 1.6f, 0.3f);  // the monitor's green
  const glm::dmat3 toView = render::viewRotation(camera);
  const glm::dmat3 toTeme = glm::transpose(toView);  // rows of toView are the camera axes
  // A plane 0.2 m ahead; the reticle's size as a share of the half-height.
  constexpr double kAhead = 0.2;
  const double half = kAhead * std::tan(0.5 * camera.fovYRad);
  const auto at = [&](double x, double y) {
    return camera.posTeme + toTeme * glm::dvec3(x * half, y * half, -kAhead);
  };
  for (const auto& [dx, dy] :
       {std::pair{1.0, 0.0}, std::pair{-1.0, 0.0}, std::pair{0.0, 1.0}, std::pair{0.0, -1.0}}) {
    out.push_back({{at(dx * 0.06, dy * 0.06), at(dx * 0.4, dy * 0.4)}, kTv, false});
    for (double tick = 0.15; tick < 0.4; tick += 0.1)  // range ticks across each arm
      out.push_back({{at(dx * tick + dy * 0.02, dy * tick + dx * 0.02),
                      at(dx * tick - dy * 0.02, dy * tick - dx * 0.02)},
                     kTv,
                     false});
  }
  // The target mark: a ring the size of the port's docking cone (about
  // 0.8 m across) around the port, square to the line of sight, drawn up to
  // a metre in front of it so the port's own face does not hide it.
  const glm::dvec3 toPort = scene.portPosTeme - camera.posTeme;
  if (glm::dot(toPort, glm::normalize(camera.forwardTeme)) <= 1.0) return;
  const glm::dvec3 right = toTeme * glm::dvec3(1, 0, 0), up = toTeme * glm::dvec3(0, 1, 0);
  const double d = glm::length(toPort);
  const double pull = std::min(1.0, 0.3 * d);  // nearer the camera, same apparent size
  const glm::dvec3 ringCentre = scene.portPosTeme - toPort / d * pull;
  const double ringR = 0.4 * (d - pull) / d;
  render::OverlayLine ring{{}, kTv, true};
  for (int i = 0; i < 32; ++i) {
    const double a = 2.0 * 3.14159265358979323846 * i / 32.0;
    ring.pointsTeme.push_back(ringCentre + (right * std::cos(a) + up * std::sin(a)) * ringR);
  }
  out.push_back(std::move(ring));
}

void prependMomentMarks(const std::vector<sim::MissionEvent>& events, double utcS,
                        const CameraScene& scene, std::vector<render::Label>& out) {
  const glm::vec3 kMark(1.0f, 1.0f, 0.35f);
  std::vector<render::Label> marks;
  for (const sim::MissionEvent& e : events) {
    const bool contact = e.id == "contact", hatch = e.id == "hatch_open";
    if (!contact && !hatch) continue;
    const double shown = contact ? kContactMarkS : kHatchMarkS;
    if (utcS < e.utcS || utcS > e.utcS + shown) continue;
    const std::string clock = astro::formatIsoUtc(e.utcS, 0).substr(11, 8);
    marks.push_back(
        {scene.portPosTeme, 2.0, (contact ? "CONTACT  " : "Hatch open  ") + clock + " UTC", kMark});
  }
  out.insert(out.begin(), marks.begin(), marks.end());
}

// Half-widths of the long objects named at their ends: the rocket with its
// boosters' skirts (about 10 m across the base, less higher up), a spent
// stage (the core is 2.95 m across).
constexpr double kRocketHalfWidthM = 3.0;
constexpr double kPieceHalfWidthM = 1.5;

void appendLabels(const CameraScene& scene, const glm::dvec3& sunDirTeme,
                  const render::Camera& camera, std::vector<render::Label>& out) {
  const sim::MissionFrame& m = scene.mission;
  const auto& soyuz = m[ObjectId::Soyuz];
  const auto& iss = m[ObjectId::Iss];
  const bool docked = soyuz.phase == sim::Phase::Docked;
  const double portRangeM = glm::length(soyuz.posTeme - scene.portPosTeme);
  // The range to the port is worth reading from 10 km in, until contact.
  const bool nearPort = soyuz.exists && !soyuz.attached && !docked && portRangeM < 10e3;
  if (soyuz.exists && soyuz.attached) {
    // The whole stack, or the third stage and the spacecraft (~20 m) after core separation.
    // Named at its upper end on the picture (render::Label::halfAxisTeme),
    // the stack's long axis being its body X.
    const bool stack = m[ObjectId::Stack].exists;
    const auto& body = stack ? m[ObjectId::Stack] : soyuz;
    const double halfLengthM = stack ? 0.5 * render::kStackHeightM : 10.0;
    render::Label label{activeTargetTeme(scene), kRocketHalfWidthM, "Soyuz-2.1a", kSoyuzLabel};
    label.halfAxisTeme = body.attitudeTeme * glm::dvec3(halfLengthM, 0.0, 0.0);
    out.push_back(std::move(label));
  } else if (soyuz.exists) {
    std::string text = "Soyuz MS-19";
    if (nearPort) text += "  " + formatRangeM(portRangeM) + " to port";
    out.push_back(
        {activeTargetTeme(scene), 0.5 * render::kSoyuzArraySpanM, std::move(text), kSoyuzLabel});
  }
  if (iss.exists) out.push_back({iss.posTeme, 0.5 * render::kIssSpanMaxM, "ISS", kIssLabel});
  // The docking port, seen from a camera near the station (not the port's own).
  const double camToPortM = glm::length(camera.posTeme - scene.portPosTeme);
  if (iss.exists && !docked && camToPortM < 3e3 && camToPortM > 2.0) {
    std::string text = "Rassvet port";
    if (nearPort) text += "  " + formatRangeM(portRangeM);
    out.push_back({scene.portPosTeme, 1.0, std::move(text), kIssLabel});
  }
  out.push_back({scene.padPosTeme, 0.0, "Baikonur", kSiteLabel, true});
  // Where the spent stages came down: a map-scale fact, named only in views
  // from far out (the overview), not as clutter on the Earth behind a close-up.
  const bool mapView = glm::length(camera.posTeme) - astro::kWgs84A > 2000e3;
  for (const CameraScene::ImpactSite& site : scene.impacts)
    if (mapView) out.push_back({site.posTeme, 0.0, site.name + " impact", kStageLabel, true});

  // Separated launch-vehicle pieces, at their own centres, while they fly
  // and near enough to matter (not piled on the rocket in the overview).
  for (const LaunchPiece& p : kLaunchPieces) {
    const auto& s = m[p.id];
    if (!s.exists || s.attached || s.phase == sim::Phase::Impacted) continue;
    const glm::dvec3 c = pieceCentreTeme(s, p);
    if (glm::length(c - camera.posTeme) > 300e3) continue;
    render::Label label{c, kPieceHalfWidthM, p.name, kStageLabel};
    label.halfAxisTeme = s.attitudeTeme * glm::dvec3(0.9 * p.radiusM, 0.0, 0.0);
    out.push_back(std::move(label));
  }
  // The Sun's disc is 0.27 deg across; the name goes clear of its glare.
  constexpr double kAuM = 1.495978707e11, kSunRadiusM = 6.957e8;
  out.push_back({camera.posTeme + sunDirTeme * kAuM, 6.0 * kSunRadiusM, "Sun", kSunLabel});
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
    out.push_back(
        {{scene.padPosTeme + up * 2000.0, scene.padPosTeme + up * 400e3}, kMarkerColor, false});
    // Smaller pins where the spent stages came down (from the simulation).
    for (const CameraScene::ImpactSite& site : scene.impacts) {
      const glm::dvec3 siteUp = site.enuToTeme * glm::dvec3(0, 0, 1);
      out.push_back(
          {{site.posTeme + siteUp * 1000.0, site.posTeme + siteUp * 120e3}, kStageColor, false});
    }
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
      out.push_back(
          {{base, base + glm::normalize(acc) * len * 0.7}, glm::vec3(2.4f, 0.6f, 0.1f), false});
  }
}

}  // namespace rv::app
