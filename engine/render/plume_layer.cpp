#include "render/plume_layer.h"

#include "render/camera.h"
#include "render/mesh_primitives.h"
#include "render/mesh_vertex_layout.h"
#include "render/shader_program.h"
#include "render/soyuz_model.h"

namespace rv::render {

Result<PlumeLayer> PlumeLayer::create() {
  PlumeLayer layer;
  auto program = gl::buildProgram("plume.vert", "plume.frag");
  if (!program) return program.takeError();
  layer.m_program = std::move(program).value();
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
  desc.segments = 8;  // only the exits are needed
  layer.m_exits = buildRocketModel(desc).engineExits;
  SoyuzModelDesc soyuz;
  soyuz.segments = 8;
  layer.m_soyuzEngineExitM = buildSoyuzModel(soyuz).engineExitM;
  return layer;
}

namespace {

// The Soyuz's DPO-B thrusters as puffs, one thruster-group bit at a time
// (render_frame.h: bits 0-5 push along +X,-X,+Y,-Y,+Z,-Z, bits 6-11 turn
// about them). Places are indicative: on the service-module hull, aft and
// forward of the centre of mass for the turning couples; each exhaust points
// away from the push it gives.
struct Jet {
  glm::dvec3 posM;
  glm::dvec3 exhaust;
};

std::vector<Jet> soyuzJets(std::uint16_t mask, float aftX) {
  std::vector<Jet> jets;
  const double hull = 1.36, aft = aftX + 0.2,
               com = aftX + 2.9;  // centre of mass ~4.6 m behind the probe
  const glm::dvec3 axes[3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  for (int bit = 0; bit < 12; ++bit) {
    if (!(mask & (1u << bit))) continue;
    const int k = (bit % 6) / 2;
    const double sign = bit % 2 == 0 ? 1.0 : -1.0;
    const glm::dvec3 a = sign * axes[k];
    if (bit < 6) {  // translation: two jets exhausting against the push
      const glm::dvec3 side = axes[(k + 1) % 3];
      const double x = k == 0 ? (sign > 0.0 ? aft : com + 0.3) : com - 1.2;
      for (double s : {-1.0, 1.0}) {
        glm::dvec3 p(x, 0.0, 0.0);
        p += (k == 0 ? hull * 0.8 : 0.5) * s * side;
        if (k != 0) p -= hull * a;
        jets.push_back({p, -a});
      }
    } else {  // a turning couple: forces a x r at two places either side
      const glm::dvec3 arms[2] = {k == 0 ? glm::dvec3(0, hull, 0) : glm::dvec3(2.5, 0, 0),
                                  k == 0 ? glm::dvec3(0, -hull, 0) : glm::dvec3(-2.5, 0, 0)};
      for (const glm::dvec3& r : arms) {
        const glm::dvec3 force = glm::normalize(glm::cross(a, r));
        jets.push_back({glm::dvec3(com, 0.0, 0.0) + r - (k == 0 ? 0.0 : hull) * force, -force});
      }
    }
  }
  return jets;
}

}  // namespace

// One glowing cone from posModel (model frame) along `exhaust`.
void PlumeLayer::drawJet(const RenderFrame& frame, const glm::dmat3& viewRot,
                         const ModelInstance& inst, const glm::dvec3& posModel,
                         const glm::dvec3& exhaust, float radius, float length, float spread,
                         float intensity) const {
  // Exit frame: local x against the exhaust (the unit cone runs along -x).
  const glm::dvec3 dir = -glm::normalize(exhaust);
  const glm::dvec3 up = std::abs(dir.z) < 0.9 ? glm::dvec3(0, 0, 1) : glm::dvec3(0, 1, 0);
  const glm::dvec3 y = glm::normalize(glm::cross(up, dir));
  const glm::dvec3 z = glm::cross(dir, y);
  const glm::dmat3 rot = viewRot * inst.rotTeme * glm::dmat3(dir, y, z);
  glm::dmat4 mv(rot);
  mv[3] =
      glm::dvec4(viewRot * (inst.posTeme + inst.rotTeme * posModel - frame.camera.posTeme), 1.0);
  gl::setUniform(m_program, "u_modelView", glm::mat4(mv));
  gl::setUniform(m_program, "u_exitRadius", radius);
  gl::setUniform(m_program, "u_length", length);
  gl::setUniform(m_program, "u_spread", spread);
  gl::setUniform(m_program, "u_intensity", intensity);
  glDrawElements(GL_TRIANGLES, m_indexCount, GL_UNSIGNED_INT, nullptr);
}

void PlumeLayer::draw(const RenderFrame& frame, const glm::dmat3& viewRot,
                      const glm::mat4& proj) const {
  bool any = false;
  for (const auto& m : frame.models) any = any || m.plume > 0.0f || m.thrusterPuffs != 0;
  if (!any) return;
  glUseProgram(m_program.id());
  gl::setUniform(m_program, "u_proj", proj);
  gl::setUniform(m_program, "u_logDepthFc", logDepthCoefficient());
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_ONE, GL_ONE, GL_ZERO,
                      GL_ONE);  // light adds up, in any order; coverage stays
  glDepthMask(GL_FALSE);
  glDisable(GL_CULL_FACE);
  glBindVertexArray(m_vao.id());
  for (const ModelInstance& inst : frame.models) {
    if (inst.model == ModelKind::Soyuz) {
      // The S5.80: a thin, faint vacuum plume (a small nozzle, 0.2 m).
      if (inst.plume > 0.0f)
        drawJet(frame, viewRot, inst, glm::dvec3(m_soyuzEngineExitM), {-1.0, 0.0, 0.0}, 0.2f, 6.0f,
                2.0f, 0.6f * inst.plume);
      for (const Jet& j : soyuzJets(inst.thrusterPuffs, m_soyuzEngineExitM.x))
        drawJet(frame, viewRot, inst, j.posM, j.exhaust, 0.06f, 1.2f, 3.0f, 0.5f);
      continue;
    }
    if (inst.plume <= 0.0f || inst.model != ModelKind::Rocket) continue;
    for (const EngineExit& exit : m_exits) {
      if (exit.part != inst.part) continue;
      const float radius = exit.clusterRadiusM;
      // Length grows with the spread (an underexpanded plume in thin air).
      drawJet(frame, viewRot, inst, glm::dvec3(exit.positionM), glm::dvec3(exit.directionM), radius,
              radius * (6.0f + 4.0f * inst.plumeSpread), inst.plumeSpread, inst.plume);
    }
  }
  glBindVertexArray(0);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  glEnable(GL_CULL_FACE);
}

}  // namespace rv::render
