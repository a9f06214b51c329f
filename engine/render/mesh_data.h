#pragma once
// Plain CPU mesh data for the procedural models (ISS, Soyuz MS, Soyuz-2.1a, pad).
// No GL here: the renderer uploads MeshData into its own buffers. Positions are float
// metres in the model's own frame; models are at most ~110 m across, so float is exact
// to well under a millimetre.

#include <glm/glm.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rv::render {

// MeshVertex::material codes, read by the lit shader.
constexpr float kMaterialMatte = 0.0f;      // diffuse paint, thermal blankets
constexpr float kMaterialSolarCell = 1.0f;  // dark blue cells, specular
constexpr float kMaterialMetal = 2.0f;      // metal or foil, specular and bright
constexpr float kMaterialEmissive = 3.0f;   // lights, not shaded

struct MeshVertex {
  glm::vec3 position{0.0f};
  glm::vec3 normal{0.0f, 0.0f, 1.0f};
  glm::vec3 albedo{0.8f};  // linear RGB 0..1
  float material = kMaterialMatte;
};

// The renderer uploads vertices as-is: 10 tightly packed floats (position 0, normal 12,
// albedo 24, material 36 bytes).
static_assert(sizeof(MeshVertex) == 10 * sizeof(float), "MeshVertex must stay tightly packed");

struct MeshData {
  std::vector<MeshVertex> vertices;
  std::vector<std::uint32_t> indices;  // triangles, counter-clockwise seen from outside
};

struct Aabb {
  glm::vec3 min{0.0f};
  glm::vec3 max{0.0f};
  bool empty = true;

  glm::vec3 size() const { return empty ? glm::vec3(0.0f) : max - min; }
  glm::vec3 center() const { return empty ? glm::vec3(0.0f) : 0.5f * (min + max); }
  void extend(const glm::vec3& p);
  void extend(const Aabb& other);
};

Aabb boundingBox(const MeshData& mesh);

// Applies a rigid or scaled transform to positions; normals get the inverse transpose and
// are renormalized.
void transformMesh(MeshData& mesh, const glm::mat4& transform);

// Appends src (after transform) to dst, re-basing the indices.
void appendMesh(MeshData& dst, const MeshData& src, const glm::mat4& transform = glm::mat4(1.0f));

// A named, optionally articulated piece of a model. The renderer draws
// worldFromModel * partTransform(i) * vertex, where the part rotates by an angle about
// `axis` through `pivotM` (both in the model frame at the rest pose, angle 0), after its
// parent's motion. axis == 0 means the part is rigid with its parent (or the model).
struct ModelPart {
  std::string name;
  MeshData mesh;
  glm::vec3 pivotM{0.0f};
  glm::vec3 axis{0.0f};
  int parent = -1;  // index of the part this one rides on, -1 for the model frame
};

// A rigid part with a name (pivot and axis left at zero).
inline ModelPart namedPart(std::string name, MeshData mesh = {}) {
  ModelPart part;
  part.name = std::move(name);
  part.mesh = std::move(mesh);
  return part;
}

// Per-part transforms in the model frame for the given joint angles (one per part, radians,
// ignored for rigid parts). Parents must come before children in `parts`.
std::vector<glm::mat4> posePartTransforms(std::span<const ModelPart> parts,
                                          std::span<const float> anglesRad);

// Index of the part with this name, or -1.
int findPart(std::span<const ModelPart> parts, std::string_view name);

// Bounding box of all parts at the rest pose (or at the given transforms if not empty).
Aabb boundingBox(std::span<const ModelPart> parts, std::span<const glm::mat4> transforms = {});

std::size_t vertexCount(std::span<const ModelPart> parts);
std::size_t triangleCount(std::span<const ModelPart> parts);

}  // namespace rv::render
