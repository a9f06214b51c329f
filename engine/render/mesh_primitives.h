#pragma once
// Procedural primitives appended into a MeshData: lathe (surface of revolution), cylinder,
// frustum, sphere, box, panel, torus, box-lattice truss. Each takes a transform from the
// primitive's local frame into the mesh frame and a Surface (albedo + material).
//
// Conventions: solids of revolution have their axis along local +X; boxes are centred on the
// local origin. Triangles wind counter-clockwise seen from outside; normals point outward.

#include "render/mesh_data.h"

#include <glm/glm.hpp>

#include <span>

namespace rv::render {

struct Surface {
  glm::vec3 albedo{0.8f};  // linear RGB
  float material = kMaterialMatte;
};

// One point of a lathe profile: axial coordinate x and radius r (>= 0), metres.
struct ProfilePoint {
  float x = 0.0f;
  float r = 0.0f;
};

// Surface of revolution about local +X. The profile runs along the outside of the shape
// (from the -X end towards the +X end for a solid), so the outward normal of a profile
// segment (dx, dr) is (-dr, dx). Normals are smoothed across profile points; repeat a point
// to make a crease (a sharp edge). Points with r == 0 make poles without degenerate
// triangles. An open profile gives a one-sided shell: close it (out along the outer wall,
// back along the inner wall) for thin-walled parts such as nozzles.
void appendLathe(MeshData& mesh, std::span<const ProfilePoint> profile, int segments,
                 const glm::mat4& transform, const Surface& surface);

// Part of a lathe: only the angles from startRad to startRad + sweepRad (measured from local
// +Y towards +Z). The cut edges are left open (use a closed thin-walled profile for shells
// such as fairing halves).
void appendLatheArc(MeshData& mesh, std::span<const ProfilePoint> profile, int segments,
                    float startRad, float sweepRad, const glm::mat4& transform,
                    const Surface& surface);

// Frustum from (x0, r0) to (x1, r1) along local X, with flat caps where the radius is > 0.
void appendFrustum(MeshData& mesh, float x0, float r0, float x1, float r1, int segments,
                   const glm::mat4& transform, const Surface& surface, bool caps = true);

// Cylinder of the given radius from x0 to x1 along local X.
void appendCylinder(MeshData& mesh, float x0, float x1, float radius, int segments,
                    const glm::mat4& transform, const Surface& surface, bool caps = true);

// UV sphere centred on the local origin, poles on local X.
void appendSphere(MeshData& mesh, float radius, int segments, int rings, const glm::mat4& transform,
                  const Surface& surface);

// Axis-aligned box centred on the local origin, full sizes in metres.
void appendBox(MeshData& mesh, const glm::vec3& size, const glm::mat4& transform,
               const Surface& surface);

// Flat panel in the local X-Y plane, centred, with a small thickness along Z so that it is
// visible from both sides (a thin box).
void appendPanel(MeshData& mesh, float sizeX, float sizeY, float thickness,
                 const glm::mat4& transform, const Surface& surface);

// Torus around local X: major radius R (centre of the tube), minor radius r.
void appendTorus(MeshData& mesh, float majorRadius, float minorRadius, int segments, int sides,
                 const glm::mat4& transform, const Surface& surface);

// Box-lattice truss along local X from x = 0 to length, cross-section width (Y) x height (Z),
// centred on the X axis: four longerons, a frame every bay, one diagonal per face per bay.
// Members are square bars of side memberSize.
void appendTruss(MeshData& mesh, float length, float width, float height, float bayLength,
                 float memberSize, const glm::mat4& transform, const Surface& surface);

// A square bar between two points (for struts, booms, antennas).
void appendBar(MeshData& mesh, const glm::vec3& from, const glm::vec3& to, float size,
               const glm::mat4& transform, const Surface& surface);

// Rigid transform whose local +X maps to `xAxis` (normalized) and whose origin maps to
// `origin`. `up` picks the roll: local +Z goes as close to it as possible.
glm::mat4 axisFrame(const glm::vec3& origin, const glm::vec3& xAxis,
                    const glm::vec3& up = glm::vec3(0.0f, 0.0f, 1.0f));

// Linear RGB from 8-bit sRGB, for colours picked from photographs.
glm::vec3 srgbColor(int r, int g, int b);

}  // namespace rv::render
