#include "render/line_layer.h"

#include <algorithm>
#include <vector>

#include "render/camera.h"
#include "render/shader_program.h"

namespace rv::render {

Result<LineLayer> LineLayer::create() {
  LineLayer layer;
  auto program = gl::buildProgram("line.vert", "line.frag", "line.geom");
  if (!program) return program.takeError();
  layer.m_program = std::move(program).value();
  layer.m_vao = gl::makeVertexArray();
  layer.m_vbo = gl::makeBuffer();
  glBindVertexArray(layer.m_vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, layer.m_vbo.id());
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), nullptr);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float),
                        reinterpret_cast<void*>(3 * sizeof(float)));
  glBindVertexArray(0);
  return layer;
}

void LineLayer::draw(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj,
                     int targetWidth, int targetHeight) const {
  if (frame.lines.empty()) return;
  // Segments as vertex pairs, already in view space: the camera is
  // subtracted in double, per point, before anything becomes float.
  std::vector<float> data;
  for (const OverlayLine& line : frame.lines) {
    const size_t n = line.pointsTeme.size();
    if (n < 2) continue;
    const size_t segments = line.closed ? n : n - 1;
    for (size_t i = 0; i < segments; ++i) {
      for (size_t k : {i, (i + 1) % n}) {
        const glm::vec3 p(viewRot * (line.pointsTeme[k] - frame.camera.posTeme));
        data.insert(data.end(), {p.x, p.y, p.z, line.color.r, line.color.g, line.color.b});
      }
    }
  }
  if (data.empty()) return;
  glUseProgram(m_program.id());
  gl::setUniform(m_program, "u_proj", proj);
  gl::setUniform(m_program, "u_logDepthFc", logDepthCoefficient());
  // About 2.5 px at 720p, scaled with the image height so 4K keeps the look.
  const float widthPx = std::max(2.0f, 2.5f * static_cast<float>(targetHeight) / 720.0f);
  gl::setUniform(m_program, "u_halfWidthNdc",
                 glm::vec2(widthPx / static_cast<float>(targetWidth),
                           widthPx / static_cast<float>(targetHeight)));
  glBindVertexArray(m_vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, m_vbo.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(),
               GL_STREAM_DRAW);
  glDisable(GL_CULL_FACE);
  glDepthMask(GL_FALSE);
  glDrawArrays(GL_LINES, 0, static_cast<GLsizei>(data.size() / 6));
  glDepthMask(GL_TRUE);
  glEnable(GL_CULL_FACE);
  glBindVertexArray(0);
}

}  // namespace rv::render
