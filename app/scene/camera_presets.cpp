#include "camera_presets.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/quaternion.hpp>

#include "astro/constants.h"
#include "render/model_dimensions.h"

namespace rv::app {
namespace {

using sim::ObjectId;
constexpr double kDeg = astro::kDegToRad;

glm::dvec3 bodyAxis(const glm::dquat& q, int axis) {
  glm::dvec3 e(0.0);
  e[axis] = 1.0;
  return glm::normalize(q * e);
}

// Any unit vector perpendicular to v, preferring the plane of v and hint.
glm::dvec3 perpendicular(const glm::dvec3& v, const glm::dvec3& hint) {
  glm::dvec3 p = glm::cross(v, hint);
  if (glm::dot(p, p) < 1e-12)
    p = glm::cross(v, std::abs(v.z) < 0.9 ? glm::dvec3(0, 0, 1) : glm::dvec3(1, 0, 0));
  return glm::normalize(p);
}

double smoothstep(double e0, double e1, double x) {
  const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
  return t * t * (3.0 - 2.0 * t);
}

render::Camera padCamera(const CameraScene& s) {
  // An observer on the steppe ~1.5 km south-west of the pad, eye height 2 m.
  const glm::dvec3 eye = s.padPosTeme + s.padEnuToTeme * glm::dvec3(-1050.0, -1070.0, 2.0);
  const glm::dvec3 target = activeTargetTeme(s);
  const double dist = glm::length(target - eye);
  // Keep the rocket (plus room for its plume) a readable size as it climbs:
  // about 90 m of sky across the frame's height (the 46 m rocket half of
  // it), never wider than 40 deg.
  const double fov = std::clamp(2.0 * std::atan(45.0 / dist), 0.5 * kDeg, 40.0 * kDeg);
  const glm::dvec3 up = s.padEnuToTeme * glm::dvec3(0, 0, 1);
  return render::lookAt(eye, target, up, fov);
}

render::Camera chaseCamera(const CameraScene& s) {
  const auto& soyuz = s.mission[ObjectId::Soyuz];
  const glm::dvec3 target = activeTargetTeme(s);
  const glm::dvec3 radialUp = glm::normalize(target);
  if (soyuz.attached) {
    // Behind and a little to the side of the rocket, along its axis, so the
    // view stays steady through staging (the target is the stack's middle).
    const glm::dvec3 axis =
        bodyAxis(s.mission[ObjectId::Stack].exists ? s.mission[ObjectId::Stack].attitudeTeme
                                                   : soyuz.attitudeTeme,
                 0);
    const glm::dvec3 side = perpendicular(axis, radialUp);
    glm::dvec3 eye = target - axis * 70.0 + side * 90.0;
    // Never below the ground: near the pad the "behind" direction points down.
    const double heightAbovePad = glm::length(eye) - glm::length(s.padPosTeme);
    if (heightAbovePad < 15.0) eye += radialUp * (15.0 - heightAbovePad);
    return render::lookAt(eye, target + axis * 10.0, radialUp, 45.0 * kDeg);
  }
  // In orbit: behind the Soyuz along its orbital velocity, slightly above;
  // within 20 km of the station, behind it on the line to the port, so the
  // ISS stays in the background of the approach.
  glm::dvec3 vel = soyuz.velTeme;
  if (glm::dot(vel, vel) < 1.0) vel = bodyAxis(soyuz.attitudeTeme, 0);
  glm::dvec3 fwd = glm::normalize(vel - radialUp * glm::dot(vel, radialUp));
  const glm::dvec3 toPort = s.portPosTeme - target;
  const double range = glm::length(toPort);
  if (range > 1.0) {
    const double w = 1.0 - smoothstep(5e3, 20e3, range);
    fwd = glm::normalize(fwd * (1.0 - w) + (toPort / range) * w);
  }
  const glm::dvec3 eye = target - fwd * 35.0 + radialUp * 9.0 + perpendicular(fwd, radialUp) * 6.0;
  // The last hundred-odd metres: from the side, across the docking axis, so
  // the gap between the probe and the port is what fills the frame and the
  // contact can be seen (from behind, the Soyuz hides the port and the
  // station's modules clutter the view). The camera sits off the orbit
  // plane (H-bar), where the Russian segment's modules do not block it, at a
  // distance that frames the Soyuz and the port with room to spare. On the
  // way there the eye and the point looked at move together, so the Soyuz
  // never leaves the frame.
  const double side = smoothstep(0.0, 1.0, 1.0 - smoothstep(70.0, 160.0, range));
  if (side <= 0.0) return render::lookAt(eye, target, radialUp, 45.0 * kDeg);
  const auto& iss = s.mission[ObjectId::Iss];
  const glm::dvec3 hBar = glm::normalize(glm::cross(iss.posTeme, iss.velTeme));
  const glm::dvec3 mid = 0.5 * (target + s.portPosTeme);
  const double acrossFov = 40.0 * kDeg;
  const double span = range + 12.0;  // the Soyuz's length and a margin
  const double dist = std::max(span / (2.0 * std::tan(0.5 * acrossFov)) * 1.15, 14.0);
  // Across the line from the Soyuz to the port: H-bar's part square to it
  // (the fly-around can put the Soyuz off the orbit plane), else V-bar's.
  const glm::dvec3 line = toPort / std::max(range, 1e-9);
  glm::dvec3 across = hBar - line * glm::dot(hBar, line);
  if (glm::length(across) < 0.3) {
    const glm::dvec3 vBar = glm::cross(hBar, radialUp);
    across = vBar - line * glm::dot(vBar, line);
  }
  across = glm::normalize(across);
  const glm::dvec3 acrossEye = mid + across * dist + radialUp * (0.1 * dist);
  // Swing round the midpoint (not straight across), widening the radius, so
  // the Soyuz and the port stay in the frame all the way.
  const glm::dvec3 a = eye - mid, b = acrossEye - mid;
  const glm::dvec3 ua = glm::normalize(a), ub = glm::normalize(b);
  const double angle = std::acos(std::clamp(glm::dot(ua, ub), -1.0, 1.0));
  const glm::dvec3 dir =
      angle < 1e-6
          ? ub
          : glm::normalize(ua * std::sin((1.0 - side) * angle) + ub * std::sin(side * angle));
  const double radius = glm::length(a) + (glm::length(b) - glm::length(a)) * side;
  // Behind the Soyuz, the midpoint is on the same line of sight as the
  // Soyuz itself, so looking at it from the start changes nothing there and
  // keeps the port in the frame through the swing; the field of view widens
  // where the swing needs it to hold both, with a margin.
  const glm::dvec3 swungEye = mid + dir * radius;
  const glm::dvec3 view = glm::normalize(mid - swungEye);
  const auto offAxis = [&](const glm::dvec3& p) {
    return std::acos(std::clamp(glm::dot(glm::normalize(p - swungEye), view), -1.0, 1.0));
  };
  const double needed = 2.0 * 1.25 * std::max(offAxis(target), offAxis(s.portPosTeme));
  const double fov = std::clamp(std::max(45.0 * kDeg + (acrossFov - 45.0 * kDeg) * side, needed),
                                10.0 * kDeg, 75.0 * kDeg);
  return render::lookAt(swungEye, mid, radialUp, fov);
}

render::Camera onboardCamera(const CameraScene& s) {
  const auto& soyuz = s.mission[ObjectId::Soyuz];
  if (soyuz.attached) return chaseCamera(s);
  // Like the Kurs TV camera: on the Soyuz's docking axis, looking ahead. Far
  // from the station it looks at the ISS instead, so there is something to see.
  const glm::dvec3 axis = bodyAxis(soyuz.attitudeTeme, 0);
  const glm::dvec3 eye = soyuz.posTeme - axis * 0.3 + bodyAxis(soyuz.attitudeTeme, 2) * 1.1;
  // Beyond the last ~200 m the Soyuz's axis is not yet on the port (fly-around,
  // station-keeping), so aim at the port (then the station's centre far out);
  // close in, the docking axis itself, as the real camera sees it.
  const glm::dvec3 toPort = s.portPosTeme - eye;
  const double range = glm::length(toPort);
  const glm::dvec3 toIss = s.mission[ObjectId::Iss].posTeme - eye;
  const double far = smoothstep(2000.0, 10000.0, range);
  const glm::dvec3 look =
      glm::normalize(glm::normalize(toPort) * (1.0 - far) + glm::normalize(toIss) * far);
  const double w = smoothstep(30.0, 200.0, range);
  const glm::dvec3 fwd = glm::normalize(axis * (1.0 - w) + look * w);
  const double fov = range > 3000.0
                         ? std::clamp(2.0 * std::atan(80.0 / range), 1.0 * kDeg, 40.0 * kDeg)
                         : 40.0 * kDeg;
  return render::lookAt(eye, eye + fwd, bodyAxis(soyuz.attitudeTeme, 2), fov);
}

render::Camera portCamera(const CameraScene& s) {
  // From Rassvet, 2.5 m beside the port, down the docking axis (towards the
  // Earth), ISS forward up. It looks at the incoming Soyuz and zooms to keep
  // it a readable size (about 30 m across the frame's height); in the last
  // tens of metres it widens to 50 deg, so the port's rim and the probe
  // meeting it share the picture. Far out or gone, it looks down the axis.
  const glm::dvec3 forward = s.issRotTeme * glm::dvec3(1, 0, 0);
  const glm::dvec3 eye = s.portPosTeme + s.portAxisTeme * 0.3 + forward * 2.5;
  const auto& soyuz = s.mission[ObjectId::Soyuz];
  glm::dvec3 look = s.portAxisTeme;
  double fov = 40.0 * kDeg;
  if (soyuz.exists && !soyuz.attached) {
    // The last metres: the probe's tip, so its meeting with the port is in
    // the middle of the picture; farther out, the Soyuz's middle.
    const double tipRange = glm::length(soyuz.posTeme - eye);
    const glm::dvec3 aim =
        glm::mix(soyuz.posTeme, activeTargetTeme(s), smoothstep(6.0, 40.0, tipRange));
    const glm::dvec3 toSoyuz = aim - eye;
    const double range = glm::length(toSoyuz);
    // Only within the approach cone below the port: off it (the fly-around,
    // the V-bar approach) the station's own modules are in the way.
    const double offAxis =
        std::acos(std::clamp(glm::dot(toSoyuz / std::max(range, 1e-9), s.portAxisTeme), -1.0, 1.0));
    if (range > 0.5 && range < 5000.0 && (offAxis < 35.0 * kDeg || range < 15.0)) {
      const double w =
          (1.0 - smoothstep(2000.0, 5000.0, range)) *
          (1.0 - smoothstep(25.0 * kDeg, 35.0 * kDeg, offAxis) * smoothstep(10.0, 15.0, range));
      look = glm::normalize(s.portAxisTeme * (1.0 - w) + (toSoyuz / range) * w);
      fov = std::clamp(2.0 * std::atan(15.0 / range), 2.0 * kDeg, 50.0 * kDeg);
      fov = fov * w + 40.0 * kDeg * (1.0 - w);
    }
  }
  // Up is the station's forward while looking down the axis; looking across
  // the port (at the probe's tip) it becomes "away from the Earth".
  const double across = std::abs(glm::dot(look, forward));
  const glm::dvec3 up = glm::normalize(forward * (1.0 - across) - s.portAxisTeme * across);
  return render::lookAt(eye, eye + look, up, fov);
}

render::Camera overviewCamera(const CameraScene& s) {
  // The Earth from 3.3 radii, above the active vehicle and tilted toward the
  // ISS orbit's pole so both orbits show as open ellipses.
  const auto& iss = s.mission[ObjectId::Iss];
  const glm::dvec3 normal = glm::normalize(glm::cross(iss.posTeme, iss.velTeme));
  const glm::dvec3 dir = glm::normalize(glm::normalize(activeTargetTeme(s)) + normal * 0.6);
  return render::lookAt(dir * (3.3 * astro::kWgs84A), glm::dvec3(0.0), normal, 45.0 * kDeg);
}

// The separated pieces in flight now, newest first: the stage camera's
// subject (the third stage just after separation, else the falling core,
// else the four boosters together).
std::vector<ObjectId> fallingPieces(const CameraScene& s) {
  const auto falling = [&](ObjectId id) {
    const auto& o = s.mission[id];
    if (!o.exists || o.attached) return false;
    // The third stage reaches orbit beside the Soyuz: worth a look while
    // the two are still close (the first tens of minutes).
    if (id == ObjectId::ThirdStage)
      return o.phase != sim::Phase::Impacted &&
             glm::length(o.posTeme - s.mission[ObjectId::Soyuz].posTeme) < 2e3;
    return o.phase == sim::Phase::Ballistic;
  };
  for (const auto& group :
       {std::vector<ObjectId>{ObjectId::ThirdStage}, std::vector<ObjectId>{ObjectId::Core},
        std::vector<ObjectId>{ObjectId::Booster1, ObjectId::Booster2, ObjectId::Booster3,
                              ObjectId::Booster4}}) {
    std::vector<ObjectId> out;
    for (ObjectId id : group)
      if (falling(id)) out.push_back(id);
    if (!out.empty()) return out;
  }
  return {};
}

render::Camera stagesCamera(const CameraScene& s) {
  // The newest falling pieces, framed whole as they spread (the boosters'
  // "Korolev cross"), from beside and a little above their path, looking
  // back towards the rocket climbing away. Nothing falling: the chase view.
  const std::vector<ObjectId> pieces = fallingPieces(s);
  if (pieces.empty()) return chaseCamera(s);
  glm::dvec3 centre(0.0), vel(0.0);
  std::vector<glm::dvec3> middles;
  double size = 0.0;
  for (ObjectId id : pieces) {
    const LaunchPiece& piece = *launchPiece(id);
    middles.push_back(pieceCentreTeme(s.mission[id], piece));
    centre += middles.back();
    vel += s.mission[id].velTeme;
    size = std::max(size, piece.radiusM);
  }
  centre /= static_cast<double>(pieces.size());
  vel /= static_cast<double>(pieces.size());
  double spread = size + 5.0;
  for (const glm::dvec3& p : middles) spread = std::max(spread, glm::length(p - centre) + size);
  const glm::dvec3 up = glm::normalize(centre);
  glm::dvec3 along = vel - up * glm::dot(vel, up);
  along = glm::dot(along, along) > 1e-6 ? glm::normalize(along) : perpendicular(up, up);
  const glm::dvec3 side = perpendicular(along, up);
  const double fov = 40.0 * kDeg;
  const double dist = std::max(spread / std::tan(0.5 * fov) * 1.3, 60.0);
  const glm::dvec3 eye = centre + side * dist * 0.8 + up * dist * 0.35 + along * dist * 0.45;
  return render::lookAt(eye, centre, up, fov);
}

render::Camera freeCamera(const CameraScene& s, const FreeCameraParams& f) {
  const glm::dvec3 target = activeTargetTeme(s);
  const glm::dvec3 up = glm::normalize(target);
  const glm::dvec3 east = perpendicular(glm::dvec3(0, 0, 1), up) * -1.0;
  const glm::dvec3 north = glm::cross(up, east);
  const double cp = std::cos(f.pitchRad);
  const glm::dvec3 offset = (east * std::cos(f.yawRad) * cp + north * std::sin(f.yawRad) * cp +
                             up * std::sin(f.pitchRad)) *
                            f.distanceM;
  return render::lookAt(target + offset, target, up, 45.0 * kDeg);
}

}  // namespace

namespace {
constexpr double kCoreR = 0.5 * render::kCoreMaxDiameterM;
constexpr double kBoosterR = 0.5 * render::kBoosterMaxDiameterM;
constexpr double kBoosterX = render::kCoreNozzleExtensionM + 0.5 * render::kBoosterLengthM;
}  // namespace

const LaunchPiece kLaunchPieces[9] = {
    {ObjectId::Booster1, "Booster B", {kBoosterX, -(kCoreR + kBoosterR), 0.0}, 10.0},
    {ObjectId::Booster2, "Booster V", {kBoosterX, 0.0, -(kCoreR + kBoosterR)}, 10.0},
    {ObjectId::Booster3, "Booster G", {kBoosterX, kCoreR + kBoosterR, 0.0}, 10.0},
    {ObjectId::Booster4, "Booster D", {kBoosterX, 0.0, kCoreR + kBoosterR}, 10.0},
    {ObjectId::Core, "Core stage", {0.5 * render::kCoreTopM, 0.0, 0.0}, 14.0},
    {ObjectId::ThirdStage,
     "Third stage",
     {0.5 * (render::kCoreTopM + render::kThirdStageTopM), 0.0, 0.0},
     3.5},
    {ObjectId::Fairing1, "Fairing", {40.0, 0.0, 0.0}, 6.0},
    {ObjectId::Fairing2, "Fairing", {40.0, 0.0, 0.0}, 6.0},
    {ObjectId::Les, "Escape tower", {44.0, 0.0, 0.0}, 4.0},
};

const LaunchPiece* launchPiece(ObjectId id) {
  for (const LaunchPiece& p : kLaunchPieces)
    if (p.id == id) return &p;
  return nullptr;
}

glm::dvec3 pieceCentreTeme(const sim::ObjectState& s, const LaunchPiece& piece) {
  return s.posTeme + s.attitudeTeme * piece.centreInStack;
}

glm::dvec3 activeTargetTeme(const CameraScene& s) {
  const auto& soyuz = s.mission[ObjectId::Soyuz];
  if (soyuz.attached) {
    // Middle of the stack: the stack frame origin is at the engines' base.
    const auto& stack = s.mission[ObjectId::Stack];
    const auto& third = s.mission[ObjectId::ThirdStage];
    const auto& base = stack.exists ? stack : third;
    const double height = stack.exists ? render::kStackHeightM : 20.0;
    const double offset = stack.exists ? 0.5 * height : 38.0;
    return base.posTeme + bodyAxis(base.attitudeTeme, 0) * offset;
  }
  return soyuz.posTeme - bodyAxis(soyuz.attitudeTeme, 0) * 3.7;  // Soyuz centre
}

render::Camera cameraFor(CameraKind kind, const CameraScene& scene, const FreeCameraParams& free) {
  switch (kind) {
    case CameraKind::Pad:
      return padCamera(scene);
    case CameraKind::Chase:
      return chaseCamera(scene);
    case CameraKind::Onboard:
      return onboardCamera(scene);
    case CameraKind::Port:
      return portCamera(scene);
    case CameraKind::Overview:
      return overviewCamera(scene);
    case CameraKind::Free:
      return freeCamera(scene, free);
    case CameraKind::Stages:
      return stagesCamera(scene);
  }
  return chaseCamera(scene);
}

glm::dvec3 cameraSubjectTeme(CameraKind kind, const CameraScene& s) {
  const auto& soyuz = s.mission[ObjectId::Soyuz];
  const bool free = soyuz.exists && !soyuz.attached;
  if (kind == CameraKind::Onboard && free) return s.portPosTeme;
  // Beside the port in the last metres: the probe's tip meeting it.
  if (kind == CameraKind::Port && free && glm::length(soyuz.posTeme - s.portPosTeme) < 6.0)
    return soyuz.posTeme;
  return activeTargetTeme(s);
}

std::string cameraIdleReason(CameraKind kind, const CameraScene& s) {
  const auto& soyuz = s.mission[ObjectId::Soyuz];
  const bool free = soyuz.exists && !soyuz.attached;
  switch (kind) {
    case CameraKind::Pad:
      if (glm::length(activeTargetTeme(s) - s.padPosTeme) > 400e3)
        return "the rocket is beyond the pad observer's sight";
      return "";
    case CameraKind::Onboard:
      return free ? "" : "the Soyuz is still inside the fairing (this shows the chase view)";
    case CameraKind::Port:
      if (!free) return "the Soyuz is not in flight yet";
      if (soyuz.phase != sim::Phase::Docked && glm::length(soyuz.posTeme - s.portPosTeme) > 10e3)
        return "the Soyuz is more than 10 km from the port";
      return "";
    case CameraKind::Stages:
      return fallingPieces(s).empty() ? "no stage is falling now (this shows the chase view)" : "";
    default:
      return "";
  }
}

render::Camera blendCameras(const render::Camera& a, const render::Camera& b, double t) {
  const double e = smoothstep(0.0, 1.0, t);
  if (e <= 0.0) return a;
  if (e >= 1.0) return b;
  render::Camera c = b;
  c.posTeme = a.posTeme + (b.posTeme - a.posTeme) * e;
  const glm::dquat qa = glm::quatLookAt(glm::normalize(a.forwardTeme), a.upTeme);
  const glm::dquat qb = glm::quatLookAt(glm::normalize(b.forwardTeme), b.upTeme);
  const glm::dquat q = glm::slerp(qa, qb, e);
  c.forwardTeme = q * glm::dvec3(0, 0, -1);
  c.upTeme = q * glm::dvec3(0, 1, 0);
  c.fovYRad = a.fovYRad + (b.fovYRad - a.fovYRad) * e;
  return c;
}

render::Camera keepSubjectDuringEase(const render::Camera& blended, const glm::dvec3& subjectTeme,
                                     double t) {
  const double e = smoothstep(0.0, 1.0, t);
  // 0 at the ends, fully turned for most of the way.
  const double w = std::min(1.0, 4.0 * std::sin(3.14159265358979323846 * e));
  if (w <= 0.0) return blended;
  const render::Camera aimed =
      render::lookAt(blended.posTeme, subjectTeme, blended.upTeme, blended.fovYRad);
  render::Camera out = blendCameras(blended, aimed, w);
  out.posTeme = blended.posTeme;  // only the view turns
  out.fovYRad = blended.fovYRad;
  return out;
}

}  // namespace rv::app
