#pragma once
// A half-width, half-height colour + depth target for soft things that do
// not need every pixel (the pad's smoke): drawn there against a copy of the
// scene's depth, then blended back over the scene, smoothed by the bilinear
// upsampling. A quarter of the pixels to shade and blend, and no MSAA.

#include <string>

#include "base/result.h"
#include "render/gl_resources.h"
#include "render/hdr_buffers.h"

namespace rv::render {

class HalfResTarget {
 public:
  // Builds the shader of the composite; false and why if it fails.
  Result<void> create();
  // Sizes the buffers for the scene, copies the scene's depth in (resolving
  // multisampled depth on the way), clears the colour, and binds it for
  // drawing with its viewport.
  Result<void> begin(const HdrBuffers& scene);
  // Blends what was drawn (premultiplied alpha) over the scene and leaves
  // the scene's framebuffer bound with its viewport.
  void compositeInto(const HdrBuffers& scene) const;

 private:
  Result<void> ensureSize(int fullWidth, int fullHeight, int samples);
  int m_fullWidth = 0, m_fullHeight = 0, m_samples = -1;
  int m_width = 0, m_height = 0;
  gl::Framebuffer m_fbo;
  gl::Texture m_color;
  gl::Renderbuffer m_depth;
  gl::Framebuffer m_fullDepthFbo;  // single-sample copy of multisampled depth
  gl::Renderbuffer m_fullDepth;
  gl::Program m_composite;
  gl::VertexArray m_emptyVao;
};

}  // namespace rv::render
