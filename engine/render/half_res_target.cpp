#include "render/half_res_target.h"
#include "render/gl_texture.h"

#include <algorithm>
#include <cmath>

#include "render/shader_program.h"

namespace rv::render {

Result<void> HalfResTarget::create() {
  auto program = gl::buildProgram("fullscreen.vert", "composite_premultiplied.frag");
  if (!program) return program.takeError();
  m_composite = std::move(program).value();
  m_emptyVao = gl::makeVertexArray();
  return {};
}

Result<void> HalfResTarget::ensureSize(int fullWidth, int fullHeight, int samples,
                                       GLenum depthFormat) {
  if (fullWidth == m_fullWidth && fullHeight == m_fullHeight && samples == m_samples &&
      depthFormat == m_depthFormat && m_fbo)
    return {};
  m_depthFormat = depthFormat;
  m_fullWidth = fullWidth;
  m_fullHeight = fullHeight;
  m_samples = samples;
  m_width = std::max(1, fullWidth / 2);
  m_height = std::max(1, fullHeight / 2);
  m_color = gl::makeTexture2D(gl::hdrColorTarget(m_width, m_height));
  m_depth = gl::makeRenderbuffer();
  glBindRenderbuffer(GL_RENDERBUFFER, m_depth.id());
  glRenderbufferStorage(GL_RENDERBUFFER, depthFormat, m_width, m_height);
  m_fbo = gl::makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_color.id(), 0);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, m_depth.id());
  GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  m_fullDepthFbo.reset();
  m_fullDepth.reset();
  if (status == GL_FRAMEBUFFER_COMPLETE && samples > 0) {
    // A multisampled blit cannot also scale: resolve at full size first.
    m_fullDepth = gl::makeRenderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, m_fullDepth.id());
    glRenderbufferStorage(GL_RENDERBUFFER, depthFormat, fullWidth, fullHeight);
    m_fullDepthFbo = gl::makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, m_fullDepthFbo.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER,
                              m_fullDepth.id());
    status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (status != GL_FRAMEBUFFER_COMPLETE) {
    m_fbo.reset();
    return fail("the GL driver cannot render to a half-resolution RGBA16F target");
  }
  return {};
}

Result<void> HalfResTarget::begin(const SceneBuffers& scene, const glm::vec4& boundsNdc) {
  // The depth is copied from the scene's: the same format, or the copy fails.
  if (auto sized = ensureSize(scene.width(), scene.height(), scene.samples(), scene.depthFormat());
      !sized)
    return sized;
  // The bounds in half-resolution pixels, widened by two: the composite's
  // bilinear taps reach one texel past the last covered one, and those must
  // be cleared too, not last frame's.
  const auto toPixel = [](float ndc, int size) {
    return static_cast<int>(std::floor((ndc * 0.5f + 0.5f) * static_cast<float>(size)));
  };
  constexpr int kMargin = 2;
  m_region = glm::ivec4(std::clamp(toPixel(boundsNdc.x, m_width) - kMargin, 0, m_width),
                        std::clamp(toPixel(boundsNdc.y, m_height) - kMargin, 0, m_height),
                        std::clamp(toPixel(boundsNdc.z, m_width) + 1 + kMargin, 0, m_width),
                        std::clamp(toPixel(boundsNdc.w, m_height) + 1 + kMargin, 0, m_height));
  // The copies keep their whole-image coordinates, so every pixel takes the
  // same depth sample as a whole copy would; the scissor limits them.
  // The same region at full size, a little wider for odd image sizes, where
  // the copy's scale is not exactly 2.
  const glm::ivec4 full(m_region.x * 2, m_region.y * 2, std::min(m_region.z * 2 + 2, m_fullWidth),
                        std::min(m_region.w * 2 + 2, m_fullHeight));
  glEnable(GL_SCISSOR_TEST);
  GLuint depthSource = scene.sceneFramebuffer();
  if (scene.samples() > 0) {
    glScissor(full.x, full.y, full.z - full.x, full.w - full.y);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, depthSource);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_fullDepthFbo.id());
    glBlitFramebuffer(0, 0, m_fullWidth, m_fullHeight, 0, 0, m_fullWidth, m_fullHeight,
                      GL_DEPTH_BUFFER_BIT, GL_NEAREST);
    depthSource = m_fullDepthFbo.id();
  }
  glScissor(m_region.x, m_region.y, m_region.z - m_region.x, m_region.w - m_region.y);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, depthSource);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_fbo.id());
  glBlitFramebuffer(0, 0, m_fullWidth, m_fullHeight, 0, 0, m_width, m_height, GL_DEPTH_BUFFER_BIT,
                    GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.id());
  glViewport(0, 0, m_width, m_height);
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  return {};
}

void HalfResTarget::compositeInto(const SceneBuffers& scene) const {
  glBindFramebuffer(GL_FRAMEBUFFER, scene.sceneFramebuffer());
  glViewport(0, 0, scene.width(), scene.height());
  // Full-size pixels whose bilinear taps stay inside the cleared region;
  // outside it the layer is empty and the blend would change nothing. At
  // the image's edges the taps clamp inside, so the region runs to the edge.
  const glm::ivec4 full(m_region.x == 0 ? 0 : 2 * m_region.x + 2,
                        m_region.y == 0 ? 0 : 2 * m_region.y + 2,
                        m_region.z == m_width ? m_fullWidth : 2 * m_region.z - 2,
                        m_region.w == m_height ? m_fullHeight : 2 * m_region.w - 2);
  glScissor(full.x, full.y, std::max(full.z - full.x, 0), std::max(full.w - full.y, 0));
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_BLEND);
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glUseProgram(m_composite.id());
  gl::setUniform(m_composite, "u_layer", 0);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, m_color.id());
  glBindVertexArray(m_emptyVao.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
  glEnable(GL_DEPTH_TEST);
}

}  // namespace rv::render
