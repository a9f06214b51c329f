#pragma once
// Attribute layout of MeshVertex (render/mesh_data.h) for the bound vertex
// array and ARRAY_BUFFER: 0 position, 1 normal, 2 albedo, 3 material.
// Shared by every layer that draws procedural meshes.

#include <glad/gl.h>

#include <cstddef>

#include "render/mesh_data.h"

namespace rv::render {

inline void setMeshVertexLayout() {
  const auto stride = static_cast<GLsizei>(sizeof(MeshVertex));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(MeshVertex, position)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(MeshVertex, normal)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 3, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(MeshVertex, albedo)));
  glEnableVertexAttribArray(3);
  glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(MeshVertex, material)));
}

}  // namespace rv::render
