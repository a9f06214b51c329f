#include "render/half_res_target.h"
#include "render/gl_texture.h"

#include <algorithm>

#include "render/shader_program.h"

namespace rv::render {

Result<void> HalfResTarget::create() {
  auto program = gl::buildProgram("fullscreen.vert", "composite_premultiplied.frag");
  if (!program) return program.takeError();
  m_composite = std::move(program).value();
  m_emptyVao = gl::makeVertexArray();
  return {};
}

Result<void> HalfResTarget::ensureSize(int fullWidth, int fullHeight, int samples) {
  if (fullWidth == m_fullWidth && fullHeight == m_fullHeight && samples == m_samples && m_fbo)
    return {};
  m_fullWidth = fullWidth;
  m_fullHeight = fullHeight;
  m_samples = samples;
  m_width = std::max(1, fullWidth / 2);
  m_height = std::max(1, fullHeight / 2);
  m_color = gl::makeTexture2D(gl::hdrColorTarget(m_width, m_height));
  m_depth = gl::makeRenderbuffer();
  glBindRenderbuffer(GL_RENDERBUFFER, m_depth.id());
  glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, m_width, m_height);
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
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, fullWidth, fullHeight);
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

Result<void> HalfResTarget::begin(const HdrBuffers& scene) {
  if (auto sized = ensureSize(scene.width(), scene.height(), scene.samples()); !sized) return sized;
  GLuint depthSource = scene.sceneFramebuffer();
  if (scene.samples() > 0) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, depthSource);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_fullDepthFbo.id());
    glBlitFramebuffer(0, 0, m_fullWidth, m_fullHeight, 0, 0, m_fullWidth, m_fullHeight,
                      GL_DEPTH_BUFFER_BIT, GL_NEAREST);
    depthSource = m_fullDepthFbo.id();
  }
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

void HalfResTarget::compositeInto(const HdrBuffers& scene) const {
  glBindFramebuffer(GL_FRAMEBUFFER, scene.sceneFramebuffer());
  glViewport(0, 0, scene.width(), scene.height());
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
  glEnable(GL_DEPTH_TEST);
}

}  // namespace rv::render
