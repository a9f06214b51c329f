#include "frame_builder.h"

#include "pad_exhaust.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/quaternion.hpp>

#include "astro/constants.h"
#include "astro/earth_rotation.h"
#include "astro/geodetic.h"
#include "astro/sun_direction.h"
#include "astro/time_scales.h"
#include "render/model_dimensions.h"

namespace rv::app {
namespace {

using sim::ObjectId;

// Fraction of the Sun seen from a point: a cylindrical Earth shadow with a
// 20 km soft edge (the penumbra in low orbit is ~10-20 km wide).
float sunlightAt(const glm::dvec3& posTeme, const glm::dvec3& sunDir) {
  const double along = glm::dot(posTeme, sunDir);
  if (along >= 0.0) return 1.0f;
  const double off = glm::length(posTeme - sunDir * along);
  const double t = (off - (astro::kWgs84A - 10e3)) / 20e3;
  return static_cast<float>(std::clamp(t, 0.0, 1.0));
}

render::ModelInstance instance(render::ModelKind kind, render::RocketPart part,
                               const sim::ObjectState& s, const glm::dvec3& sunDir) {
  render::ModelInstance m;
  m.model = kind;
  m.part = part;
  m.posTeme = s.posTeme;
  m.rotTeme = glm::mat3_cast(s.attitudeTeme);
  m.sunlight = sunlightAt(s.posTeme, sunDir);
  return m;
}

// The lamps of the night docking (mission file [lights]): the Soyuz's
// floodlight along its docking axis while it approaches, and the light by
// the port shining down the docking axis.
void appendLamps(const sim::LightsConfig& lights, const CameraScene& scene,
                 std::vector<render::SpotLight>& out) {
  const auto lamp = [](const sim::LampConfig& c, const glm::dvec3& pos, const glm::dvec3& dir) {
    return render::SpotLight{pos, dir, static_cast<float>(c.halfAngleDeg * astro::kDegToRad),
                             static_cast<float>(c.reachM), static_cast<float>(c.intensity)};
  };
  const auto& soyuz = scene.mission[ObjectId::Soyuz];
  const bool approaching =
      soyuz.exists && !soyuz.attached &&
      (soyuz.phase == sim::Phase::Approach || soyuz.phase == sim::Phase::Flyaround ||
       soyuz.phase == sim::Phase::Stationkeeping || soyuz.phase == sim::Phase::FinalApproach ||
       soyuz.phase == sim::Phase::ManualApproach);
  if (approaching && lights.soyuzFloodlight.intensity > 0.0) {
    const glm::dvec3 axis = glm::normalize(soyuz.attitudeTeme * glm::dvec3(1, 0, 0));
    const glm::dvec3 up = glm::normalize(soyuz.attitudeTeme * glm::dvec3(0, 0, 1));
    out.push_back(lamp(lights.soyuzFloodlight, soyuz.posTeme - axis * 0.8 + up * 0.9, axis));
  }
  if (scene.mission[ObjectId::Iss].exists && lights.portLight.intensity > 0.0) {
    const glm::dvec3 side = glm::normalize(scene.issRotTeme * glm::dvec3(1, 0, 0));
    out.push_back(lamp(lights.portLight, scene.portPosTeme + side * 1.5, scene.portAxisTeme));
  }
}

}  // namespace

double autoExposure(double sunlight, double biasEv) {
  const double lit = std::clamp(sunlight, 0.0, 1.0);
  return (kShadowExposureGain + (1.0 - kShadowExposureGain) * lit) * std::exp2(biasEv);
}

double gmstAt(const LoadedMission& mission, double utcS) {
  return astro::gmstRad(astro::julianDate(astro::ut1FromUtc(utcS, mission.config.dut1S)));
}

CameraScene cameraScene(const LoadedMission& mission, double utcS) {
  CameraScene s;
  const sim::MissionTimeline& tl = *mission.timeline;
  s.mission = tl.frame(utcS);
  const double gmst = gmstAt(mission, utcS);
  const auto& launch = mission.config.launch;
  const double lat = launch.padLatDeg * astro::kDegToRad, lon = launch.padLonDeg * astro::kDegToRad;
  // The pad model's origin is the deck top, kStackOriginBelowDeckM above
  // the stack origin that the simulation places at the site's height.
  const glm::dvec3 deckEcef =
      astro::ecefFromGeodetic({lat, lon, launch.padHeightM + render::kStackOriginBelowDeckM});
  s.padPosTeme = astro::ecefToTeme(deckEcef, gmst);
  s.padEnuToTeme = astro::ecefToTemeMatrix(gmst) * astro::enuToEcefMatrix(lat, lon);
  const sim::DockingPort port = tl.iss().port(utcS);
  s.portPosTeme = port.posTeme;
  s.portAxisTeme = port.axisTeme;
  s.issRotTeme = glm::mat3_cast(s.mission[ObjectId::Iss].attitudeTeme);
  for (const sim::MissionEvent& e : tl.events()) {
    if (!e.hasPlace || e.utcS > utcS) continue;
    const double elat = e.latDeg * astro::kDegToRad, elon = e.lonDeg * astro::kDegToRad;
    const std::string name = e.name.substr(0, e.name.rfind(" impact"));
    s.impacts.push_back({name, astro::ecefToTeme(astro::ecefFromGeodetic({elat, elon, 0.0}), gmst),
                         astro::ecefToTemeMatrix(gmst) * astro::enuToEcefMatrix(elat, elon)});
  }
  return s;
}

render::RenderFrame buildFrame(const LoadedMission& mission, const FrameRequest& req) {
  render::RenderFrame f;
  f.utcS = req.utcS;
  f.gmstRad = gmstAt(mission, req.utcS);
  f.sunDirTeme = astro::sunPosition(req.utcS).directionTeme;
  // The terrain around Baikonur is flat at the site's height (104 m); the
  // renderer's local ground patch is raised to it so the pad sits on it.
  f.groundHeightM = mission.config.launch.padHeightM;
  const CameraScene scene = cameraScene(mission, req.utcS);
  f.camera = cameraFor(req.camera, scene, req.free);
  if (req.fromCamera && req.blend < 1.0) {
    f.camera = blendCameras(cameraFor(*req.fromCamera, scene, req.free), f.camera, req.blend);
    f.camera = keepSubjectDuringEase(f.camera, cameraSubjectTeme(req.camera, scene), req.blend);
  }
  f.camera.lensShiftNdc = req.lensShiftNdc;
  // A close-up meters on its subject; a wide view (the overview's lit
  // globe) keeps the daylight exposure.
  const glm::dvec3 subject = activeTargetTeme(scene);
  const bool closeUp = glm::length(f.camera.posTeme - subject) < 50e3;
  f.exposure = static_cast<float>(
      autoExposure(closeUp ? sunlightAt(subject, f.sunDirTeme) : 1.0, req.exposureBiasEv));

  const sim::MissionFrame& m = scene.mission;
  const glm::dvec3& sun = f.sunDirTeme;
  appendLamps(mission.config.lights, scene, f.spotLights);
  if (m[ObjectId::Iss].exists)
    f.models.push_back(
        instance(render::ModelKind::Iss, render::RocketPart::Whole, m[ObjectId::Iss], sun));
  const auto& soyuz = m[ObjectId::Soyuz];
  if (soyuz.exists && !soyuz.attached) {
    // The S5.80 plume and the DPO-B puffs come from the simulated thrusters.
    render::ModelInstance inst =
        instance(render::ModelKind::Soyuz, render::RocketPart::Whole, soyuz, sun);
    inst.plume = (soyuz.enginesFiring & sim::kEngineSoyuzMain) ? 1.0f : 0.0f;
    inst.thrusterPuffs = soyuz.rcsMask;  // the same bit layout (render_frame.h)
    f.models.push_back(inst);
  }

  // Launch-vehicle pieces: meshes are built in the stack frame and each
  // piece's pose is that frame as carried by the piece.
  using render::RocketPart;
  struct Piece {
    ObjectId id;
    RocketPart part;
    uint8_t engines;
  };
  static constexpr Piece kPieces[] = {
      {ObjectId::Booster1, RocketPart::Booster1, sim::kEnginesBoosters},
      {ObjectId::Booster2, RocketPart::Booster2, sim::kEnginesBoosters},
      {ObjectId::Booster3, RocketPart::Booster3, sim::kEnginesBoosters},
      {ObjectId::Booster4, RocketPart::Booster4, sim::kEnginesBoosters},
      {ObjectId::Core, RocketPart::Core, sim::kEngineCore},
      {ObjectId::ThirdStage, RocketPart::ThirdStage, sim::kEngineThird},
      {ObjectId::Fairing1, RocketPart::Fairing1, 0},
      {ObjectId::Fairing2, RocketPart::Fairing2, 0},
      {ObjectId::Les, RocketPart::Les, 0}};
  // Plumes: the engine groups the simulation says are firing (attached
  // pieces carry the stack's state; a separated piece fires nothing).
  for (const Piece& p : kPieces) {
    if (!m[p.id].exists) continue;
    render::ModelInstance inst = instance(render::ModelKind::Rocket, p.part, m[p.id], sun);
    if (m[p.id].enginesFiring & p.engines) {
      inst.plume = 1.0f;
      // As the simulated air thins (US76 pressure at the rocket), the
      // underexpanded plume balloons: 1 at sea level, 5 in vacuum.
      constexpr double kSeaLevelPa = 101325.0;
      const double airFraction = std::clamp(m[p.id].ambientPressurePa / kSeaLevelPa, 0.0, 1.0);
      inst.plumeSpread = static_cast<float>(1.0 + 4.0 * (1.0 - airFraction));
    }
    f.models.push_back(inst);
  }
  const auto& third = m[ObjectId::ThirdStage];
  const sim::MissionEvent* skirtOff = mission.timeline->findEvent("aft_skirt_jettison");
  if (third.exists && (!skirtOff || req.utcS < skirtOff->utcS))
    f.models.push_back(
        instance(render::ModelKind::Rocket, RocketPart::ThirdStageSkirt, third, sun));
  if (soyuz.exists && soyuz.attached && third.exists)
    f.models.push_back(instance(render::ModelKind::Rocket, RocketPart::Spacecraft, third, sun));

  appendOverlays(mission, scene, req.utcS, f.gmstRad, f.camera, req.overlays, f.lines);
  if (req.overlays.labels) appendLabels(scene, f.sunDirTeme, f.camera, f.labels);
  prependMomentMarks(mission.timeline->events(), req.utcS, scene, f.labels);
  if (req.camera == CameraKind::Onboard && req.blend >= 1.0)
    appendOnboardTvMarks(scene, f.camera, f.lines);

  // The pad, when the camera is near enough to see it.
  if (glm::length(f.camera.posTeme - scene.padPosTeme) < 300e3) {
    render::ModelInstance pad;
    pad.model = render::ModelKind::LaunchPad;
    pad.posTeme = scene.padPosTeme;
    pad.rotTeme = scene.padEnuToTeme;
    pad.sunlight = sunlightAt(scene.padPosTeme, sun);
    f.models.push_back(pad);
    f.padExhaust = padExhaustAt(mission, req.utcS);
  }
  return f;
}

}  // namespace rv::app
