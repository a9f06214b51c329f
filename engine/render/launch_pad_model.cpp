#include "render/launch_pad_model.h"

#include "render/mesh_primitives.h"

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include <cmath>

namespace rv::render {

namespace {

const Surface kSteppe{srgbColor(150, 136, 104), kMaterialMatte};
const Surface kConcrete{srgbColor(140, 138, 132), kMaterialMatte};
const Surface kPitWall{srgbColor(96, 92, 86), kMaterialMatte};
const Surface kSteel{srgbColor(120, 122, 124), kMaterialMetal};
const Surface kMastRed{srgbColor(170, 60, 44), kMaterialMatte};

glm::mat4 translateM(const glm::vec3& v) {
  return glm::translate(glm::mat4(1.0f), v);
}

// All sizes EST (photographs; the pad is built over a large pit into which the flame deflects).
constexpr float kDeckHalfM = 12.0f;    // launch deck 24 x 24 m
constexpr float kDeckOpeningM = 6.0f;  // half-width of the opening the rocket hangs in
constexpr float kDeckThicknessM = 3.0f;
constexpr float kPitHalfWidthM = 16.0f;
constexpr float kPitLengthM = 110.0f;  // from the pad axis along the flame direction
constexpr float kPitBackM = 16.0f;     // behind the pad axis
constexpr float kPitDepthM = 30.0f;

// The pad's own axes in east/north/up: u along the pad axis (towards
// kPadAxisAzimuthDeg), v across it; `frame` maps pad-aligned coordinates
// (x along u, y along v, z up) into east/north/up. The flame is deflected
// into the pit towards -u (south-east), EST.
struct PadAxes {
  glm::vec3 u, v, up;
  glm::mat4 frame;
};

PadAxes padAxes() {
  const glm::mat3 m(padAlignedToEnu());
  PadAxes p;
  p.u = m[0];
  p.v = m[1];
  p.up = m[2];
  p.frame = glm::mat4(1.0f);
  p.frame[0] = glm::vec4(p.u, 0.0f);
  p.frame[1] = glm::vec4(p.v, 0.0f);
  p.frame[2] = glm::vec4(p.up, 0.0f);
  return p;
}

void addGround(LaunchPadModel& model, const PadAxes& pad, const LaunchPadModelDesc& desc) {
  const glm::mat4& padFrame = pad.frame;
  // Ground: four slabs round the pit, top at the deck top (the deck is flush with the ground
  // at the pit's edge in this simplification).
  {
    ModelPart g = namedPart("ground");
    const float h = desc.groundHalfSizeM;
    const float t = 1.0f;
    auto slab = [&](float u0, float u1, float v0, float v1) {
      if (u1 <= u0 || v1 <= v0) return;
      appendBox(g.mesh, {u1 - u0, v1 - v0, t},
                padFrame * translateM({0.5f * (u0 + u1), 0.5f * (v0 + v1), -0.5f * t}), kSteppe);
    };
    slab(-h, h, kPitHalfWidthM, h);                           // one side of the pit
    slab(-h, h, -h, -kPitHalfWidthM);                         // the other side
    slab(kPitBackM, h, -kPitHalfWidthM, kPitHalfWidthM);      // behind the pad
    slab(-h, -kPitLengthM, -kPitHalfWidthM, kPitHalfWidthM);  // beyond the pit's far end
    // Pit walls and a floor that ramps up to the far end.
    const float w = kPitHalfWidthM;
    const float len = kPitLengthM + kPitBackM;
    const float uc = 0.5f * (kPitBackM - kPitLengthM);
    for (float s : {-1.0f, 1.0f}) {
      appendBox(g.mesh, {len, 1.0f, kPitDepthM},
                padFrame * translateM({uc, s * (w - 0.5f), -0.5f * kPitDepthM}), kPitWall);
    }
    appendBox(g.mesh, {1.0f, 2.0f * w, kPitDepthM},
              padFrame * translateM({kPitBackM - 0.5f, 0.0f, -0.5f * kPitDepthM}), kPitWall);
    const float rampLen = std::sqrt(kPitLengthM * kPitLengthM + kPitDepthM * kPitDepthM);
    const float slope = std::atan2(kPitDepthM, kPitLengthM);
    appendBox(g.mesh, {rampLen, 2.0f * w, 1.0f},
              padFrame * translateM({-0.5f * kPitLengthM, 0.0f, -0.5f * kPitDepthM}) *
                  glm::rotate(glm::mat4(1.0f), slope, glm::vec3(0, 1, 0)),
              kPitWall);
    appendBox(g.mesh, {kPitBackM, 2.0f * w, 1.0f},
              padFrame * translateM({0.5f * kPitBackM, 0.0f, -kPitDepthM - 0.5f}), kPitWall);
    // Flame deflector under the rocket.
    appendBox(g.mesh, {14.0f, 12.0f, 6.0f},
              padFrame * translateM({0.0f, 0.0f, -kPitDepthM + 3.0f}) *
                  glm::rotate(glm::mat4(1.0f), glm::radians(-35.0f), glm::vec3(0, 1, 0)),
              kConcrete);
    model.parts.push_back(std::move(g));
  }
}

void addDeck(LaunchPadModel& model, const PadAxes& pad) {
  const glm::mat4& padFrame = pad.frame;
  // Launch deck: a square ring over the pit, with the opening the rocket hangs in.
  {
    ModelPart d = namedPart("launch_deck");
    const float a = kDeckHalfM;
    const float o = kDeckOpeningM;
    const float t = kDeckThicknessM;
    auto block = [&](float u0, float u1, float v0, float v1) {
      appendBox(d.mesh, {u1 - u0, v1 - v0, t},
                padFrame * translateM({0.5f * (u0 + u1), 0.5f * (v0 + v1), -0.5f * t}), kConcrete);
    };
    block(-a, a, o, a);
    block(-a, a, -a, -o);
    block(o, a, -o, o);
    block(-a, -o, -o, o);
    // Support girders spanning the pit under the deck.
    for (float s : {-1.0f, 1.0f}) {
      appendBox(d.mesh, {2.0f * a, 1.5f, 4.0f},
                padFrame * translateM({0.0f, s * (a - 1.0f), -t - 2.0f}), kSteel);
    }
    model.parts.push_back(std::move(d));
  }
}

void addSupportArms(LaunchPadModel& model, const PadAxes& pad) {
  const glm::mat4& padFrame = pad.frame;
  const glm::vec3& up = pad.up;
  // Four support arms, one per booster, from the deck edge up to the boosters (contact about
  // 15 m up the stack, radius 2.6 m from the axis: EST). They rotate outward about a
  // horizontal axis through their foot.
  const float footR = 8.0f;
  const float tipR = 2.7f;
  const float tipZ = 15.0f - kStackOriginBelowDeckM;
  for (int k = 0; k < 4; ++k) {
    const float a = glm::half_pi<float>() * static_cast<float>(k);
    const glm::vec3 radial = glm::vec3(padFrame * glm::vec4(std::cos(a), std::sin(a), 0, 0));
    const glm::vec3 foot = footR * radial;
    const glm::vec3 tip = tipR * radial + glm::vec3(0, 0, tipZ);
    ModelPart arm = namedPart("support_arm_" + std::to_string(k + 1));
    appendTruss(arm.mesh, glm::length(tip - foot), 1.4f, 1.4f, 1.6f, 0.12f,
                axisFrame(foot, tip - foot, radial), kSteel);
    appendBox(arm.mesh, {1.0f, 1.6f, 0.8f}, translateM(tip), kSteel);
    arm.pivotM = foot;
    arm.axis = glm::cross(up, radial);  // positive angle tips the arm outward
    model.parts.push_back(std::move(arm));
  }
}

void addCableMasts(LaunchPadModel& model, const PadAxes& pad) {
  const glm::vec3 &v = pad.v, &up = pad.up;
  // Two cable (umbilical) masts across the pad axis, ~25 m tall, leaning slightly away.
  for (int k = 0; k < 2; ++k) {
    const float s = k == 0 ? 1.0f : -1.0f;
    const glm::vec3 radial = s * v;
    const glm::vec3 foot = 9.5f * radial;
    const glm::vec3 top = 6.0f * radial + glm::vec3(0, 0, 24.0f);
    ModelPart mast = namedPart("cable_mast_" + std::to_string(k + 1));
    appendTruss(mast.mesh, glm::length(top - foot), 1.2f, 1.2f, 2.0f, 0.12f,
                axisFrame(foot, top - foot, radial), kMastRed);
    mast.pivotM = foot;
    mast.axis = glm::cross(up, radial);
    model.parts.push_back(std::move(mast));
  }
}

void addServiceGantry(LaunchPadModel& model, const PadAxes& pad) {
  const glm::vec3 &v = pad.v, &up = pad.up;
  // Service gantry: two halves lowered to the horizontal on either side of the pit, across
  // the pad axis (retracted), each ~50 m long, 12 m wide, 8 m deep, on pylons.
  {
    ModelPart g = namedPart("service_gantry");
    for (float s : {-1.0f, 1.0f}) {
      const glm::vec3 start = s * (kPitHalfWidthM + 4.0f) * v + glm::vec3(0, 0, 4.0f);
      appendTruss(g.mesh, 50.0f, 12.0f, 8.0f, 5.0f, 0.3f, axisFrame(start, s * v, up), kSteel);
      for (float d : {2.0f, 25.0f, 48.0f}) {
        appendBox(g.mesh, {1.5f, 1.5f, 4.0f},
                  translateM(start + s * d * v + glm::vec3(0, 0, -2.0f)), kConcrete);
      }
    }
    model.parts.push_back(std::move(g));
  }
}

}  // namespace

glm::dmat3 padAlignedToEnu() {
  const double az = glm::radians(static_cast<double>(kPadAxisAzimuthDeg));
  const glm::dvec3 u(std::sin(az), std::cos(az), 0.0);  // east, north components
  return glm::dmat3(u, glm::dvec3(-u.y, u.x, 0.0), glm::dvec3(0.0, 0.0, 1.0));
}

LaunchPadModel buildLaunchPadModel(const LaunchPadModelDesc& desc) {
  LaunchPadModel model;
  const PadAxes pad = padAxes();
  const glm::vec3 &u = pad.u, &up = pad.up;
  addGround(model, pad, desc);
  addDeck(model, pad);
  addSupportArms(model, pad);
  addCableMasts(model, pad);
  addServiceGantry(model, pad);
  // Stack placement: stack +X up, stack +Y along u, stack +Z = X x Y.
  model.stackOriginM = glm::vec3(0.0f, 0.0f, -kStackOriginBelowDeckM);
  glm::mat4 m(1.0f);
  m[0] = glm::vec4(up, 0.0f);
  m[1] = glm::vec4(u, 0.0f);
  m[2] = glm::vec4(glm::cross(up, u), 0.0f);
  m[3] = glm::vec4(model.stackOriginM, 1.0f);
  model.enuFromStack = m;
  return model;
}

}  // namespace rv::render
