#include "render/sun_layer.h"

#include <algorithm>
#include <cmath>

#include "render/shader_program.h"

namespace rv::render {
namespace {

// Mean angular radius of the Sun on 5 Oct 2021 (distance 1.0002 au).
constexpr double kSunAngularRadiusRad = 0.004652;
// Disc radiance in scene units; the true value (~1e5) would overflow the
// half-float buffer and saturates the tone curve the same way.
constexpr float kDiscRadiance = 2000.0f;
constexpr float kGlare = 1.0f;

glm::vec3 transmittanceFromCamera(const RenderFrame& frame, const SkyParams& params,
                                  SkyFrame* skyOut) {
  const SkyFrame sky = makeSkyFrame(frame, params);
  if (skyOut) *skyOut = sky;
  return glm::vec3(sunTransmittanceAt(params, sky.camPosKm, sky.sunSphere));
}

}  // namespace

double sunVisibleFraction(const SkyFrame& sky, const SkyParams& params) {
  const double b = glm::dot(sky.camPosKm, sky.sunSphere);
  if (b >= 0.0) return 1.0;  // the Sun is on the far side from the Earth
  const double d2 = sky.camRadiusKm * sky.camRadiusKm - b * b;
  const double d = std::sqrt(std::max(d2, 0.0));
  // Angle of the Sun's centre above the limb, seen from the camera.
  const double marginRad = std::atan2(d - params.groundRadiusKm, -b);
  return std::clamp((marginRad + kSunAngularRadiusRad) / (2.0 * kSunAngularRadiusRad), 0.0, 1.0);
}

Result<SunLayer> SunLayer::create() {
  SunLayer layer;
  auto program = gl::buildProgram("sun.vert", "sun.frag");
  if (!program) return program.takeError();
  layer.m_program = std::move(program).value();
  layer.m_emptyVao = gl::makeVertexArray();
  return layer;
}

void SunLayer::drawQuad(const glm::dmat3& viewRot, const RenderFrame& frame, const glm::mat4& proj,
                        float halfSizeRad, int mode, const glm::vec3& color) const {
  const glm::vec3 sunView = glm::vec3(glm::normalize(viewRot * frame.sunDirTeme));
  // The disc sits at the far plane, hidden by anything drawn; the glare is
  // in the lens and goes over everything.
  if (mode == 0) {
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
  } else {
    glDisable(GL_DEPTH_TEST);
  }
  glDepthMask(GL_FALSE);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_ONE, GL_ONE, GL_ZERO, GL_ONE);  // light adds; coverage (alpha) stays
  glUseProgram(m_program.id());
  gl::setUniform(m_program, "u_sunView", sunView);
  gl::setUniform(m_program, "u_proj", proj);
  gl::setUniform(m_program, "u_halfSize", std::tan(halfSizeRad));
  gl::setUniform(m_program, "u_sunRadius", static_cast<float>(kSunAngularRadiusRad));
  gl::setUniform(m_program, "u_mode", mode);
  gl::setUniform(m_program, "u_color", color);
  glBindVertexArray(m_emptyVao.id());
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  glBindVertexArray(0);
  glUseProgram(0);
  glDisable(GL_BLEND);
  glDepthMask(GL_TRUE);
  glEnable(GL_DEPTH_TEST);
}

void SunLayer::drawDisc(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj,
                        const SkyParams& params) const {
  const glm::vec3 t = transmittanceFromCamera(frame, params, nullptr);
  if (glm::dot(t, glm::vec3(1.0f)) <= 0.0f) return;
  drawQuad(viewRot, frame, proj, static_cast<float>(kSunAngularRadiusRad * 1.5), 0,
           t * kDiscRadiance);
}

void SunLayer::drawGlare(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj,
                         const SkyParams& params) const {
  SkyFrame sky;
  const glm::vec3 t = transmittanceFromCamera(frame, params, &sky);
  const float visible = static_cast<float>(sunVisibleFraction(sky, params));
  const glm::vec3 color = t * visible * kGlare;
  if (glm::dot(color, glm::vec3(1.0f)) <= 1e-4f) return;
  drawQuad(viewRot, frame, proj, 0.30f, 1, color);
}

}  // namespace rv::render
