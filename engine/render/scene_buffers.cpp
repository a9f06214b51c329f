#include "render/scene_buffers.h"

#include "render/renderer.h"

namespace rv::render {
namespace {

// A renderbuffer of `format`, multisampled when samples > 0.
gl::Renderbuffer makeStorage(GLenum format, int width, int height, int samples) {
  gl::Renderbuffer rb = gl::makeRenderbuffer();
  glBindRenderbuffer(GL_RENDERBUFFER, rb.id());
  if (samples > 0) {
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, format, width, height);
  } else {
    glRenderbufferStorage(GL_RENDERBUFFER, format, width, height);
  }
  glBindRenderbuffer(GL_RENDERBUFFER, 0);
  return rb;
}

}  // namespace

Result<void> SceneBuffers::ensureSize(int width, int height, int samples) {
  if (width == m_width && height == m_height && samples == m_samples && m_sceneFbo) return {};
  m_width = width;
  m_height = height;
  m_samples = samples;

  m_colour.reset();
  m_msColour.reset();
  m_resolvedFbo.reset();
  m_resolved.reset();
  m_depth = makeStorage(GL_DEPTH_COMPONENT24, width, height, samples);
  m_sceneFbo = gl::makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, m_sceneFbo.id());
  if (samples > 0) {
    m_msColour = gl::makeTexture();
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, m_msColour.id());
    glTexImage2DMultisample(GL_TEXTURE_2D_MULTISAMPLE, samples, GL_SRGB8_ALPHA8, width, height,
                            GL_TRUE);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D_MULTISAMPLE,
                           m_msColour.id(), 0);
  } else {
    m_colour = makeStorage(GL_SRGB8_ALPHA8, width, height, 0);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_colour.id());
  }
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, m_depth.id());
  GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);

  if (status == GL_FRAMEBUFFER_COMPLETE && samples > 0) {
    m_resolved = makeStorage(GL_SRGB8_ALPHA8, width, height, 0);
    m_resolvedFbo = gl::makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, m_resolvedFbo.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                              m_resolved.id());
    status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);

  if (status != GL_FRAMEBUFFER_COMPLETE) {
    m_sceneFbo.reset();
    return fail("the GL driver cannot render to a " + std::to_string(samples) +
                "x multisampled SRGB8_ALPHA8 framebuffer of " + std::to_string(width) + "x" +
                std::to_string(height));
  }
  return {};
}

void SceneBuffers::bindForScene() const {
  glBindFramebuffer(GL_FRAMEBUFFER, m_sceneFbo.id());
  glViewport(0, 0, m_width, m_height);
}

void SceneBuffers::copyTo(const RenderTarget& target) const {
  // The bytes are display colours already and go over as they are. Into an
  // sRGB target (OffscreenTarget) that is a copy with sRGB on (decode then
  // encode: none), which llvmpipe does as a memory copy: 0.25 ms at 1280x720
  // against 4-5 ms for its shader blit between sRGB and linear views. Into
  // a linear target (the window), sRGB off, or the copy would decode.
  glBindFramebuffer(GL_READ_FRAMEBUFFER, singleSampleFramebuffer());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target.framebuffer);
  GLint encoding = GL_LINEAR;
  glGetFramebufferAttachmentParameteriv(
      GL_DRAW_FRAMEBUFFER, target.framebuffer == 0 ? GL_BACK_LEFT : GL_COLOR_ATTACHMENT0,
      GL_FRAMEBUFFER_ATTACHMENT_COLOR_ENCODING, &encoding);
  if (encoding == GL_SRGB) {
    glEnable(GL_FRAMEBUFFER_SRGB);
  } else {
    glDisable(GL_FRAMEBUFFER_SRGB);
  }
  glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT,
                    GL_NEAREST);
  glDisable(GL_FRAMEBUFFER_SRGB);  // labels, the HUD and the UI write bytes as they are
  glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
  glViewport(0, 0, target.width, target.height);
}

}  // namespace rv::render
