#include "render/rocket_model.h"

#include "render/mesh_primitives.h"
#include "render/soyuz_model.h"

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rv::render {

namespace {

// ---- Colours (linear RGB). The Soyuz-2.1a body is light grey; engines dark metal. ----
const Surface kBody{srgbColor(200, 202, 198), kMaterialMatte};
const Surface kBodyDark{srgbColor(120, 122, 120), kMaterialMatte};
const Surface kEngine{srgbColor(70, 66, 62), kMaterialMetal};
const Surface kGrid{srgbColor(110, 110, 108), kMaterialMetal};
const Surface kFairing{srgbColor(222, 222, 218), kMaterialMatte};
const Surface kLes{srgbColor(205, 205, 200), kMaterialMatte};

// ---- Core stage (Block A), SpaceBallistics Stage2.h, bottom to top ----
constexpr float kCoreTailM = kCoreNozzleExtensionM;  // tail plane, 0.66 m above the exits
constexpr float kLowCylH = 15.178f;                  // Ø 2.05 m (MinD)
constexpr float kMidTrCH = 4.55f;                    // Ø 2.05 -> 2.95 m (MaxD)
constexpr float kUpperTrCH = 5.84f;                  // Ø 2.95 -> 2.70 m (TopD)
constexpr float kEquipBayH = 0.595f;                 // Ø 2.70 m
constexpr float kGridH = 0.975f;                     // interstage lattice under Block I
constexpr float kCoreMinR = 2.05f / 2.0f;
constexpr float kCoreMaxR = kCoreMaxDiameterM / 2.0f;
constexpr float kCoreTopR = 2.70f / 2.0f;
constexpr float kMaxBeltM = kCoreTailM + kLowCylH + kMidTrCH;  // 20.388 m, Ø 2.95 belt

// ---- Strap-on boosters (Blocks B, V, G, D), SpaceBallistics Stage1_Booster.h ----
constexpr float kBoosterTopConeH = 4.015f;  // full cone to Ø 1.35 m
constexpr float kBoosterTopConeR = 1.35f / 2.0f;
constexpr float kBoosterMainTrCH = 11.565f;  // Ø 1.35 -> 2.68 m
constexpr float kBoosterTailH = 4.020f;      // cylinder Ø 2.68 m
constexpr float kBoosterMaxR = kBoosterMaxDiameterM / 2.0f;
constexpr float kBoosterAttachBelowBeltM = 0.08f;  // AttH: apex 8 cm below the Ø 2.95 belt

// ---- Third stage (Block I), SpaceBallistics Stage3.h: aft section 2.533 m ----
constexpr float kThirdR = kThirdStageDiameterM / 2.0f;
constexpr float kThirdSkirtH = kThirdStageLengthM - (0.718f + 0.373f + 2.071f + 1.05f);
constexpr float kThirdSkirtTopM = kCoreTopM + kThirdSkirtH;  // 30.331 m
constexpr float kRd0110H = 1.575f;  // SOURCES S3 (RSW rd0110): 1.575 m tall, Ø 2.24 m

// ---- Fairing and escape tower: EST (no public drawing found); the tower tip is put at the
// sourced overall height 46.3 m. Fairing Ø 3.0 m is own knowledge. ----
constexpr float kFairingR = 1.5f;
constexpr float kFairingTopM = 43.4f;
constexpr float kFairingWallM = 0.04f;

// Thin-walled rocket nozzle along local -X: throat at x = 0, exit at x = -length.
void appendNozzle(MeshData& mesh, float length, float exitR, float throatR,
                  const glm::mat4& transform, const Surface& surface) {
  const float t = std::min(0.03f, 0.3f * throatR);
  std::vector<ProfilePoint> inner;
  std::vector<ProfilePoint> outer;
  constexpr int kSteps = 6;
  for (int i = 0; i <= kSteps; ++i) {
    const float f = static_cast<float>(i) / kSteps;
    const float r = throatR + (exitR - throatR) * (1.0f - (1.0f - f) * (1.0f - f));
    inner.push_back({-length * f, r - t});
    outer.push_back({-length * f, r});
  }
  std::vector<ProfilePoint> p;
  p.push_back({0.0f, 0.0f});
  p.push_back(inner.front());  // throat plug, facing down the nozzle
  for (const ProfilePoint& q : inner) p.push_back(q);
  p.push_back(inner.back());  // crease: exit lip
  p.push_back(outer.back());
  for (auto it = outer.rbegin(); it != outer.rend(); ++it) p.push_back(*it);
  p.push_back(outer.front());  // crease: chamber
  p.push_back({0.0f, throatR * 1.6f});
  p.push_back({0.0f, throatR * 1.6f});
  p.push_back({length * 0.35f, throatR * 1.6f});
  p.push_back({length * 0.45f, 0.0f});
  appendLathe(mesh, p, 16, transform, surface);
}

glm::mat4 translateM(const glm::vec3& v) {
  return glm::translate(glm::mat4(1.0f), v);
}

// Radial unit vector of booster i (0..3 = Blocks B, V, G, D at -Y, -Z, +Y, +Z).
glm::vec3 boosterRadial(int i) {
  switch (i) {
    case 0:
      return {0.0f, -1.0f, 0.0f};
    case 1:
      return {0.0f, 0.0f, -1.0f};
    case 2:
      return {0.0f, 1.0f, 0.0f};
    default:
      return {0.0f, 0.0f, 1.0f};
  }
}

struct BoosterFrame {
  glm::mat4 stackFromLocal;  // local +X up the booster axis, origin at the apex, +Z outward
};

// The booster axis leans out by alpha, the half-angle of its main truncated cone, so that
// the cone's inner generatrix runs along the core (SpaceBallistics: TanAlpha).
BoosterFrame boosterFrame(int i) {
  const float tanAlpha = (kBoosterMaxR - kBoosterTopConeR) / kBoosterMainTrCH;
  const float alpha = std::atan(tanAlpha);
  const glm::vec3 radial = boosterRadial(i);
  const float apexX = kMaxBeltM - kBoosterAttachBelowBeltM;
  const float apexR = kCoreMaxR + (kCoreMinR - kCoreMaxR) * (kBoosterAttachBelowBeltM / kMidTrCH);
  const glm::vec3 apex = glm::vec3(apexX, 0.0f, 0.0f) + apexR * radial;
  const glm::vec3 up = glm::vec3(std::cos(alpha), 0.0f, 0.0f) - std::sin(alpha) * radial;
  return {axisFrame(apex, up, radial)};
}

constexpr float kBoosterNozzleLenM = 0.74f;  // brings the exits down to the core's exit plane

// A part of the model, named after its piece.
ModelPart piecePart(RocketPart piece) {
  return namedPart(rocketPartName(piece));
}

// Booster i (0..3): Blocks B, V, G, D.
constexpr RocketPart kBoosterPieces[4] = {RocketPart::Booster1, RocketPart::Booster2,
                                          RocketPart::Booster3, RocketPart::Booster4};

ModelPart buildBooster(int i, int seg, EngineExit& exit) {
  const RocketPart piece = kBoosterPieces[i];
  ModelPart part = piecePart(piece);
  const glm::mat4 m = boosterFrame(i).stackFromLocal;
  const float h = kBoosterLengthM;
  const float tailTop = -(h - kBoosterTailH);
  const float coneTop = -kBoosterTopConeH;
  const ProfilePoint prof[] = {{-h, 0.0f},
                               {-h, kBoosterMaxR},
                               {-h, kBoosterMaxR},
                               {tailTop, kBoosterMaxR},
                               {tailTop, kBoosterMaxR},
                               {coneTop, kBoosterTopConeR},
                               {coneTop, kBoosterTopConeR},
                               {0.0f, 0.0f}};
  appendLathe(part.mesh, prof, seg, m, kBody);
  // A darker band round the tail (the engine bay) as on the real vehicle.
  appendCylinder(part.mesh, -h + 0.02f, -h + 1.2f, kBoosterMaxR + 0.01f, seg, m, kBodyDark, false);
  // Aerodynamic fin with its air rudder on the outer side (local +Z), EST size.
  appendPanel(part.mesh, 1.8f, 0.06f, 0.9f, m * translateM({-h + 1.3f, 0.0f, kBoosterMaxR + 0.45f}),
              kBody);
  appendPanel(part.mesh, 0.6f, 0.05f, 0.7f, m * translateM({-h + 0.3f, 0.0f, kBoosterMaxR + 0.55f}),
              kBodyDark);
  // RD-107A: four main chambers in a square and two verniers on the outer side.
  const float nl = kBoosterNozzleLenM;
  for (int k = 0; k < 4; ++k) {
    const float y = (k & 1) ? 0.38f : -0.38f;
    const float z = (k & 2) ? 0.38f : -0.38f;
    appendNozzle(part.mesh, nl + 0.3f, 0.33f, 0.14f, m * translateM({-h + 0.3f, y, z}), kEngine);
  }
  for (float y : {-0.72f, 0.72f}) {
    appendNozzle(part.mesh, 0.8f, 0.15f, 0.07f, m * translateM({-h + 0.1f, y, 0.85f}), kEngine);
  }
  exit.part = piece;
  exit.positionM = glm::vec3(m * glm::vec4(-h - nl, 0.0f, 0.0f, 1.0f));
  exit.directionM = glm::normalize(glm::vec3(m * glm::vec4(-1.0f, 0.0f, 0.0f, 0.0f)));
  exit.clusterRadiusM = 0.38f * std::sqrt(2.0f) + 0.33f;
  return part;
}

ModelPart buildCore(int seg, EngineExit& exit) {
  ModelPart part = piecePart(RocketPart::Core);
  const float x0 = kCoreTailM;
  const float x1 = x0 + kLowCylH;
  const float x2 = x1 + kMidTrCH;
  const float x3 = x2 + kUpperTrCH;
  const float x4 = x3 + kEquipBayH;
  const ProfilePoint prof[] = {{x0, 0.0f},
                               {x0, kCoreMinR},
                               {x0, kCoreMinR},
                               {x1, kCoreMinR},
                               {x1, kCoreMinR},
                               {x2, kCoreMaxR},
                               {x2, kCoreMaxR},
                               {x3, kCoreTopR},
                               {x3, kCoreTopR},
                               {x4, kCoreTopR},
                               {x4, kCoreTopR},  // deflector cone on top
                               {x4 + 0.5f * kGridH, 0.0f}};
  appendLathe(part.mesh, prof, seg, glm::mat4(1.0f), kBody);
  appendCylinder(part.mesh, x0 + 0.02f, x0 + 1.0f, kCoreMinR + 0.01f, seg, glm::mat4(1.0f),
                 kBodyDark, false);
  // Interstage lattice (the hot-staging grid): twelve V pairs of struts and two rings.
  const float gridTop = kCoreTopM;
  constexpr int kStruts = 12;
  for (int k = 0; k < kStruts; ++k) {
    const float a0 = glm::two_pi<float>() * static_cast<float>(k) / kStruts;
    const float a1 = a0 + glm::pi<float>() / kStruts;
    const glm::vec3 b(x4, kCoreTopR * std::cos(a0), kCoreTopR * std::sin(a0));
    const glm::vec3 t(gridTop - 0.08f, kThirdR * std::cos(a1), kThirdR * std::sin(a1));
    const float a2 = a0 - glm::pi<float>() / kStruts;
    const glm::vec3 t2(gridTop - 0.08f, kThirdR * std::cos(a2), kThirdR * std::sin(a2));
    appendBar(part.mesh, b, t, 0.07f, glm::mat4(1.0f), kGrid);
    appendBar(part.mesh, b, t2, 0.07f, glm::mat4(1.0f), kGrid);
  }
  appendTorus(part.mesh, kThirdR - 0.04f, 0.05f, seg, 6, translateM({gridTop - 0.05f, 0, 0}),
              kGrid);
  // RD-108A: four main chambers and four verniers (towards the boosters, ±Y and ±Z).
  for (int k = 0; k < 4; ++k) {
    const float y = (k & 1) ? 0.37f : -0.37f;
    const float z = (k & 2) ? 0.37f : -0.37f;
    appendNozzle(part.mesh, 1.0f, 0.33f, 0.14f, translateM({1.0f, y, z}), kEngine);
  }
  for (int k = 0; k < 4; ++k) {
    const glm::vec3 r = boosterRadial(k) * 0.86f;
    appendNozzle(part.mesh, 0.62f, 0.14f, 0.06f, translateM(glm::vec3(0.62f, 0, 0) + r), kEngine);
  }
  exit.part = RocketPart::Core;
  exit.positionM = glm::vec3(0.0f);
  exit.directionM = glm::vec3(-1.0f, 0.0f, 0.0f);
  exit.clusterRadiusM = 1.0f;
  return part;
}

ModelPart buildThirdStage(int seg, EngineExit& exit) {
  ModelPart part = piecePart(RocketPart::ThirdStage);
  const float xb = kThirdSkirtTopM;
  const float xt = kThirdStageTopM;
  // Oxidiser-tank bottom dome (seen once the aft section is gone), tank cylinder, flat top,
  // then the spacecraft adapter ring (EST, kPayloadAdapterM high).
  const ProfilePoint prof[] = {{xb - 0.35f, 0.0f},
                               {xb - 0.30f, 0.55f},
                               {xb - 0.18f, 0.95f},
                               {xb - 0.06f, 1.22f},
                               {xb, kThirdR},
                               {xb, kThirdR},
                               {xt, kThirdR},
                               {xt, kThirdR},
                               {xt, 1.20f},
                               {xt, 1.20f},
                               {xt + kPayloadAdapterM, 1.15f},
                               {xt + kPayloadAdapterM, 1.15f},
                               {xt + kPayloadAdapterM, 0.0f}};
  appendLathe(part.mesh, prof, seg, glm::mat4(1.0f), kBody);
  // RD-0110: four chambers; engine 1.575 m tall hanging under the tank, Ø 2.24 m overall.
  const float exitX = xb - kRd0110H;
  for (int k = 0; k < 4; ++k) {
    const float y = (k & 1) ? 0.55f : -0.55f;
    const float z = (k & 2) ? 0.55f : -0.55f;
    appendNozzle(part.mesh, 1.1f, 0.30f, 0.11f, translateM({exitX + 1.1f, y, z}), kEngine);
  }
  exit.part = RocketPart::ThirdStage;
  exit.positionM = glm::vec3(exitX, 0.0f, 0.0f);
  exit.directionM = glm::vec3(-1.0f, 0.0f, 0.0f);
  exit.clusterRadiusM = 0.55f * std::sqrt(2.0f) + 0.30f;
  return part;
}

ModelPart buildThirdStageSkirt(int seg) {
  ModelPart part = piecePart(RocketPart::ThirdStageSkirt);
  const float x0 = kCoreTopM;
  const float x1 = kThirdSkirtTopM;
  const float ri = kThirdR - 0.03f;
  // Thin-walled tube, closed loop: bottom lip, outside, top lip, inside.
  const ProfilePoint prof[] = {{x0, ri},      {x0, kThirdR}, {x0, kThirdR}, {x1, kThirdR},
                               {x1, kThirdR}, {x1, ri},      {x1, ri},      {x0, ri}};
  appendLathe(part.mesh, prof, seg, glm::mat4(1.0f), kBody);
  return part;
}

// Fairing half: +Z half (sweep 0..pi from +Y through +Z) for fairing_1, -Z for fairing_2.
ModelPart buildFairingHalf(int half, int seg) {
  ModelPart part = piecePart(half == 0 ? RocketPart::Fairing1 : RocketPart::Fairing2);
  const std::vector<ProfilePoint> outer = {{kThirdStageTopM - 0.10f, kThirdR + 0.02f},
                                           {kThirdStageTopM + 0.55f, kFairingR},
                                           {40.2f, kFairingR},
                                           {41.0f, 1.45f},
                                           {41.8f, 1.30f},
                                           {42.6f, 1.02f},
                                           {kFairingTopM, 0.60f}};
  std::vector<ProfilePoint> p;
  p.push_back({outer.front().x, outer.front().r - kFairingWallM});
  for (const ProfilePoint& q : outer) p.push_back(q);
  p.push_back(outer.back());
  p.push_back({kFairingTopM, 0.0f});
  p.push_back({kFairingTopM - kFairingWallM, 0.0f});
  p.push_back({kFairingTopM - kFairingWallM, 0.60f - kFairingWallM});
  p.push_back(p.back());
  for (auto it = outer.rbegin(); it != outer.rend(); ++it) {
    if (it == outer.rbegin()) continue;
    p.push_back({it->x, it->r - kFairingWallM});
  }
  const float start = half == 0 ? 0.0f : glm::pi<float>();
  appendLatheArc(part.mesh, p, seg / 2, start, glm::pi<float>(), glm::mat4(1.0f), kFairing);
  // Two of the four grid-fin stabilisers, folded flat on the lower fairing (EST size).
  for (float deg : {45.0f, 135.0f}) {
    const float a = glm::radians(deg) + start;
    const glm::vec3 radial(0.0f, std::cos(a), std::sin(a));
    const glm::vec3 c = glm::vec3(36.6f, 0.0f, 0.0f) + (kFairingR + 0.08f) * radial;
    appendBox(part.mesh, {1.4f, 0.9f, 0.12f}, axisFrame(c, {1, 0, 0}, radial), kGrid);
  }
  return part;
}

ModelPart buildLes(int seg) {
  ModelPart part = piecePart(RocketPart::Les);
  const float top = kStackHeightM;
  const ProfilePoint prof[] = {{kFairingTopM, 0.0f},
                               {kFairingTopM, 0.56f},
                               {kFairingTopM, 0.56f},
                               {43.9f, 0.46f},
                               {45.3f, 0.46f},
                               {45.3f, 0.46f},
                               {45.3f, 0.32f},
                               {45.3f, 0.32f},
                               {45.8f, 0.32f},
                               {top - 0.15f, 0.10f},
                               {top, 0.0f}};
  appendLathe(part.mesh, prof, seg, glm::mat4(1.0f), kLes);
  // Main-motor nozzles canted out and down round the top of the motor.
  for (int k = 0; k < 6; ++k) {
    const float a = glm::two_pi<float>() * static_cast<float>(k) / 6.0f;
    const glm::vec3 radial(0.0f, std::cos(a), std::sin(a));
    const glm::vec3 dir = glm::normalize(glm::vec3(1.0f, 0.0f, 0.0f) - 0.8f * radial);
    appendNozzle(part.mesh, 0.3f, 0.09f, 0.05f,
                 axisFrame(glm::vec3(45.1f, 0.0f, 0.0f) + 0.40f * radial, dir, radial), kEngine);
  }
  return part;
}

}  // namespace

RocketModel buildRocketModel(const RocketModelDesc& desc) {
  const int seg = std::max(8, desc.segments);
  RocketModel model;
  const auto add = [&model](RocketPart piece, ModelPart part) {
    model.parts.push_back(std::move(part));
    model.partIds.push_back(piece);
  };
  for (int i = 0; i < 4; ++i) {
    EngineExit exit;
    add(kBoosterPieces[i], buildBooster(i, seg, exit));
    model.engineExits.push_back(exit);
  }
  {
    EngineExit exit;
    add(RocketPart::Core, buildCore(seg, exit));
    model.engineExits.push_back(exit);
  }
  {
    EngineExit exit;
    add(RocketPart::ThirdStage, buildThirdStage(seg, exit));
    model.engineExits.push_back(exit);
  }
  add(RocketPart::ThirdStageSkirt, buildThirdStageSkirt(seg));
  add(RocketPart::Fairing1, buildFairingHalf(0, seg));
  add(RocketPart::Fairing2, buildFairingHalf(1, seg));
  add(RocketPart::Les, buildLes(seg));
  model.spacecraftProbeTipM = glm::vec3(kSpacecraftProbeTipXM, 0.0f, 0.0f);
  model.spacecraftAxis = glm::vec3(1.0f, 0.0f, 0.0f);
  if (desc.withSpacecraft) {
    SoyuzModelDesc sd;
    sd.segments = std::max(12, seg / 2);
    sd.arraysDeployed = false;
    const SoyuzModel soyuz = buildSoyuzModel(sd);
    ModelPart part = piecePart(RocketPart::Spacecraft);
    for (const ModelPart& p : soyuz.parts) {
      appendMesh(part.mesh, p.mesh, translateM(model.spacecraftProbeTipM));
    }
    add(RocketPart::Spacecraft, std::move(part));
  }
  const Aabb box = boundingBox(std::span<const ModelPart>(model.parts));
  model.heightM = box.max.x - box.min.x;
  return model;
}

const char* rocketPartName(RocketPart part) {
  switch (part) {
    case RocketPart::Whole:
      return "rocket";
    case RocketPart::Booster1:
      return "booster_1";
    case RocketPart::Booster2:
      return "booster_2";
    case RocketPart::Booster3:
      return "booster_3";
    case RocketPart::Booster4:
      return "booster_4";
    case RocketPart::Core:
      return "core";
    case RocketPart::ThirdStage:
      return "third_stage";
    case RocketPart::ThirdStageSkirt:
      return "third_stage_skirt";
    case RocketPart::Fairing1:
      return "fairing_1";
    case RocketPart::Fairing2:
      return "fairing_2";
    case RocketPart::Les:
      return "les";
    case RocketPart::Spacecraft:
      return "spacecraft";
  }
  return "rocket";
}

}  // namespace rv::render
