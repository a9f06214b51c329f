#include "render/plume_layer.h"

#include "render/camera.h"
#include "render/mesh_primitives.h"
#include "render/mesh_vertex_layout.h"
#include "render/shader_program.h"

namespace rv::render {

std::variant<PlumeLayer, std::string> PlumeLayer::create() {
  PlumeLayer layer;
  auto program = gl::buildProgram("plume.vert", "plume.frag");
  if (auto* err = std::get_if<gl::ShaderError>(&program)) return err->message;
  layer.m_program = std::move(std::get<gl::Program>(program));
  // A unit cone along -X: radius 1 at the exit (x = 0), the shader widens and
  // stretches it; x runs 0..-1 along the exhaust.
  MeshData cone;
  appendFrustum(cone, -1.0f, 1.0f, 0.0f, 1.0f, 24, glm::mat4(1.0f), Surface{}, false);
  layer.m_vao = gl::makeVertexArray();
  layer.m_vbo = gl::makeBuffer();
  layer.m_ebo = gl::makeBuffer();
  glBindVertexArray(layer.m_vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, layer.m_vbo.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(cone.vertices.size() * sizeof(MeshVertex)),
               cone.vertices.data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, layer.m_ebo.id());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(cone.indices.size() * sizeof(std::uint32_t)),
               cone.indices.data(), GL_STATIC_DRAW);
  setMeshVertexLayout();
  glBindVertexArray(0);
  layer.m_indexCount = static_cast<int>(cone.indices.size());
  RocketModelDesc desc;
  desc.segments = 8; // only the exits are needed
  layer.m_exits = buildRocketModel(desc).engineExits;
  return layer;
}

void PlumeLayer::draw(const RenderFrame& frame, const glm::dmat3& viewRot,
                      const glm::mat4& proj) const {
  bool any = false;
  for (const auto& m : frame.models) any = any || m.plume > 0.0f;
  if (!any) return;
  glUseProgram(m_program.id());
  gl::setUniform(m_program, "u_proj", proj);
  gl::setUniform(m_program, "u_logDepthFc", logDepthCoefficient());
  glEnable(GL_BLEND);
  glBlendFunc(GL_ONE, GL_ONE); // light adds up; order does not matter
  glDepthMask(GL_FALSE);
  glDisable(GL_CULL_FACE);
  glBindVertexArray(m_vao.id());
  for (const ModelInstance& inst : frame.models) {
    if (inst.plume <= 0.0f || inst.model != ModelKind::Rocket) continue;
    for (const EngineExit& exit : m_exits) {
      if (exit.part != inst.part) continue;
      // Exit frame: x along the exhaust, in the stack frame, then placed by the part's pose.
      const glm::dvec3 dir = glm::normalize(glm::dvec3(-exit.directionM));
      const glm::dvec3 up = std::abs(dir.z) < 0.9 ? glm::dvec3(0, 0, 1) : glm::dvec3(0, 1, 0);
      const glm::dvec3 y = glm::normalize(glm::cross(up, dir));
      const glm::dvec3 z = glm::cross(dir, y);
      const glm::dmat3 exitRot(dir, y, z); // columns: local x (against exhaust), y, z
      const glm::dmat3 rot = viewRot * inst.rotTeme * exitRot;
      glm::dmat4 mv(rot);
      mv[3] = glm::dvec4(viewRot * (inst.posTeme + inst.rotTeme * glm::dvec3(exit.positionM) -
                                    frame.camera.posTeme), 1.0);
      const float radius = exit.clusterRadiusM;
      gl::setUniform(m_program, "u_modelView", glm::mat4(mv));
      gl::setUniform(m_program, "u_exitRadius", radius);
      // Length grows with the spread (an underexpanded plume in thin air).
      gl::setUniform(m_program, "u_length", radius * (6.0f + 4.0f * inst.plumeSpread));
      gl::setUniform(m_program, "u_spread", inst.plumeSpread);
      gl::setUniform(m_program, "u_intensity", inst.plume);
      glDrawElements(GL_TRIANGLES, m_indexCount, GL_UNSIGNED_INT, nullptr);
    }
  }
  glBindVertexArray(0);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  glEnable(GL_CULL_FACE);
}

} // namespace rv::render
