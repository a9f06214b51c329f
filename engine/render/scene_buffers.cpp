#include "render/scene_buffers.h"

#include "render/gl_texture.h"
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

Result<void> SceneBuffers::ensureSize(const RenderTarget& target, int samples, bool direct) {
  const int width = target.width, height = target.height;
  if (direct) {
    m_colour.reset();
    m_depth.reset();
    m_sceneFbo.reset();
    m_resolvedFbo.reset();
    m_resolved.reset();
    m_width = width;
    m_height = height;
    m_samples = 0;
    m_direct = true;
    return {};
  }
  if (width == m_width && height == m_height && samples == m_samples && !m_direct && m_sceneFbo)
    return {};
  m_width = width;
  m_height = height;
  m_samples = samples;
  m_direct = false;

  m_colour.reset();
  m_resolvedFbo.reset();
  m_resolved.reset();
  m_depth = makeStorage(GL_DEPTH_COMPONENT24, width, height, samples);
  m_sceneFbo = gl::makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, m_sceneFbo.id());
  if (samples > 0) {
    m_colour = gl::makeTexture();
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, m_colour.id());
    glTexImage2DMultisample(GL_TEXTURE_2D_MULTISAMPLE, samples, GL_SRGB8_ALPHA8, width, height,
                            GL_TRUE);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D_MULTISAMPLE,
                           m_colour.id(), 0);
  } else {
    gl::TextureDesc td;
    td.width = width;
    td.height = height;
    td.internalFormat = GL_SRGB8_ALPHA8;
    td.minFilter = td.magFilter = GL_NEAREST;
    m_colour = gl::makeTexture2D(td);
    glBindTexture(GL_TEXTURE_2D, 0);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_colour.id(), 0);
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

bool SceneBuffers::canDrawDirect(const RenderTarget& target) {
  if (target.framebuffer != 0) return false;
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  // No window (EGL without a surface): there is no buffer to draw into.
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) return false;
  // A size asked of an attachment the buffer lacks is a GL error, which
  // would stay queued for the next glGetError (async_readback.cpp): ask
  // whether each is there first.
  const auto present = [](GLenum attachment) {
    GLint type = GL_NONE;
    glGetFramebufferAttachmentParameteriv(GL_FRAMEBUFFER, attachment,
                                          GL_FRAMEBUFFER_ATTACHMENT_OBJECT_TYPE, &type);
    return type != GL_NONE;
  };
  if (!present(GL_DEPTH) || !present(GL_STENCIL) || !present(GL_BACK_LEFT)) return false;
  GLint depth = 0, stencil = 0, encoding = GL_LINEAR;
  glGetFramebufferAttachmentParameteriv(GL_FRAMEBUFFER, GL_DEPTH,
                                        GL_FRAMEBUFFER_ATTACHMENT_DEPTH_SIZE, &depth);
  glGetFramebufferAttachmentParameteriv(GL_FRAMEBUFFER, GL_STENCIL,
                                        GL_FRAMEBUFFER_ATTACHMENT_STENCIL_SIZE, &stencil);
  glGetFramebufferAttachmentParameteriv(GL_FRAMEBUFFER, GL_BACK_LEFT,
                                        GL_FRAMEBUFFER_ATTACHMENT_COLOR_ENCODING, &encoding);
  return depth == 24 && stencil == 8 && encoding == GL_SRGB;
}

void SceneBuffers::bindForScene() const {
  glBindFramebuffer(GL_FRAMEBUFFER, sceneFramebuffer());
  glViewport(0, 0, m_width, m_height);
}

void SceneBuffers::copyTo(const RenderTarget& target) const {
  // The bytes are display colours already and go over as they are: into an
  // sRGB texture like ours a copy with sRGB on (decode then encode: none),
  // which llvmpipe does as a memory copy: 0.25 ms at 1280x720 against 4-5
  // ms for its shader blit between sRGB and linear views.
  glBindFramebuffer(GL_READ_FRAMEBUFFER, singleSampleFramebuffer());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target.framebuffer);
  glEnable(GL_FRAMEBUFFER_SRGB);
  glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT,
                    GL_NEAREST);
  glDisable(GL_FRAMEBUFFER_SRGB);  // labels, the HUD and the UI write bytes as they are
  glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
  glViewport(0, 0, target.width, target.height);
}

bool SceneBuffers::copiesPlainly(const RenderTarget& target) {
  // The window's buffer may be sRGB-capable (Mesa's visuals under Xvfb are)
  // but is BGRA or without alpha, so not a copy of ours either way.
  if (target.framebuffer == 0) return false;
  glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
  GLint encoding = GL_LINEAR;
  glGetFramebufferAttachmentParameteriv(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0,
                                        GL_FRAMEBUFFER_ATTACHMENT_COLOR_ENCODING, &encoding);
  return encoding == GL_SRGB;
}

}  // namespace rv::render
