#pragma once
// The offscreen buffers the scene is drawn into: sRGB colour holding
// display light (display.glsl: each layer tone maps as it writes, and the
// sRGB write applies the transfer curve) and 24-bit depth; with MSAA both
// multisampled, plus a single-sample buffer that the resolve (which also
// adds the sky, renderer.cpp) writes. copyTo() hands the image to the
// caller's target: for a target of the same format (OffscreenTarget) a
// plain copy, 0.2-0.3 ms at 1280x720 on llvmpipe. Reallocated when the size
// or sample count changes.

#include <string>

#include "base/result.h"
#include "render/gl_resources.h"

namespace rv::render {

struct RenderTarget;

class SceneBuffers {
 public:
  // An error names the format the driver rejected.
  Result<void> ensureSize(int width, int height, int samples);
  void bindForScene() const;
  // The scene's colour samples (a GL_TEXTURE_2D_MULTISAMPLE), with MSAA.
  GLuint multisampleColour() const { return m_msColour.id(); }
  // Where the finished single-sample image is: the scene's own framebuffer
  // without MSAA, the resolved one with.
  GLuint singleSampleFramebuffer() const {
    return m_samples > 0 ? m_resolvedFbo.id() : m_sceneFbo.id();
  }
  // Copies the single-sample image into target.framebuffer (same size),
  // bytes as they are, and leaves that bound for drawing.
  void copyTo(const RenderTarget& target) const;
  GLuint sceneFramebuffer() const { return m_sceneFbo.id(); }
  int samples() const { return m_samples; }
  int width() const { return m_width; }
  int height() const { return m_height; }

 private:
  int m_width = 0, m_height = 0, m_samples = 0;
  gl::Framebuffer m_sceneFbo;
  gl::Renderbuffer m_colour;  // without MSAA
  gl::Texture m_msColour;     // with MSAA: the resolve reads its samples
  gl::Renderbuffer m_depth;
  gl::Framebuffer m_resolvedFbo;  // with MSAA
  gl::Renderbuffer m_resolved;
};

}  // namespace rv::render
