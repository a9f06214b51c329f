#include "render/hdr_buffers.h"
#include "render/gl_texture.h"

namespace rv::render {

Result<void> HdrBuffers::ensureSize(int width, int height, int samples) {
  if (width == m_width && height == m_height && samples == m_samples && m_sceneFbo) return {};
  m_width = width;
  m_height = height;
  m_samples = samples;

  m_depth = gl::makeRenderbuffer();
  glBindRenderbuffer(GL_RENDERBUFFER, m_depth.id());
  if (samples > 0) {
    m_colorTex = gl::makeTexture();
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, m_colorTex.id());
    glTexImage2DMultisample(GL_TEXTURE_2D_MULTISAMPLE, samples, GL_RGBA16F, width, height, GL_TRUE);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH_COMPONENT24, width, height);
  } else {
    m_colorTex = gl::makeTexture2D(gl::hdrColorTarget(width, height));
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, width, height);
  }

  m_sceneFbo = gl::makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, m_sceneFbo.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0,
                         samples > 0 ? GL_TEXTURE_2D_MULTISAMPLE : GL_TEXTURE_2D, m_colorTex.id(),
                         0);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, m_depth.id());
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);

  if (status != GL_FRAMEBUFFER_COMPLETE) {
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

}  // namespace rv::render
