#pragma once
// Shared checks for the procedural meshes: indices in range, unit normals, no degenerate
// triangles, triangles facing the way their vertex normals say.

#include "render/mesh_data.h"

#include <gtest/gtest.h>
#include <glm/glm.hpp>

#include <span>
#include <string>

namespace rv::render::test {

inline void expectWellFormed(const MeshData& mesh, const std::string& name) {
  SCOPED_TRACE(name);
  ASSERT_EQ(mesh.indices.size() % 3, 0u);
  ASSERT_FALSE(mesh.vertices.empty());
  const auto n = mesh.vertices.size();
  int badIndex = 0;
  int badNormal = 0;
  int degenerate = 0;
  int badMaterial = 0;
  for (std::uint32_t i : mesh.indices) badIndex += i >= n ? 1 : 0;
  ASSERT_EQ(badIndex, 0);
  for (const MeshVertex& v : mesh.vertices) {
    if (std::abs(glm::length(v.normal) - 1.0f) > 1e-3f) ++badNormal;
    if (v.material != kMaterialMatte && v.material != kMaterialSolarCell &&
        v.material != kMaterialMetal && v.material != kMaterialEmissive) {
      ++badMaterial;
    }
    if (glm::any(glm::lessThan(v.albedo, glm::vec3(0.0f))) ||
        glm::any(glm::greaterThan(v.albedo, glm::vec3(1.0f)))) {
      ++badMaterial;
    }
  }
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
    const glm::vec3 a = mesh.vertices[mesh.indices[t]].position;
    const glm::vec3 b = mesh.vertices[mesh.indices[t + 1]].position;
    const glm::vec3 c = mesh.vertices[mesh.indices[t + 2]].position;
    // Area in m²; 1e-8 m² is a 0.1 mm square, far below anything the models draw.
    if (0.5f * glm::length(glm::cross(b - a, c - a)) < 1e-8f) ++degenerate;
  }
  EXPECT_EQ(badNormal, 0);
  EXPECT_EQ(degenerate, 0);
  EXPECT_EQ(badMaterial, 0);
}

// Fraction of triangles whose geometric normal (from the winding) agrees with the mean of
// their vertex normals. Should be ~1 for closed, outward-wound meshes.
inline double windingAgreement(const MeshData& mesh) {
  std::size_t agree = 0;
  const std::size_t tris = mesh.indices.size() / 3;
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
    const MeshVertex& a = mesh.vertices[mesh.indices[t]];
    const MeshVertex& b = mesh.vertices[mesh.indices[t + 1]];
    const MeshVertex& c = mesh.vertices[mesh.indices[t + 2]];
    const glm::vec3 g = glm::cross(b.position - a.position, c.position - a.position);
    if (glm::dot(g, a.normal + b.normal + c.normal) > 0.0f) ++agree;
  }
  return tris == 0 ? 1.0 : static_cast<double>(agree) / static_cast<double>(tris);
}

inline void expectPartsWellFormed(std::span<const ModelPart> parts) {
  for (const ModelPart& p : parts) {
    expectWellFormed(p.mesh, p.name);
    EXPECT_GT(windingAgreement(p.mesh), 0.99) << p.name;
  }
}

}  // namespace rv::render::test
