#pragma once
// Everything the renderer needs to draw one frame, as plain data. The app
// (window or headless recorder) fills it from the simulation timeline and
// the ephemerides; nothing here refers to GL, GLFW or ImGui.

#include <cstdint>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "render/camera.h"

namespace rv::render {

// The procedural models the renderer holds (render/*_model.h).
enum class ModelKind : std::uint8_t { Iss, Soyuz, Rocket, LaunchPad };

// The launch vehicle's separable pieces, each one part of the rocket model
// (rocket_model.h), so that each can be placed where the simulation has it.
enum class RocketPart : std::uint8_t {
  Whole,  // every piece at once; the only value for the other models
  Booster1,
  Booster2,
  Booster3,
  Booster4,  // Blocks B, V, G, D
  Core,      // Block A with its interstage lattice
  ThirdStage,
  ThirdStageSkirt,  // Block I's aft section, jettisoned on its own
  Fairing1,
  Fairing2,
  Les,         // the launch escape tower
  Spacecraft,  // the Soyuz MS inside the fairing
};

// One model (or one piece of the rocket) placed in the inertial frame. The
// position is double and only becomes float after the camera is subtracted.
struct ModelInstance {
  ModelKind model = ModelKind::Soyuz;
  RocketPart part = RocketPart::Whole;  // the rocket: one piece, or Whole
  glm::dvec3 posTeme{0.0};              // the model frame's origin, metres
  glm::dmat3 rotTeme{1.0};              // model frame -> TEME
  float sunlight = 1.0f;                // 0 in the Earth's shadow, 1 in full Sun
  // Engine plume of this part (rocket parts with engines, and the Soyuz's
  // main engine): 0 = off.
  float plume = 0.0f;
  // Soyuz berthing/attitude thruster groups firing, as puffs: bits 0-5 push
  // along body +X, -X, +Y, -Y, +Z, -Z; bits 6-11 turn about +X, -X, +Y, -Y,
  // +Z, -Z (the simulation's DPO-B layout). Soyuz instances only.
  std::uint16_t thrusterPuffs = 0;
  // How much the plume has widened with the thinning air: 1 at sea level.
  float plumeSpread = 1.0f;
};

// A line through points of the inertial frame (orbits, ground tracks,
// teaching arrows), drawn camera-relative like everything else.
struct OverlayLine {
  std::vector<glm::dvec3> pointsTeme;
  glm::vec3 color{1.0f};  // linear RGB; values above 1 glow
  bool closed = false;    // join the last point to the first
};

// A name drawn next to an object (ISS, Soyuz, Baikonur...). The renderer
// projects it camera-relative, hides it behind the camera, off-screen or
// behind the Earth, and sizes the text with the frame's height.
struct Label {
  glm::dvec3 posTeme{0.0};  // the object's centre, metres
  double radiusM = 0.0;     // its size: the name goes just above its disc
  std::string text;         // UTF-8 (Latin-1 characters)
  glm::vec3 color{1.0f};    // display RGB, 0..1 (drawn over the finished picture)
  bool below = false;       // name under the object first (a site on the ground)
  // A long object (a rocket, a spent booster): centre +- this are its ends,
  // and radiusM is then its half-width. The name goes just above whichever
  // end is higher on the picture, so it stays on the object however it lies
  // (a bounding disc round a rocket seen slantwise is mostly empty sky).
  glm::dvec3 halfAxisTeme{0.0};
};

// A lamp on a vehicle (the Soyuz's approach floodlight, a light by the
// docking port): a cone of light on the models it reaches. Seen only where
// the Sun is not (its light is a small fraction of sunlight), which is where
// a night docking needs it.
struct SpotLight {
  glm::dvec3 posTeme{0.0};
  glm::dvec3 dirTeme{1.0, 0.0, 0.0};  // the cone's axis, unit
  float halfAngleRad = 0.3f;          // the cone's edge (soft over its outer third)
  float reachM = 20.0f;               // distance at which it has fallen to half
  float intensity = 0.5f;             // near the lamp, as a fraction of full sunlight
};
inline constexpr int kMaxSpotLights = 2;

// The launch pad's exhaust: the cloud the first-stage jet throws out of the
// flame pit from ignition, and spreads over the pad as the rocket rises. Its
// history, so a frame at any instant draws the same cloud (scrubbing, seeks):
// every puff's age follows from these three times.
struct PadExhaust {
  double sinceIgnitionS = -1.0;  // < 0: the engines have not lit
  double preliminaryS = 0.0;     // ignition to release at full thrust
  double fedS = 0.0;             // ignition to the jet no longer reaching the pit
};
// After this long the cloud has drifted off and thinned to nothing.
inline constexpr double kPadExhaustLifetimeS = 150.0;

// The burned-in HUD of a recorded video (clock, telemetry, captions): flat
// 2D shapes in pixels of the target from its top left, in display colours,
// drawn last over the finished frame (boxes first, then text), unlit and
// untouched by tone mapping. Drawn by a renderer made with a HUD font
// (RendererDesc::hudTextPx > 0); others leave it out.
enum class TextAlign { Left, Center, Right };

struct TextRun {
  std::string text;        // UTF-8; Latin-1 characters are drawn, others as '?'
  glm::vec2 posPx{0.0f};   // baseline start (Left), centre or end, from the top-left
  float heightPx = 24.0f;  // font size in target pixels
  glm::vec4 color{1.0f};   // display RGB, straight alpha
  TextAlign align = TextAlign::Left;
};

struct SolidBox {
  glm::vec2 minPx{0.0f}, maxPx{0.0f};  // top-left and bottom-right
  glm::vec4 color{0.0f, 0.0f, 0.0f, 0.5f};
};

struct Hud {
  std::vector<SolidBox> boxes;
  std::vector<TextRun> runs;
  bool empty() const { return boxes.empty() && runs.empty(); }
};

struct RenderFrame {
  double utcS = 0.0;  // instant shown (UTC seconds since J2000)
  Camera camera;
  glm::dvec3 sunDirTeme{1.0, 0.0, 0.0};  // unit vector from the Earth to the Sun
  double gmstRad = 0.0;                  // Earth rotation angle: ECEF -> TEME about Z
  float exposure = 1.0f;                 // linear scale before tone mapping (display.glsl)
  bool atmosphere = true;                // sky, limb glow and haze; off for geometric tests
  bool stars = true;                     // the star field; off for geometric tests
  // Terrain height above WGS-84 under a low camera (the pad is at 104 m):
  // the Earth's local patch is raised by it, tapering to 0 at the patch edge.
  double groundHeightM = 0.0;
  PadExhaust padExhaust;  // drawn at the LaunchPad model, when there is one
  std::vector<ModelInstance> models;
  std::vector<SpotLight> spotLights;  // at most kMaxSpotLights are used
  std::vector<OverlayLine> lines;
  // Earlier labels win where two would overlap.
  std::vector<Label> labels;
  Hud hud;  // drawn last, over everything (empty: none)
};

}  // namespace rv::render
