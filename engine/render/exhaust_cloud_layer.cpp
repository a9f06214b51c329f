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

Result<ExhaustCloudLayer> ExhaustCloudLayer::create() {
  ExhaustCloudLayer layer;
  auto program = gl::buildProgram("exhaust_cloud.vert", "exhaust_cloud.frag");
  if (!program) return program.takeError();
  layer.m_program = std::move(program).value();
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

size_t ExhaustCloudLayer::prepare(const RenderFrame& frame, const glm::dmat3& viewRot,
                                  const glm::mat4& proj) {
  m_puffs.clear();
  m_boundsNdc = glm::vec4(1.0f, 1.0f, -1.0f, -1.0f);
  const PadExhaust& e = frame.padExhaust;
  const auto pad = findPad(frame);
  if (e.sinceIgnitionS < 0.0 || e.sinceIgnitionS > e.fedS + kPadExhaustLifetimeS ||
      pad == frame.models.end())
    return 0;
  const std::vector<ExhaustPuff> puffs = padExhaustPuffs(e);

  // Pad frame -> east/north/up (the instance's model frame) -> view.
  const glm::dmat3 padToView = viewRot * pad->rotTeme * padAlignedToEnu();
  const glm::dvec3 originView = viewRot * (pad->posTeme - frame.camera.posTeme);
  m_puffs.reserve(puffs.size());
  for (const ExhaustPuff& p : puffs) {
    const glm::dvec3 c = originView + padToView * glm::dvec3(p.posPad);
    if (c.z > -1.0) continue;  // behind or at the camera (it looks down -z)
    // Off screen: the disc's projected centre more than its projected
    // radius (with a margin for the perspective's stretch) outside the frame.
    const glm::vec4 clip = proj * glm::vec4(glm::vec3(c), 1.0f);
    const float rx = 1.3f * proj[0][0] * p.radiusM / clip.w;
    const float ry = 1.3f * proj[1][1] * p.radiusM / clip.w;
    const glm::vec2 ndc(clip.x / clip.w, clip.y / clip.w);
    if (std::abs(ndc.x) - rx > 1.0f || std::abs(ndc.y) - ry > 1.0f) continue;
    // A camera in the cloud (the chase camera just after lift-off) would
    // see only a wall of the nearest puff: puffs thin out as it nears them,
    // gone when it is inside.
    const double nearFade =
        std::clamp((glm::length(c) - 1.0 * p.radiusM) / (1.5 * p.radiusM), 0.0, 1.0);
    if (nearFade <= 0.0) continue;
    const auto fade = static_cast<float>(nearFade);
    m_puffs.push_back({static_cast<float>(c.x), static_cast<float>(c.y), static_cast<float>(c.z),
                       p.radiusM, p.opacity * fade, p.glow * fade, p.ageS, p.seed});
    m_boundsNdc =
        glm::vec4(std::min(m_boundsNdc.x, ndc.x - rx), std::min(m_boundsNdc.y, ndc.y - ry),
                  std::max(m_boundsNdc.z, ndc.x + rx), std::max(m_boundsNdc.w, ndc.y + ry));
  }
  // Far to near, so nearer smoke covers farther.
  std::sort(m_puffs.begin(), m_puffs.end(),
            [](const auto& a, const auto& b) { return a[2] < b[2]; });
  m_sunlight = pad->sunlight;
  return m_puffs.size();
}

void ExhaustCloudLayer::draw(const RenderFrame& frame, const glm::dmat3& viewRot,
                             const glm::mat4& proj) const {
  if (m_puffs.empty()) return;
  glUseProgram(m_program.id());
  gl::setUniform(m_program, "u_proj", proj);
  gl::setUniform(m_program, "u_logDepthFc", logDepthCoefficient());
  const glm::vec3 sunView(glm::normalize(viewRot * frame.sunDirTeme));
  gl::setUniform(m_program, "u_sunView", sunView);
  gl::setUniform(m_program, "u_sunlight", m_sunlight);
  gl::setUniform(m_program, "u_forwardGlow",
                 2.5f * m_sunlight * std::pow(std::max(-sunView.z, 0.0f), 6.0f));
  glBindVertexArray(m_vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, m_instances.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(m_puffs.size() * sizeof(m_puffs[0])),
               m_puffs.data(), GL_STREAM_DRAW);
  glEnable(GL_BLEND);
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied smoke plus added glow
  glDepthMask(GL_FALSE);
  glDisable(GL_CULL_FACE);
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(m_puffs.size()));
  glBindVertexArray(0);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  glEnable(GL_CULL_FACE);
}

}  // namespace rv::render
