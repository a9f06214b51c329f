#pragma once
// Engine plumes: additive glowing cones at the nozzle exits of the rocket
// parts that are firing, widening as the air thins with altitude; the Soyuz's
// main-engine plume and its thruster puffs.

#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "base/result.h"
#include "render/gl_resources.h"
#include "render/render_frame.h"
#include "render/rocket_model.h"

namespace rv::render {

class PlumeLayer {
 public:
  static Result<PlumeLayer> create();
  void draw(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj) const;

 private:
  void drawJet(const RenderFrame& frame, const glm::dmat3& viewRot, const ModelInstance& inst,
               const glm::dvec3& posModel, const glm::dvec3& exhaust, float radius, float length,
               float spread, float intensity) const;
  gl::Program m_program;
  gl::VertexArray m_vao;
  gl::Buffer m_vbo, m_ebo;
  int m_indexCount = 0;
  std::vector<EngineExit> m_exits;
  glm::vec3 m_soyuzEngineExitM{0.0f};
};

}  // namespace rv::render
