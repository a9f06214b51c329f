#pragma once
// The offscreen buffers the scene is drawn into: sRGB colour holding
// display light (display.glsl: each layer tone maps as it writes, and the
// sRGB write applies the transfer curve) and 24-bit depth; with MSAA both
// multisampled, plus a single-sample buffer that the resolve (which also
// adds the sky, renderer.cpp) writes. copyTo() hands the image to an sRGB
// target (OffscreenTarget) as a plain copy, 0.2-0.3 ms at 1280x720 on
// llvmpipe; into a linear one (the window's) the renderer's last pass
// writes instead, since llvmpipe's blit between the two costs a
// full-screen pass (4-5 ms). Reallocated when the size or sample count
// changes.
// Without MSAA into the window's buffer, when that has 24-bit depth with
// stencil and sRGB writes (GLFW is asked for both), the scene is drawn
// straight into it ("direct") and these buffers hold nothing: the copy or
// pass that would hand the picture over costs a full-screen pass there.
// The smoke's depth is copied from the scene's (half_res_target.h), so it
// takes depthFormat(): 24-bit, with the window's 8 of stencil when direct
// (our own buffers have none: with it, llvmpipe's MSAA frames cost 10%
// more CPU).

#include <string>

#include "base/result.h"
#include "render/gl_resources.h"

namespace rv::render {

struct RenderTarget;

class SceneBuffers {
 public:
  // Sized as the target; direct: draw into the target itself (samples 0,
  // canDrawDirect). An error names the format the driver rejected.
  Result<void> ensureSize(const RenderTarget& target, int samples, bool direct);
  // Whether the scene can be drawn straight into the target: the window's
  // buffer with depth, stencil and sRGB writes.
  static bool canDrawDirect(const RenderTarget& target);
  bool drawsDirect() const { return m_direct; }
  GLenum depthFormat() const { return m_direct ? GL_DEPTH24_STENCIL8 : GL_DEPTH_COMPONENT24; }
  void bindForScene() const;
  // The scene's colour: a GL_TEXTURE_2D_MULTISAMPLE with MSAA, else a
  // GL_TEXTURE_2D.
  GLuint colourTexture() const { return m_colour.id(); }
  // Where the finished single-sample image is: the scene's own framebuffer
  // without MSAA, the resolved one with.
  GLuint singleSampleFramebuffer() const {
    return m_samples > 0 ? m_resolvedFbo.id() : m_sceneFbo.id();
  }
  // Copies the single-sample image into target.framebuffer (same size, and
  // copiesPlainly), bytes as they are, and leaves that bound for drawing.
  void copyTo(const RenderTarget& target) const;
  // Whether a copy into the target is a memory copy: a framebuffer object
  // with an sRGB colour attachment like ours, not the window's buffer.
  static bool copiesPlainly(const RenderTarget& target);
  GLuint sceneFramebuffer() const { return m_direct ? 0 : m_sceneFbo.id(); }
  int samples() const { return m_samples; }
  int width() const { return m_width; }
  int height() const { return m_height; }

 private:
  int m_width = 0, m_height = 0, m_samples = 0;
  bool m_direct = false;
  gl::Framebuffer m_sceneFbo;
  gl::Texture m_colour;  // the last pass reads it
  gl::Renderbuffer m_depth;
  gl::Framebuffer m_resolvedFbo;  // with MSAA
  gl::Renderbuffer m_resolved;
};

}  // namespace rv::render
