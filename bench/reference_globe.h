#pragma once
// The yardstick of issue 18: the cheapest thing that still looks like a
// planet. One textured, lit sphere of 65,536 triangles (128 rows x 256
// columns, the day map from xplanet-images), drawn straight into the target
// with no MSAA, no HDR pass, no atmosphere, sky, stars, models or labels.
// frame_bench times it in the same context and at the same image size as the
// full scene, so each camera's cost is printed as a ratio to it.

#include <string>

#include "base/result.h"
#include "render/gl_resources.h"
#include "render/renderer.h"

namespace rv::bench {

class ReferenceGlobe {
 public:
  // Builds the mesh, the program and the texture; an error if the driver
  // refuses one of them.
  Result<void> create(const std::string& xplanetDir);
  // Clears the target and draws the globe filling about 90 % of its height.
  void draw(const render::RenderTarget& target) const;
  int triangleCount() const { return m_indexCount / 3; }

 private:
  gl::Program m_program;
  gl::VertexArray m_vao;
  gl::Buffer m_vertices, m_indices;
  gl::Texture m_day;
  int m_indexCount = 0;
};

}  // namespace rv::bench
