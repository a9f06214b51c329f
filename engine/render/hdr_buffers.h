#pragma once
// The offscreen buffers the scene is drawn into before tone mapping: an
// RGBA16F colour texture (multisampled with MSAA) and 24-bit depth. The
// tone map reads the colour texture directly; with MSAA it averages each
// pixel's samples itself, so no separate resolve pass copies the image (a
// full-screen pass on a software rasteriser). Reallocated when the size or
// sample count changes.

#include <string>

#include "base/result.h"
#include "render/gl_resources.h"

namespace rv::render {

class HdrBuffers {
 public:
  // Returns false and sets *error when the driver rejects the format.
  Result<void> ensureSize(int width, int height, int samples);
  void bindForScene() const;
  // The scene's colour: a GL_TEXTURE_2D_MULTISAMPLE with MSAA, else a
  // GL_TEXTURE_2D.
  GLuint colorTexture() const { return m_colorTex.id(); }
  GLuint sceneFramebuffer() const { return m_sceneFbo.id(); }
  int samples() const { return m_samples; }
  int width() const { return m_width; }
  int height() const { return m_height; }

 private:
  int m_width = 0, m_height = 0, m_samples = 0;
  gl::Framebuffer m_sceneFbo;
  gl::Texture m_colorTex;
  gl::Renderbuffer m_depth;
};

}  // namespace rv::render
