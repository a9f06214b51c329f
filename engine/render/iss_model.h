#pragma once
// The International Space Station as configured on 5 October 2021 (after Soyuz MS-19
// docked), at true dimensions, as named plain-mesh parts with joints for the renderer.
//
// Body frame (SSACS-like, SOURCES S5 and S8): origin at the centre of the S0 truss,
// +X forward (velocity direction in +XVV attitude), +Y starboard, +Z nadir.
// Configuration, dimensions and port positions from SOURCES S8 (the positions are that
// section's chain of estimates, ±1-2 m). The Rassvet nadir port is placed exactly at
// IssModelDesc::rassvetPortBodyM: the whole pressurized stack (and its visiting vehicles)
// is translated by (desc port - nominal port); the truss stays centred on the origin.
//
// Rest pose (all joint angles 0): the solar-array masts run along ±Z with the blankets in the
// Y-Z plane facing ±X; the main (HRS) radiators extend aft (-X) in the X-Y plane.
// Joints (see ModelPart): "sarj_port" / "sarj_starboard" rotate about +Y through the origin
// (alpha); the eight "wing_*" parts ride on them and rotate about their mast (+Z through the
// mast root) (beta); "radiators_port" / "radiators_starboard" rotate about +Y (TRRJ);
// "zvezda_array_port" / "zvezda_array_starboard" rotate about +Y through their roots.

#include "render/mesh_data.h"
#include "render/model_dimensions.h"  // kIssSpanMaxM, the wings' figures

#include <glm/glm.hpp>

#include <string>
#include <vector>

namespace rv::render {

struct IssModelDesc {
  // SOURCES S8: Rassvet nadir docking plane ≈ (-13.3, 0, +12.3) m (EST).
  glm::dvec3 rassvetPortBodyM{-13.3, 0.0, 12.3};
  float solarArrayAlphaRad = 0.0f;   // both SARJs (defaults for issJointAngles)
  float solarArrayBetaRad = 0.0f;    // all eight main wings
  float radiatorAngleRad = 0.0f;     // both HRS radiator rotary joints
  int segments = 24;                 // around each module's axis
  bool withVisitingVehicles = true;  // Soyuz MS-18, Progress MS-17, Crew Dragon, Cygnus NG-16
};

struct DockingPort {
  std::string name;           // e.g. "rassvet_nadir"
  glm::vec3 positionM{0.0f};  // docking-plane centre, body frame
  glm::vec3 axis{0.0f};       // unit, pointing away from the station
};

struct IssModel {
  // Parts, parents first: "truss", "radiators_starboard", "radiators_port",
  // "sarj_starboard", "sarj_port", "wing_1A", "wing_3A", "wing_1B", "wing_3B" (starboard),
  // "wing_2A", "wing_4A", "wing_2B", "wing_4B" (port; 2B and 4B carry the two iROSAs of
  // June 2021), "us_segment", "russian_segment", "zvezda_array_starboard",
  // "zvezda_array_port", and with visiting vehicles "soyuz_ms18", "progress_ms17",
  // "crew_dragon", "cygnus_ng16".
  std::vector<ModelPart> parts;
  std::vector<DockingPort> ports;  // rassvet_nadir, nauka_nadir, poisk_zenith, ida3_zenith,
                                   // ida2_forward, unity_nadir_cbm, zvezda_aft
  glm::vec3 offsetM{0.0f};         // applied to the pressurized stack (desc port - nominal)
};

IssModel buildIssModel(const IssModelDesc& desc = {});

// Where MS-19 docks: the Rassvet nadir docking-plane centre and its outward axis (+Z, nadir).
glm::dvec3 rassvetPortPosition(const IssModelDesc& desc);
glm::dvec3 rassvetPortAxis(const IssModelDesc& desc);

// One angle per part (for posePartTransforms) from the desc's alpha, beta and radiator
// angles; zero for rigid parts.
std::vector<float> issJointAngles(const IssModel& model, const IssModelDesc& desc);

// SARJ alpha and wing beta that turn the wings' +X faces to a Sun direction given in the body
// frame (unit vector). The renderer may call this every frame.
struct IssArrayAngles {
  float alphaRad = 0.0f;
  float betaRad = 0.0f;
};
IssArrayAngles sunTrackingAngles(const glm::vec3& sunDirBody);

}  // namespace rv::render
