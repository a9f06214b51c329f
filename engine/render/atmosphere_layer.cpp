#include "render/atmosphere_layer.h"
#include "render/gl_texture.h"

#include <cmath>

#include "render/shader_program.h"

namespace rv::render {

Result<AtmosphereLayer> AtmosphereLayer::create(const AtmosphereLayerDesc& desc,
                                                TransmittanceTable table) {
  AtmosphereLayer layer;
  layer.m_desc = desc;
  auto sky = gl::buildProgram("fullscreen.vert", "sky.frag");
  if (!sky) return sky.takeError();
  layer.m_sky = std::move(sky).value();
  layer.m_emptyVao = gl::makeVertexArray();

  // Some 13 ms of CPU: RendererAssets builds it on a worker thread.
  if (table.rgb.empty()) table = buildTransmittanceTable(layer.m_params);
  gl::TextureDesc td;
  td.width = table.cosines;
  td.height = table.heights;
  td.internalFormat = GL_RGB32F;
  td.format = GL_RGB;
  td.type = GL_FLOAT;
  layer.m_transmittance = gl::makeTexture2D(td, table.rgb.data());
  glBindTexture(GL_TEXTURE_2D, 0);
  layer.m_transmittanceSize = {static_cast<float>(table.cosines),
                               static_cast<float>(table.heights)};
  return layer;
}

void AtmosphereLayer::bindModel(const gl::Program& program, int unit) const {
  const SkyParams& p = m_params;
  gl::setUniform(program, "u_transmittance", unit);
  gl::setUniform(program, "u_transmittanceSize", m_transmittanceSize);
  gl::setUniform(program, "u_groundRadiusKm", static_cast<float>(p.groundRadiusKm));
  gl::setUniform(program, "u_topRadiusKm", static_cast<float>(p.topRadiusKm));
  gl::setUniform(program, "u_rayleighScattering", glm::vec3(p.rayleighScatteringPerKm));
  gl::setUniform(program, "u_rayleighScaleHeightKm", static_cast<float>(p.rayleighScaleHeightKm));
  gl::setUniform(program, "u_mieScattering", static_cast<float>(p.mieScatteringPerKm));
  gl::setUniform(program, "u_mieExtinction", static_cast<float>(p.mieExtinctionPerKm));
  gl::setUniform(program, "u_mieScaleHeightKm", static_cast<float>(p.mieScaleHeightKm));
  gl::setUniform(program, "u_mieG", static_cast<float>(p.mieG));
  glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + unit));
  glBindTexture(GL_TEXTURE_2D, m_transmittance.id());
}

void AtmosphereLayer::renderSky(const RenderFrame& frame, const glm::dmat3& viewRot,
                                double tanHalfFovY, int width, int height) {
  const SkyViewSize size = m_desc.skyView;
  if (!m_skyFbo) {
    // Display light (sRGB-encoded, so 8 bits do not band in the dark) and
    // the stars' share (sky.frag): the sky under the scene is a lookup per
    // pixel, and llvmpipe filters 8-bit texels faster than floats, which
    // also left the curve to each pixel (measured: that pass 11.2 -> 9.4
    // CPU ms for the chase at 1280x720).
    gl::TextureDesc table;
    table.width = size.azimuths;
    table.height = size.rows;
    table.internalFormat = GL_SRGB8_ALPHA8;
    m_skyTex = gl::makeTexture2D(table);
    m_skyFbo = gl::makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, m_skyFbo.id());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_skyTex.id(), 0);
  }
  const SkyFrame sky = makeSkyFrame(frame, m_params);
  const SkyViewFrame local = makeSkyViewFrame(sky);
  // View -> TEME is the transpose of the view rotation; sphere -> local is
  // the transpose of the (orthonormal) local frame.
  const double aspect = static_cast<double>(width) / height;
  m_frame.viewToLocal =
      glm::mat3(glm::transpose(local.localToSphere) * sky.temeToSphere * glm::transpose(viewRot));
  m_frame.tanHalfFov =
      glm::vec2(static_cast<float>(tanHalfFovY * aspect), static_cast<float>(tanHalfFovY));
  m_frame.lensShift = glm::vec2(frame.camera.lensShiftNdc);
  m_frame.horizonCos = static_cast<float>(local.horizonCos);

  glBindFramebuffer(GL_FRAMEBUFFER, m_skyFbo.id());
  glViewport(0, 0, size.azimuths, size.rows);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glUseProgram(m_sky.id());
  bindModel(m_sky, 0);
  setSkyViewUniforms(m_sky);
  gl::setUniform(m_sky, "u_localToSphere", glm::mat3(local.localToSphere));
  gl::setUniform(m_sky, "u_camPosKm", glm::vec3(sky.camPosKm));
  gl::setUniform(m_sky, "u_camRadiusKm", static_cast<float>(sky.camRadiusKm));
  gl::setUniform(m_sky, "u_camGroundC", static_cast<float>(sky.camGroundC));
  gl::setUniform(m_sky, "u_sunSphere", glm::vec3(sky.sunSphere));
  gl::setUniform(m_sky, "u_sunIrradiance", kSunIrradiance);
  glBindVertexArray(m_emptyVao.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glUseProgram(0);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void AtmosphereLayer::setSkyViewUniforms(const gl::Program& program) const {
  gl::setUniform(program, "u_horizonCos", m_frame.horizonCos);
  gl::setUniform(program, "u_skyViewSize",
                 glm::vec2(static_cast<float>(m_desc.skyView.azimuths),
                           static_cast<float>(m_desc.skyView.rows)));
}

void AtmosphereLayer::bindSkyView(const gl::Program& program, int unit) const {
  setSkyViewUniforms(program);
  gl::setUniform(program, "u_viewToLocal", m_frame.viewToLocal);
  gl::setUniform(program, "u_sky", unit);
  glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + unit));
  glBindTexture(GL_TEXTURE_2D, m_skyTex.id());
}

void AtmosphereLayer::bindSkyBackground(const gl::Program& program, int unit) const {
  bindSkyView(program, unit);
  gl::setUniform(program, "u_tanHalfFov", m_frame.tanHalfFov);
  gl::setUniform(program, "u_lensShift", m_frame.lensShift);
}

}  // namespace rv::render
