#pragma once
// A static indexed mesh on the GPU: its vertex array, vertex buffer and
// index buffer, uploaded once (the globe, the vehicles' parts).

#include <cstddef>
#include <cstdint>
#include <vector>

#include "render/gl_resources.h"

namespace rv::gl {

struct IndexedMesh {
  VertexArray vao;
  Buffer vbo, ebo;
};

// Uploads the vertices (vertexBytes bytes) and 32-bit indices; setLayout
// describes the vertex attributes while the new vertex array is bound.
IndexedMesh uploadIndexedMesh(const void* vertices, std::size_t vertexBytes,
                              const std::vector<std::uint32_t>& indices, void (*setLayout)());

}  // namespace rv::gl
