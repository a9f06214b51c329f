#pragma once
// Overlay lines (orbits, ground tracks, markers, teaching arrows), a few
// pixels wide at any resolution: each segment is widened into a screen-space
// quad by a geometry shader, so lines stay readable at 4K.

#include <string>

#include <glm/glm.hpp>

#include "base/result.h"
#include "render/gl_resources.h"
#include "render/render_frame.h"

namespace rv::render {

class LineLayer {
 public:
  static Result<LineLayer> create();
  void draw(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj,
            int targetWidth, int targetHeight) const;

 private:
  gl::Program m_program;
  gl::VertexArray m_vao;
  gl::Buffer m_vbo;
};

}  // namespace rv::render
