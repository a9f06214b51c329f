#include "render/indexed_mesh.h"

namespace rv::gl {

IndexedMesh uploadIndexedMesh(const void* vertices, std::size_t vertexBytes,
                              const std::vector<std::uint32_t>& indices, void (*setLayout)()) {
  IndexedMesh m{makeVertexArray(), makeBuffer(), makeBuffer()};
  glBindVertexArray(m.vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, m.vbo.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertexBytes), vertices, GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m.ebo.id());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data(),
               GL_STATIC_DRAW);
  setLayout();
  glBindVertexArray(0);
  return m;
}

}  // namespace rv::gl
