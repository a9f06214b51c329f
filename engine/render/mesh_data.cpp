#include "render/mesh_data.h"

#include <glm/gtc/matrix_transform.hpp>

#include <cassert>

namespace rv::render {

void Aabb::extend(const glm::vec3& p) {
  if (empty) {
    min = p;
    max = p;
    empty = false;
    return;
  }
  min = glm::min(min, p);
  max = glm::max(max, p);
}

void Aabb::extend(const Aabb& other) {
  if (other.empty) return;
  extend(other.min);
  extend(other.max);
}

Aabb boundingBox(const MeshData& mesh) {
  Aabb box;
  for (const MeshVertex& v : mesh.vertices) box.extend(v.position);
  return box;
}

namespace {

glm::vec3 transformNormal(const glm::mat3& normalMatrix, const glm::vec3& n) {
  const glm::vec3 t = normalMatrix * n;
  const float len = glm::length(t);
  return len > 0.0f ? t / len : n;
}

}  // namespace

void transformMesh(MeshData& mesh, const glm::mat4& transform) {
  const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(transform)));
  for (MeshVertex& v : mesh.vertices) {
    v.position = glm::vec3(transform * glm::vec4(v.position, 1.0f));
    v.normal = transformNormal(normalMatrix, v.normal);
  }
}

void appendMesh(MeshData& dst, const MeshData& src, const glm::mat4& transform) {
  const auto base = static_cast<std::uint32_t>(dst.vertices.size());
  const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(transform)));
  dst.vertices.reserve(dst.vertices.size() + src.vertices.size());
  for (MeshVertex v : src.vertices) {
    v.position = glm::vec3(transform * glm::vec4(v.position, 1.0f));
    v.normal = transformNormal(normalMatrix, v.normal);
    dst.vertices.push_back(v);
  }
  dst.indices.reserve(dst.indices.size() + src.indices.size());
  for (std::uint32_t i : src.indices) dst.indices.push_back(base + i);
}

std::vector<glm::mat4> posePartTransforms(std::span<const ModelPart> parts,
                                          std::span<const float> anglesRad) {
  std::vector<glm::mat4> out(parts.size(), glm::mat4(1.0f));
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const ModelPart& part = parts[i];
    glm::mat4 local(1.0f);
    const float angle = i < anglesRad.size() ? anglesRad[i] : 0.0f;
    if (glm::length(part.axis) > 0.0f && angle != 0.0f) {
      local = glm::translate(glm::mat4(1.0f), part.pivotM) *
              glm::rotate(glm::mat4(1.0f), angle, glm::normalize(part.axis)) *
              glm::translate(glm::mat4(1.0f), -part.pivotM);
    }
    if (part.parent >= 0) {
      assert(static_cast<std::size_t>(part.parent) < i && "parents must precede their children");
      out[i] = out[static_cast<std::size_t>(part.parent)] * local;
    } else {
      out[i] = local;
    }
  }
  return out;
}

int findPart(std::span<const ModelPart> parts, std::string_view name) {
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

Aabb boundingBox(std::span<const ModelPart> parts, std::span<const glm::mat4> transforms) {
  Aabb box;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const glm::mat4 m = i < transforms.size() ? transforms[i] : glm::mat4(1.0f);
    for (const MeshVertex& v : parts[i].mesh.vertices) {
      box.extend(glm::vec3(m * glm::vec4(v.position, 1.0f)));
    }
  }
  return box;
}

std::size_t vertexCount(std::span<const ModelPart> parts) {
  std::size_t n = 0;
  for (const ModelPart& p : parts) n += p.mesh.vertices.size();
  return n;
}

std::size_t triangleCount(std::span<const ModelPart> parts) {
  std::size_t n = 0;
  for (const ModelPart& p : parts) n += p.mesh.indices.size() / 3;
  return n;
}

}  // namespace rv::render
