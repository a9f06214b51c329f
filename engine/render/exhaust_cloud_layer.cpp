#include "render/exhaust_cloud_layer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "render/camera.h"
#include "render/exhaust_puffs.h"
#include "render/launch_pad_model.h"
#include "render/shader_program.h"

namespace rv::render {

namespace {
constexpr int kFloatsPerPuff = 8;
}

std::variant<ExhaustCloudLayer, std::string> ExhaustCloudLayer::create() {
  ExhaustCloudLayer layer;
  auto program = gl::buildProgram("exhaust_cloud.vert", "exhaust_cloud.frag");
  if (auto* err = std::get_if<gl::ShaderError>(&program)) return err->message;
  layer.m_program = std::move(std::get<gl::Program>(program));
  layer.m_vao = gl::makeVertexArray();
  layer.m_instances = gl::makeBuffer();
  glBindVertexArray(layer.m_vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, layer.m_instances.id());
  const GLsizei stride = kFloatsPerPuff * sizeof(float);
  glEnableVertexAttribArray(0);  // centre (view space) and radius
  glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, stride, nullptr);
  glVertexAttribDivisor(0, 1);
  glEnableVertexAttribArray(1);  // opacity, glow, age, seed
  glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<const void*>(4 * sizeof(float)));
  glVertexAttribDivisor(1, 1);
  glBindVertexArray(0);
  return layer;
}

namespace {
std::vector<ModelInstance>::const_iterator findPad(const RenderFrame& frame) {
  return std::find_if(frame.models.begin(), frame.models.end(),
                      [](const ModelInstance& m) { return m.model == ModelKind::LaunchPad; });
}
}  // namespace

bool ExhaustCloudLayer::present(const RenderFrame& frame) {
  const PadExhaust& e = frame.padExhaust;
  return e.sinceIgnitionS >= 0.0 && e.sinceIgnitionS <= e.fedS + kPadExhaustLifetimeS &&
         findPad(frame) != frame.models.end();
}

void ExhaustCloudLayer::draw(const RenderFrame& frame, const glm::dmat3& viewRot,
                             const glm::mat4& proj) const {
  if (!present(frame)) return;
  const auto pad = findPad(frame);
  const std::vector<ExhaustPuff> puffs = padExhaustPuffs(frame.padExhaust);
  if (puffs.empty()) return;

  // Pad frame -> east/north/up (the instance's model frame) -> view.
  const double az = kPadAxisAzimuthDeg * 3.14159265358979 / 180.0;
  const glm::dvec3 u(std::sin(az), std::cos(az), 0.0), v(-u.y, u.x, 0.0);
  const glm::dmat3 padToView = viewRot * pad->rotTeme * glm::dmat3(u, v, glm::dvec3(0, 0, 1));
  const glm::dvec3 originView = viewRot * (pad->posTeme - frame.camera.posTeme);
  std::vector<std::array<float, kFloatsPerPuff>> data;
  data.reserve(puffs.size());
  for (const ExhaustPuff& p : puffs) {
    const glm::dvec3 c = originView + padToView * glm::dvec3(p.posPad);
    if (c.z > -1.0) continue;  // behind or at the camera (it looks down -z)
    data.push_back({static_cast<float>(c.x), static_cast<float>(c.y), static_cast<float>(c.z),
                    p.radiusM, p.opacity, p.glow, p.ageS, p.seed});
  }
  if (data.empty()) return;
  // Far to near, so nearer smoke covers farther.
  std::sort(data.begin(), data.end(), [](const auto& a, const auto& b) { return a[2] < b[2]; });

  glUseProgram(m_program.id());
  gl::setUniform(m_program, "u_proj", proj);
  gl::setUniform(m_program, "u_logDepthFc", logDepthCoefficient());
  gl::setUniform(m_program, "u_sunView", glm::vec3(glm::normalize(viewRot * frame.sunDirTeme)));
  gl::setUniform(m_program, "u_sunlight", pad->sunlight);
  glBindVertexArray(m_vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, m_instances.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(data[0])), data.data(),
               GL_STREAM_DRAW);
  glEnable(GL_BLEND);
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied smoke plus added glow
  glDepthMask(GL_FALSE);
  glDisable(GL_CULL_FACE);
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(data.size()));
  glBindVertexArray(0);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  glEnable(GL_CULL_FACE);
}

}  // namespace rv::render
