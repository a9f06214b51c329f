#pragma once
// The offscreen buffers the scene is drawn into before tone mapping: a
// multisampled RGBA16F colour + 24-bit depth pair, and a single-sample
// RGBA16F texture it resolves into; with 0 samples the scene is drawn into
// that texture directly. Reallocated when the size or sample count changes.

#include <string>

#include "base/result.h"
#include "render/gl_resources.h"

namespace rv::render {

class HdrBuffers {
 public:
  // Returns false and sets *error when the driver rejects the format.
  Result<void> ensureSize(int width, int height, int samples);
  void bindForScene() const;
  void resolve() const;  // multisample -> texture (nothing to do without MSAA)
  GLuint resolvedTexture() const { return m_resolvedTex.id(); }
  GLuint sceneFramebuffer() const { return m_sceneFbo.id(); }
  int samples() const { return m_samples; }
  int width() const { return m_width; }
  int height() const { return m_height; }

 private:
  int m_width = 0, m_height = 0, m_samples = 0;
  gl::Framebuffer m_sceneFbo;
  gl::Renderbuffer m_msColor;  // only with MSAA
  gl::Renderbuffer m_depth;
  gl::Framebuffer m_resolveFbo;
  gl::Texture m_resolvedTex;
};

}  // namespace rv::render
