#include "render/hdr_buffers.h"
#include "render/gl_texture.h"

namespace rv::render {

Result<void> HdrBuffers::ensureSize(int width, int height, int samples) {
  if (width == m_width && height == m_height && samples == m_samples && m_sceneFbo) return {};
  m_width = width;
  m_height = height;
  m_samples = samples;

  m_resolvedTex = gl::makeTexture2D(gl::hdrColorTarget(width, height));

  // Depth: multisampled with the colour, or plain when there is no MSAA.
  m_depth = gl::makeRenderbuffer();
  glBindRenderbuffer(GL_RENDERBUFFER, m_depth.id());
  if (samples > 0) {
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH_COMPONENT24, width, height);
  } else {
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, width, height);
  }

  m_sceneFbo = gl::makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, m_sceneFbo.id());
  if (samples > 0) {
    m_msColor = gl::makeRenderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, m_msColor.id());
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA16F, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                              m_msColor.id());
  } else {
    // Without MSAA the scene goes straight into the texture the tone map
    // reads: no resolve copy (a full-screen pass on a software rasteriser).
    m_msColor.reset();
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_resolvedTex.id(),
                           0);
  }
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, m_depth.id());
  const GLenum sceneStatus = glCheckFramebufferStatus(GL_FRAMEBUFFER);

  GLenum resolveStatus = GL_FRAMEBUFFER_COMPLETE;
  m_resolveFbo.reset();
  if (samples > 0) {
    m_resolveFbo = gl::makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, m_resolveFbo.id());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_resolvedTex.id(),
                           0);
    resolveStatus = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);

  if (sceneStatus != GL_FRAMEBUFFER_COMPLETE || resolveStatus != GL_FRAMEBUFFER_COMPLETE) {
    m_sceneFbo.reset();
    return fail("the GL driver cannot render to a " + std::to_string(samples) +
                "x multisampled RGBA16F framebuffer of " + std::to_string(width) + "x" +
                std::to_string(height));
  }
  return {};
}

void HdrBuffers::bindForScene() const {
  glBindFramebuffer(GL_FRAMEBUFFER, m_sceneFbo.id());
  glViewport(0, 0, m_width, m_height);
}

void HdrBuffers::resolve() const {
  if (m_samples > 0) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_sceneFbo.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_resolveFbo.id());
    glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace rv::render
