#include "render/iss_model.h"

#include "render/mesh_primitives.h"
#include "render/soyuz_model.h"

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <vector>

// [SECTION] Colours and helpers
// [SECTION] Truss, radiators, solar-array wings
// [SECTION] US segment
// [SECTION] Russian segment
// [SECTION] Visiting vehicles
// [SECTION] Assembly and joints

namespace rv::render {

namespace {

// ============================================================================================
// [SECTION] Colours and helpers
// ============================================================================================

const Surface kModuleWhite{srgbColor(218, 216, 206), kMaterialMatte};  // beta-cloth MLI
const Surface kRussianWhite{srgbColor(206, 206, 196), kMaterialMatte};
const Surface kRussianGreen{srgbColor(150, 156, 132), kMaterialMatte};  // Zarya/Zvezda blankets
const Surface kTrussMetal{srgbColor(170, 170, 165), kMaterialMetal};
const Surface kDarkMetal{srgbColor(80, 80, 82), kMaterialMetal};
const Surface kRadiator{srgbColor(236, 236, 232), kMaterialMatte};
const Surface kSolarCell{srgbColor(28, 36, 80), kMaterialSolarCell};
const Surface kBlanketBox{srgbColor(190, 160, 90), kMaterialMetal};  // gold foil containment
const Surface kCupolaWindow{srgbColor(30, 34, 40), kMaterialMetal};
const Surface kIrosaCell{srgbColor(36, 40, 58), kMaterialSolarCell};  // greyer than legacy cells

constexpr float kSpineZ = 4.8f;  // SOURCES S8 port-chain assumption: pressurized axis at Z = +4.8

glm::mat4 translateM(const glm::vec3& v) {
  return glm::translate(glm::mat4(1.0f), v);
}

// A module of revolution whose axis starts at `start` and runs along `dir`; the profile's x is
// the distance along `dir` (lathe order: increasing x, along the outside).
void appendModule(MeshData& mesh, const glm::vec3& start, const glm::vec3& dir,
                  std::initializer_list<ProfilePoint> profile, int seg, const Surface& s) {
  const glm::vec3 up =
      std::abs(dir.z) > 0.9f ? glm::vec3(1.0f, 0.0f, 0.0f) : glm::vec3(0.0f, 0.0f, 1.0f);
  appendLathe(mesh, std::vector<ProfilePoint>(profile), seg, axisFrame(start, dir, up), s);
}

// A cylindrical module of length L and radius r with short end cones onto hatch rings of
// radius 0.6 r (the usual look of a CBM-ended module).
void appendCanModule(MeshData& mesh, const glm::vec3& start, const glm::vec3& dir, float length,
                     float radius, int seg, const Surface& s) {
  const float re = 0.6f * radius;
  const float c = std::min(0.45f, 0.2f * length);
  appendModule(mesh, start, dir,
               {{0.0f, 0.0f},
                {0.0f, re},
                {0.0f, re},
                {c, radius},
                {c, radius},
                {length - c, radius},
                {length - c, radius},
                {length, re},
                {length, re},
                {length, 0.0f}},
               seg, s);
}

// ============================================================================================
// [SECTION] Truss, radiators, solar-array wings
// ============================================================================================

// Y stations of the integrated truss (SOURCES S8, derived Y stations; EST at the joints).
constexpr float kS0HalfM = 6.7f;        // S0 13.4 m
constexpr float kS1EndM = 20.4f;        // S1/P1 13.7 m
constexpr float kSarjM = 27.0f;         // SARJ between S3 and S4 ("near ±27")
constexpr float kS4EndM = 34.2f;        // S3/S4 pair 13.8 m
constexpr float kS5EndM = 37.6f;        // S5 spacer 3.37 m
constexpr float kS6EndM = 50.0f;        // S6 ~12.4 m (segment length EST, 10-14 m)
constexpr float kTrussSectionM = 4.6f;  // S0/S1 cross-section
constexpr float kS4MastY = 32.9f;       // S4/P4 beta gimbals "about ±32-34"
constexpr float kS6MastY = 48.5f;       // S6/P6 masts "about ±47-49"; tips ±54.3 -> 108.6 m

// Wings (SOURCES S8): 33.1 m long, 11.6 m wide (two 4.6 m blankets either side of the
// mast); the pair spans ~73 m tip to tip, so each wing root is 3.4 m from the truss axis.
constexpr float kWingRootM = 0.5f * (kIssWingPairSpanM - 2.0f * kIssWingLengthM);
constexpr float kBlanketWidthM = 4.6f;
constexpr float kBlanketGapM = 0.5f * kIssWingWidthM - kBlanketWidthM;  // mast half-gap 1.2 m

void appendTrussSegment(MeshData& m, float y0, float y1, float section, const Surface& s) {
  appendTruss(m, y1 - y0, section, section, 2.3f, 0.18f,
              axisFrame({0.0f, y0, 0.0f}, {0.0f, 1.0f, 0.0f}, {0.0f, 0.0f, 1.0f}), s);
}

// Legacy wing in its rest pose along `side` (+1: towards +Z nadir, -1: zenith) from the mast
// root at (0, mastY, side * kWingRootM). Blankets in the Y-Z plane, cells facing ±X.
MeshData buildWing(float mastY, float side, bool withIrosa) {
  MeshData m;
  const float z0 = side * kWingRootM;
  const glm::vec3 dir(0.0f, 0.0f, side);
  // Beta gimbal and mast canister between the truss and the wing root.
  appendBox(m, {1.0f, 1.0f, kWingRootM - 2.3f},
            translateM({0.0f, mastY, side * 0.5f * (kWingRootM + 2.3f)}), kDarkMetal);
  // Containment boxes at the root and the tip (gold foil).
  appendBox(m, {0.5f, kIssWingWidthM, 0.5f}, translateM({0.0f, mastY, z0 + side * 0.3f}),
            kBlanketBox);
  appendBox(m, {0.3f, kIssWingWidthM, 0.3f},
            translateM({0.0f, mastY, z0 + side * (kIssWingLengthM - 0.15f)}), kBlanketBox);
  // FAST mast along the wing.
  appendTruss(m, kIssWingLengthM - 0.6f, 0.7f, 0.7f, 3.2f, 0.05f,
              axisFrame({0.0f, mastY, z0 + side * 0.3f}, dir, {1.0f, 0.0f, 0.0f}), kTrussMetal);
  // Two blankets, each in 16 panels so the hinge lines read at a distance.
  constexpr int kPanels = 16;
  const float blanketLen = kIssWingLengthM - 1.1f;
  const float panelLen = blanketLen / kPanels;
  for (float ys : {-1.0f, 1.0f}) {
    const float yc = mastY + ys * (kBlanketGapM + 0.5f * kBlanketWidthM);
    for (int i = 0; i < kPanels; ++i) {
      const float zc = z0 + side * (0.55f + panelLen * (static_cast<float>(i) + 0.5f));
      appendBox(m, {0.02f, kBlanketWidthM, panelLen - 0.04f}, translateM({0.0f, yc, zc}),
                kSolarCell);
    }
  }
  if (withIrosa) {
    // iROSA (SOURCES S8): 18.3 x 6.0 m on a bracket at the wing's base, canted ~10° off
    // the legacy wing, shading roughly its inboard half. Placed on the +X (cell) side.
    const float cant = glm::radians(10.0f);
    const glm::mat4 base = translateM({0.6f, mastY, z0 + side * 0.8f}) *
                           glm::rotate(glm::mat4(1.0f), side * cant, glm::vec3(0, 1, 0));
    appendBox(m, {0.03f, 6.0f, 18.3f}, base * translateM({0.0f, 0.0f, side * 9.15f}), kIrosaCell);
    appendBox(m, {0.4f, 0.4f, 18.3f}, base * translateM({0.0f, 0.0f, side * 9.15f}), kTrussMetal);
  }
  return m;
}

// HRS radiator set on S1 or P1 (SOURCES S8): three radiators of ~23 x 3.4 m, 8 panels
// each, side by side along Y, extending aft from the truss in the rest pose.
MeshData buildHrsRadiators(float ySign) {
  MeshData m;
  const float yStart = kS0HalfM + 1.2f;
  for (int k = 0; k < 3; ++k) {
    const float yc = ySign * (yStart + 1.7f + 3.6f * static_cast<float>(k));
    appendBox(m, {2.6f, 1.0f, 1.0f}, translateM({-1.3f - 2.3f, yc, 0.0f}), kTrussMetal);
    for (int p = 0; p < 8; ++p) {
      const float panel = 23.0f / 8.0f;
      const float xc = -2.3f - 0.2f - panel * (static_cast<float>(p) + 0.5f);
      appendBox(m, {panel - 0.06f, 3.4f, 0.05f}, translateM({xc, yc, 0.0f}), kRadiator);
    }
  }
  return m;
}

// Outboard truss (S4 outboard of the SARJ, S5, S6) with the PV radiators and IEAs; rotates
// with alpha. ySign +1: starboard.
MeshData buildOutboardTruss(float ySign) {
  MeshData m;
  auto seg = [&](float a, float b, float section) {
    const float y0 = ySign > 0 ? a : -b;
    appendTrussSegment(m, y0, y0 + (b - a), section, kTrussMetal);
  };
  seg(kSarjM + 0.4f, kS4EndM, 4.8f);  // S4, 4.8 m section
  seg(kS4EndM, kS5EndM, 4.4f);        // S5 spacer, 4.55 x 4.24 m
  seg(kS5EndM, kS6EndM, 4.6f);        // S6
  // SARJ outboard ring.
  appendCylinder(m, 0.0f, 0.4f, 2.6f, 32,
                 axisFrame({0.0f, ySign * kSarjM, 0.0f}, {0.0f, ySign, 0.0f}), kDarkMetal);
  // Integrated equipment assemblies (boxes) and PV radiators (13.6 x 3.1 m, 7 panels),
  // one per PVM, in the X-Y plane next to the IEA (SOURCES S8, estimates).
  for (const auto& [mastY, xSign] : {std::pair{kS4MastY, 1.0f}, std::pair{kS6MastY, -1.0f}}) {
    const float yIea = ySign * (mastY - 3.5f);
    appendBox(m, {4.0f, 3.0f, 3.6f}, translateM({0.0f, yIea, 0.0f}), kModuleWhite);
    for (int p = 0; p < 7; ++p) {
      const float panel = 13.6f / 7.0f;
      const float xc = xSign * (2.6f + panel * (static_cast<float>(p) + 0.5f));
      appendBox(m, {panel - 0.05f, 3.1f, 0.05f}, translateM({xc, yIea, 0.0f}), kRadiator);
    }
  }
  return m;
}

MeshData buildCentralTruss() {
  MeshData m;
  appendTrussSegment(m, -kS0HalfM, kS0HalfM, kTrussSectionM, kTrussMetal);  // S0
  appendTrussSegment(m, kS0HalfM, kS1EndM, kTrussSectionM, kTrussMetal);    // S1
  appendTrussSegment(m, -kS1EndM, -kS0HalfM, kTrussSectionM, kTrussMetal);  // P1
  appendTrussSegment(m, kS1EndM, kSarjM - 0.4f, 4.8f, kTrussMetal);         // S3
  appendTrussSegment(m, -(kSarjM - 0.4f), -kS1EndM, 4.8f, kTrussMetal);     // P3
  for (float s : {-1.0f, 1.0f}) {
    appendCylinder(m, 0.0f, 0.4f, 2.6f, 32,
                   axisFrame({0.0f, s * (kSarjM - 0.4f), 0.0f}, {0.0f, s, 0.0f}), kDarkMetal);
  }
  // Equipment boxes on S0's faces (avionics, the mobile transporter rails' look).
  appendBox(m, {3.6f, 10.0f, 0.5f}, translateM({0.0f, 0.0f, -2.0f}), kModuleWhite);
  return m;
}

// ============================================================================================
// [SECTION] US segment (spine along X at Z = kSpineZ; SOURCES S8)
// ============================================================================================

struct PortSet {
  std::vector<DockingPort> ports;
  void add(std::string name, const glm::vec3& p, const glm::vec3& axis) {
    ports.push_back({std::move(name), p, axis});
  }
};

MeshData buildUsSegment(int seg, PortSet& ports) {
  MeshData m;
  const glm::vec3 px(1, 0, 0), nx(-1, 0, 0), py(0, 1, 0), ny(0, -1, 0), pz(0, 0, 1), nz(0, 0, -1);
  // Destiny 8.53 x Ø 4.27 m, centred on X = 0 (assumption (a)).
  appendCanModule(m, {-4.265f, 0.0f, kSpineZ}, px, 8.53f, 4.27f / 2.0f, seg, kModuleWhite);
  // S0 sits on Destiny via the module-to-truss struts.
  for (float x : {-2.0f, 2.0f}) {
    for (float y : {-1.2f, 1.2f}) {
      appendBar(m, {x, y, 2.25f}, {x * 0.8f, y, kSpineZ - 2.0f}, 0.15f, glm::mat4(1.0f),
                kTrussMetal);
    }
  }
  // Unity 5.47 x Ø 4.57 m, aft of Destiny; centre X = -7.0.
  const float unityX = -4.265f - 5.47f / 2.0f;
  appendCanModule(m, {-4.265f, 0.0f, kSpineZ}, nx, 5.47f, 4.57f / 2.0f, seg, kModuleWhite);
  // Harmony 7.2 x Ø 4.4 m forward of Destiny; centre X ≈ +7.9.
  const float harmonyX = 4.265f + 3.6f;
  appendCanModule(m, {4.265f, 0.0f, kSpineZ}, px, 7.2f, 2.2f, seg, kModuleWhite);
  // PMA: 1.86 m, Ø 1.9 -> 1.37 m; IDA: 1.1 m tall, Ø 1.6 m (2.4 m with targets).
  auto pmaIda = [&](const glm::vec3& start, const glm::vec3& dir, bool ida) {
    appendModule(m, start, dir,
                 {{0.0f, 0.0f},
                  {0.0f, 0.95f},
                  {0.0f, 0.95f},
                  {1.86f, 0.685f},
                  {1.86f, 0.685f},
                  {1.86f, 0.0f}},
                 seg, kModuleWhite);
    glm::vec3 end = start + 1.86f * dir;
    if (ida) {
      appendModule(m, end, dir,
                   {{0.0f, 0.0f},
                    {0.0f, 0.8f},
                    {0.0f, 0.8f},
                    {0.9f, 0.8f},
                    {0.9f, 1.2f},
                    {1.0f, 1.2f},
                    {1.0f, 0.8f},
                    {1.1f, 0.8f},
                    {1.1f, 0.8f},
                    {1.1f, 0.0f}},
                   seg, kTrussMetal);
      end += 1.1f * dir;
    }
    return end;
  };
  // PMA-2 + IDA-2 on Harmony forward (empty on 5 Oct 2021), PMA-3 + IDA-3 on Harmony zenith.
  ports.add("ida2_forward", pmaIda({harmonyX + 3.6f, 0.0f, kSpineZ}, px, true), px);
  ports.add("ida3_zenith", pmaIda({harmonyX, 0.0f, kSpineZ - 2.2f}, nz, true), nz);
  // Columbus 6.87 x Ø 4.47 on Harmony starboard; Kibo JPM 11.2 x Ø 4.4 on Harmony port.
  appendCanModule(m, {harmonyX, 2.2f, kSpineZ}, py, 6.87f, 4.47f / 2.0f, seg, kModuleWhite);
  appendCanModule(m, {harmonyX, -2.2f, kSpineZ}, ny, 11.2f, 2.2f, seg, kModuleWhite);
  // Kibo JLP 3.9 x Ø 4.4 on the JPM zenith near its inboard end.
  appendCanModule(m, {harmonyX, -5.0f, kSpineZ - 2.1f}, nz, 3.9f, 2.2f, seg, kModuleWhite);
  // Kibo EF: about a 5.6 x 5.0 x 4.0 m box outboard of the JPM.
  appendBox(m, {5.0f, 5.6f, 4.0f}, translateM({harmonyX, -2.2f - 11.2f - 2.8f, kSpineZ}),
            kTrussMetal);
  // Tranquility 6.706 x Ø 4.48 on Unity port; Cupola (1.5 m, Ø 2.95) on its nadir side;
  // Bishop (2.1 m, Ø 2.4) on its outboard end; PMM Leonardo (6.6 x Ø 4.57, OK) forward; BEAM
  // (~4.0 x Ø 3.2) aft (SOURCES S8).
  appendCanModule(m, {unityX, -2.285f, kSpineZ}, ny, 6.706f, 2.24f, seg, kModuleWhite);
  const float cupolaY = -4.2f;
  appendModule(m, {unityX, cupolaY, kSpineZ + 2.1f}, pz,
               {{0.0f, 0.0f},
                {0.0f, 1.475f},
                {0.0f, 1.475f},
                {1.1f, 1.3f},
                {1.1f, 1.3f},
                {1.5f, 0.75f},
                {1.5f, 0.75f},
                {1.5f, 0.0f}},
               seg, kModuleWhite);
  appendCylinder(m, 1.5f, 1.52f, 0.6f, seg, axisFrame({unityX, cupolaY, kSpineZ + 2.1f}, pz),
                 kCupolaWindow, true);
  appendModule(m, {unityX, -2.285f - 6.706f, kSpineZ}, ny,
               {{0.0f, 0.0f}, {0.0f, 1.2f}, {0.0f, 1.2f}, {2.1f, 0.9f}, {2.1f, 0.9f}, {2.1f, 0.0f}},
               seg, kModuleWhite);
  appendCanModule(m, {unityX + 2.24f, -6.6f, kSpineZ}, px, 6.6f, 2.285f, seg, kModuleWhite);
  appendModule(m, {unityX - 2.2f, -5.5f, kSpineZ}, nx,
               {{0.0f, 0.0f},
                {0.0f, 0.9f},
                {0.3f, 1.4f},
                {0.8f, 1.6f},
                {3.2f, 1.6f},
                {3.7f, 1.4f},
                {4.0f, 0.9f},
                {4.0f, 0.0f}},
               seg, kModuleWhite);
  // Quest airlock (~5.5 m, Ø ~4.0; crew lock smaller) on Unity starboard.
  appendCanModule(m, {unityX, 2.285f, kSpineZ}, py, 2.9f, 2.0f, seg, kModuleWhite);
  appendCanModule(m, {unityX, 2.285f + 2.9f, kSpineZ}, py, 2.6f, 1.0f, seg, kModuleWhite);
  // Z1 truss (4.9 x 4.2 m) on Unity zenith.
  appendTruss(m, 4.9f, 4.2f, 4.2f, 2.45f, 0.18f,
              axisFrame({unityX, 0.0f, kSpineZ - 2.285f}, nz, {1.0f, 0.0f, 0.0f}), kTrussMetal);
  ports.add("unity_nadir_cbm", {unityX, 0.0f, kSpineZ + 2.285f}, pz);
  return m;
}

// ============================================================================================
// [SECTION] Russian segment (collinear with the spine, assumption (c))
// ============================================================================================

constexpr float kZaryaFwdX = -11.6f;                // PMA-1 aft end (SOURCES S8)
constexpr float kZaryaNadirOffM = 1.7f;             // nadir port ~1.7 m aft of the forward port
constexpr float kZaryaFwdRadiusM = 1.45f;           // forward compartment radius "about 1.4-1.5"
constexpr float kRassvetLengthM = 6.0f;             // SOURCES S8
constexpr float kZvezdaFwdX = kZaryaFwdX - 12.56f;  // Zarya 12.56 m
constexpr float kZvezdaSphereR = 1.2f;
constexpr float kZvezdaNodeX = kZvezdaFwdX - kZvezdaSphereR;  // ≈ -25.4

// Nominal Rassvet nadir docking plane from the chain: (-13.3, 0, 4.8 + 1.5 + 6.0).
constexpr float kZaryaNadirPortZ = kSpineZ + 1.5f;
const glm::vec3 kNominalRassvetPort(kZaryaFwdX - kZaryaNadirOffM, 0.0f,
                                    kZaryaNadirPortZ + kRassvetLengthM);

MeshData buildRussianSegment(int seg, PortSet& ports, MeshData& zvezdaArrayS,
                             MeshData& zvezdaArrayP, glm::vec3& zvezdaArrayRoot) {
  MeshData m;
  const glm::vec3 nx(-1, 0, 0), pz(0, 0, 1), nz(0, 0, -1);
  // PMA-1 between Unity and Zarya (1.86 m).
  appendModule(m, {-9.735f, 0.0f, kSpineZ}, nx,
               {{0.0f, 0.0f},
                {0.0f, 0.95f},
                {0.0f, 0.95f},
                {1.865f, 0.685f},
                {1.865f, 0.685f},
                {1.865f, 0.0f}},
               seg, kModuleWhite);
  // Zarya (FGB) 12.56 x Ø 4.11 m: forward docking compartment Ø 2.9, cone, main cylinder.
  appendModule(m, {kZaryaFwdX, 0.0f, kSpineZ}, nx,
               {{0.0f, 0.0f},
                {0.0f, 0.55f},
                {0.0f, 0.55f},
                {0.25f, 0.8f},
                {0.6f, 1.3f},
                {0.9f, kZaryaFwdRadiusM},
                {3.2f, kZaryaFwdRadiusM},
                {3.2f, kZaryaFwdRadiusM},
                {4.0f, 2.055f},
                {4.0f, 2.055f},
                {12.2f, 2.055f},
                {12.2f, 2.055f},
                {12.56f, 1.1f},
                {12.56f, 1.1f},
                {12.56f, 0.0f}},
               seg, kRussianGreen);
  // Zarya's two retracted arrays (10.67 x 3.35 m when open) as folded stacks.
  for (float s : {-1.0f, 1.0f}) {
    appendBox(m, {3.35f, 0.5f, 1.2f}, translateM({kZaryaFwdX - 9.5f, s * 2.3f, kSpineZ}),
              kSolarCell);
  }
  // Rassvet (MRM-1) 6.0 x Ø 2.35 m on Zarya nadir; its free port faces nadir (SOURCES S8).
  const glm::vec3 rassvetBase(kZaryaFwdX - kZaryaNadirOffM, 0.0f, kZaryaNadirPortZ);
  const float L = kRassvetLengthM;
  appendModule(m, rassvetBase - glm::vec3(0, 0, 0.2f), pz,
               {{0.0f, 0.0f},
                {0.0f, 0.8f},
                {0.0f, 0.8f},
                {0.5f, 1.175f},
                {0.5f, 1.175f},
                {L - 0.4f + 0.2f, 1.175f},
                {L - 0.4f + 0.2f, 1.175f},
                {L - 0.1f + 0.2f, 0.7f},
                {L - 0.1f + 0.2f, 0.7f},
                {L + 0.2f, 0.6f},
                {L + 0.2f, 0.6f},
                {L + 0.2f, 0.0f}},
               seg, kRussianWhite);
  ports.add("rassvet_nadir", rassvetBase + glm::vec3(0.0f, 0.0f, L), pz);
  // Zvezda (SM) 13.1 x Ø 4.15 m: transfer sphere (ports fwd, zenith, nadir), working
  // compartment Ø 2.9 then 4.15, aft transfer compartment, aft port.
  {
    std::vector<ProfilePoint> p{{0.0f, 0.0f}, {0.0f, 0.55f}, {0.0f, 0.55f}};
    for (int i = 1; i < 8; ++i) {
      const float t = glm::pi<float>() * static_cast<float>(i) / 8.0f;
      p.push_back({kZvezdaSphereR * (1.0f - std::cos(t)), kZvezdaSphereR * std::sin(t)});
    }
    const std::vector<ProfilePoint> rest{
        {2.4f, 1.0f},  {2.4f, 1.0f},   {2.4f, 1.45f},  {2.4f, 1.45f},   {6.0f, 1.45f},
        {6.0f, 1.45f}, {7.0f, 2.075f}, {7.0f, 2.075f}, {10.4f, 2.075f}, {10.4f, 2.075f},
        {11.0f, 1.0f}, {11.0f, 1.0f},  {12.8f, 1.0f},  {12.8f, 1.0f},   {13.1f, 0.6f},
        {13.1f, 0.6f}, {13.1f, 0.0f}};
    p.insert(p.end(), rest.begin(), rest.end());
    appendLathe(m, p, seg, axisFrame({kZvezdaFwdX, 0.0f, kSpineZ}, nx), kRussianGreen);
  }
  ports.add("zvezda_aft", {kZvezdaFwdX - 13.1f, 0.0f, kSpineZ}, nx);
  // Poisk (MRM-2) ~4.0 x Ø 2.55 on the sphere's zenith port; Progress MS-17 docks on top.
  appendCanModule(m, {kZvezdaNodeX, 0.0f, kSpineZ - kZvezdaSphereR + 0.1f}, nz, 4.1f, 1.275f, seg,
                  kRussianWhite);
  ports.add("poisk_zenith", {kZvezdaNodeX, 0.0f, kSpineZ - kZvezdaSphereR - 4.0f}, nz);
  // Nauka (MLM) 13.0 x Ø 4.10 on the sphere's nadir port; Soyuz MS-18 at its nadir port.
  const glm::vec3 naukaBase(kZvezdaNodeX, 0.0f, kSpineZ + kZvezdaSphereR - 0.1f);
  appendModule(m, naukaBase, pz,
               {{0.0f, 0.0f},
                {0.0f, 0.6f},
                {0.0f, 0.6f},
                {0.4f, 1.45f},
                {0.4f, 1.45f},
                {3.6f, 1.45f},
                {3.6f, 1.45f},
                {4.6f, 2.05f},
                {4.6f, 2.05f},
                {12.3f, 2.05f},
                {12.3f, 2.05f},
                {12.8f, 0.8f},
                {12.8f, 0.8f},
                {13.1f, 0.65f},
                {13.1f, 0.65f},
                {13.1f, 0.0f}},
               seg, kRussianWhite);
  ports.add("nauka_nadir", naukaBase + glm::vec3(0.0f, 0.0f, 13.1f), pz);
  // Nauka's two arrays, ~10 x 3.4 m each (SOURCES S8, EST), along ±Y, fixed.
  for (float s : {-1.0f, 1.0f}) {
    appendBar(m, naukaBase + glm::vec3(0, s * 1.9f, 9.0f), naukaBase + glm::vec3(0, s * 2.6f, 9.0f),
              0.2f, glm::mat4(1.0f), kTrussMetal);
    appendPanel(m, 0.04f, 10.0f, 3.4f, translateM(naukaBase + glm::vec3(0, s * 7.6f, 9.0f)),
                kSolarCell);
  }
  // Zvezda's arrays: span ~29.7 m, wings 10.7 x 3.35 m (SOURCES S8, EST) on the small
  // working-compartment section, along ±Y; they rotate about Y.
  zvezdaArrayRoot = {kZvezdaFwdX - 3.4f, 0.0f, kSpineZ};
  for (float s : {-1.0f, 1.0f}) {
    MeshData& a = s > 0 ? zvezdaArrayS : zvezdaArrayP;
    const float root = 0.5f * 29.7f - 10.7f;  // 4.15 m from the axis
    appendBar(a, zvezdaArrayRoot + glm::vec3(0, s * 1.3f, 0),
              zvezdaArrayRoot + glm::vec3(0, s * root, 0), 0.15f, glm::mat4(1.0f), kTrussMetal);
    for (int k = 0; k < 4; ++k) {
      const float yc = root + 10.7f / 8.0f * (2.0f * static_cast<float>(k) + 1.0f);
      appendPanel(a, 3.35f, 10.7f / 4.0f - 0.05f, 0.04f,
                  translateM(zvezdaArrayRoot + glm::vec3(0, s * yc, 0)), kSolarCell);
    }
  }
  return m;
}

// ============================================================================================
// [SECTION] Visiting vehicles (SOURCES S8: the five vehicles of 5 Oct 2021, less MS-19)
// ============================================================================================

// Model whose docking point is its local origin and whose +X points into the port (the Soyuz
// convention of soyuz_model.h) placed at a port with outward axis `axis`.
glm::mat4 dockedAt(const DockingPort& port) {
  const glm::vec3 up = std::abs(port.axis.x) > 0.9f ? glm::vec3(0, 0, 1) : glm::vec3(1, 0, 0);
  return axisFrame(port.positionM, -port.axis, up);
}

MeshData mergeParts(const std::vector<ModelPart>& parts) {
  MeshData m;
  for (const ModelPart& p : parts) appendMesh(m, p.mesh);
  return m;
}

// Crew Dragon: capsule Ø 4.0 m and trunk, about 8.1 m overall (SOURCES S8, EST). Same
// convention: docking point at the origin, body along -X.
MeshData buildCrewDragon(int seg) {
  MeshData m;
  const Surface white{srgbColor(226, 226, 222), kMaterialMatte};
  const ProfilePoint capsule[] = {{-3.65f, 0.0f},  {-3.55f, 1.6f},  {-3.4f, 1.95f}, {-3.3f, 2.0f},
                                  {-3.3f, 2.0f},   {-0.6f, 1.05f},  {-0.45f, 0.9f}, {-0.45f, 0.9f},
                                  {-0.45f, 0.65f}, {-0.45f, 0.65f}, {0.0f, 0.65f},  {0.0f, 0.65f},
                                  {0.0f, 0.0f}};
  appendLathe(m, capsule, seg, glm::mat4(1.0f), white);
  // Open nose cone, hinged to one side.
  appendBox(m, {0.3f, 1.6f, 1.6f}, translateM({-0.7f, 0.0f, 1.6f}), white);
  // Trunk Ø 3.7 m to 8.1 m; half of it is covered by solar cells.
  appendCylinder(m, -8.1f, -3.65f, 1.85f, seg, glm::mat4(1.0f), white);
  const ProfilePoint cells[] = {{-7.9f, 1.87f}, {-3.8f, 1.87f}};
  appendLatheArc(m, cells, seg / 2, 0.0f, glm::pi<float>(), glm::mat4(1.0f), kSolarCell);
  for (int k = 0; k < 4; ++k) {
    const float a = glm::half_pi<float>() * static_cast<float>(k) + glm::quarter_pi<float>();
    const glm::vec3 r(0.0f, std::cos(a), std::sin(a));
    appendBox(m, {1.4f, 0.1f, 0.6f}, axisFrame(glm::vec3(-7.4f, 0, 0) + 2.1f * r, {1, 0, 0}, r),
              white);
  }
  return m;
}

// Cygnus (enhanced): pressurized cargo module Ø 3.07 m, about 6.4 m with its service module,
// two UltraFlex arrays ~3.75 m across (SOURCES S8, EST). Berthing ring at the origin.
MeshData buildCygnus(int seg) {
  MeshData m;
  const Surface white{srgbColor(214, 212, 200), kMaterialMetal};
  const Surface gold{srgbColor(200, 160, 80), kMaterialMetal};
  appendModule(m, glm::vec3(0.0f), {-1, 0, 0},
               {{0.0f, 0.0f},
                {0.0f, 0.9f},
                {0.0f, 0.9f},
                {0.35f, 1.2f},
                {0.6f, 1.535f},
                {0.6f, 1.535f},
                {4.3f, 1.535f},
                {4.3f, 1.535f},
                {4.3f, 0.0f}},
               seg, white);
  appendCylinder(m, -5.7f, -4.3f, 1.4f, seg, glm::mat4(1.0f), gold);
  appendFrustum(m, -6.4f, 0.35f, -5.7f, 0.15f, 12, glm::mat4(1.0f), kDarkMetal);
  for (float s : {-1.0f, 1.0f}) {
    const glm::vec3 c(-5.0f, s * (1.4f + 0.4f + 1.875f), 0.0f);
    appendBar(m, {-5.0f, s * 1.3f, 0.0f}, c, 0.12f, glm::mat4(1.0f), kTrussMetal);
    // Decagonal fan in the Y-Z plane, facing ±X.
    appendCylinder(m, -0.02f, 0.02f, 1.875f, 10, translateM(c), kSolarCell);
  }
  return m;
}

}  // namespace

// ============================================================================================
// [SECTION] Assembly and joints
// ============================================================================================

glm::dvec3 rassvetPortPosition(const IssModelDesc& desc) {
  return desc.rassvetPortBodyM;
}

glm::dvec3 rassvetPortAxis(const IssModelDesc& /*desc*/) {
  return {0.0, 0.0, 1.0};
}

IssModel buildIssModel(const IssModelDesc& desc) {
  const int seg = std::max(8, desc.segments);
  IssModel model;
  model.offsetM = glm::vec3(desc.rassvetPortBodyM) - kNominalRassvetPort;
  const glm::mat4 shift = translateM(model.offsetM);
  auto& parts = model.parts;

  parts.push_back(namedPart("truss", buildCentralTruss()));
  for (float s : {1.0f, -1.0f}) {
    ModelPart p = namedPart(s > 0 ? "radiators_starboard" : "radiators_port", buildHrsRadiators(s));
    p.pivotM = glm::vec3(0.0f);
    p.axis = glm::vec3(0.0f, 1.0f, 0.0f);
    parts.push_back(std::move(p));
  }
  int sarjIndex[2] = {0, 0};
  for (float s : {1.0f, -1.0f}) {
    ModelPart p = namedPart(s > 0 ? "sarj_starboard" : "sarj_port", buildOutboardTruss(s));
    p.pivotM = glm::vec3(0.0f);
    p.axis = glm::vec3(0.0f, 1.0f, 0.0f);
    sarjIndex[s > 0 ? 0 : 1] = static_cast<int>(parts.size());
    parts.push_back(std::move(p));
  }
  // Wings: name, mast Y, side (+1 nadir, -1 zenith), iROSA (P6 channels 2B and 4B,
  // SOURCES S8). Which wing of a pair points up is a modelling choice.
  struct WingSpec {
    const char* name;
    float mastY;
    float side;
    bool irosa;
  };
  const WingSpec wings[] = {
      {"wing_1A", kS4MastY, -1.0f, false},  {"wing_3A", kS4MastY, 1.0f, false},
      {"wing_1B", kS6MastY, -1.0f, false},  {"wing_3B", kS6MastY, 1.0f, false},
      {"wing_2A", -kS4MastY, -1.0f, false}, {"wing_4A", -kS4MastY, 1.0f, false},
      {"wing_2B", -kS6MastY, -1.0f, true},  {"wing_4B", -kS6MastY, 1.0f, true}};
  for (const WingSpec& w : wings) {
    ModelPart p = namedPart(w.name, buildWing(w.mastY, w.side, w.irosa));
    p.pivotM = glm::vec3(0.0f, w.mastY, 0.0f);
    p.axis = glm::vec3(0.0f, 0.0f, 1.0f);
    p.parent = sarjIndex[w.mastY > 0 ? 0 : 1];
    parts.push_back(std::move(p));
  }

  PortSet ports;
  ModelPart us = namedPart("us_segment", buildUsSegment(seg, ports));
  MeshData arrayS;
  MeshData arrayP;
  glm::vec3 arrayRoot(0.0f);
  ModelPart ru =
      namedPart("russian_segment", buildRussianSegment(seg, ports, arrayS, arrayP, arrayRoot));
  transformMesh(us.mesh, shift);
  transformMesh(ru.mesh, shift);
  parts.push_back(std::move(us));
  parts.push_back(std::move(ru));
  for (float s : {1.0f, -1.0f}) {
    ModelPart p = namedPart(s > 0 ? "zvezda_array_starboard" : "zvezda_array_port",
                            s > 0 ? std::move(arrayS) : std::move(arrayP));
    transformMesh(p.mesh, shift);
    p.pivotM = arrayRoot + model.offsetM;
    p.axis = glm::vec3(0.0f, 1.0f, 0.0f);
    parts.push_back(std::move(p));
  }
  for (DockingPort& port : ports.ports) port.positionM += model.offsetM;
  model.ports = ports.ports;

  if (desc.withVisitingVehicles) {
    auto portNamed = [&](std::string_view name) {
      for (const DockingPort& p : model.ports) {
        if (p.name == name) return p;
      }
      return DockingPort{};
    };
    SoyuzModelDesc vd;
    vd.segments = seg;
    MeshData soyuz = mergeParts(buildSoyuzModel(vd).parts);
    MeshData progress = mergeParts(buildProgressModel(vd).parts);
    transformMesh(soyuz, dockedAt(portNamed("nauka_nadir")));
    transformMesh(progress, dockedAt(portNamed("poisk_zenith")));
    MeshData dragon = buildCrewDragon(seg);
    transformMesh(dragon, dockedAt(portNamed("ida3_zenith")));
    MeshData cygnus = buildCygnus(seg);
    transformMesh(cygnus, dockedAt(portNamed("unity_nadir_cbm")));
    parts.push_back(namedPart("soyuz_ms18", std::move(soyuz)));
    parts.push_back(namedPart("progress_ms17", std::move(progress)));
    parts.push_back(namedPart("crew_dragon", std::move(dragon)));
    parts.push_back(namedPart("cygnus_ng16", std::move(cygnus)));
  }
  return model;
}

std::vector<float> issJointAngles(const IssModel& model, const IssModelDesc& desc) {
  std::vector<float> angles(model.parts.size(), 0.0f);
  for (std::size_t i = 0; i < model.parts.size(); ++i) {
    const std::string& n = model.parts[i].name;
    if (n.starts_with("sarj_")) angles[i] = desc.solarArrayAlphaRad;
    if (n.starts_with("wing_")) angles[i] = desc.solarArrayBetaRad;
    if (n.starts_with("radiators_")) angles[i] = desc.radiatorAngleRad;
  }
  return angles;
}

IssArrayAngles sunTrackingAngles(const glm::vec3& sunDirBody) {
  // Rest normal +X; beta about the mast (+Z) then alpha about +Y give
  // n = (cos a cos b, sin b, -sin a cos b) (glm's right-handed rotations).
  const glm::vec3 s = glm::normalize(sunDirBody);
  IssArrayAngles out;
  out.betaRad = std::asin(glm::clamp(s.y, -1.0f, 1.0f));
  out.alphaRad = std::atan2(-s.z, s.x);
  return out;
}

}  // namespace rv::render
