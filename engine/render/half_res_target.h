#pragma once
// A half-width, half-height colour + depth target for soft things that do
// not need every pixel (the pad's smoke): drawn there against a copy of the
// scene's depth, then blended back over the scene, smoothed by the bilinear
// upsampling. A quarter of the pixels to shade and blend, and no MSAA; and
// only the part of the screen the layer's things cover is copied, cleared
// and blended back (a full-screen blend costs as much as the smoke itself
// on a software rasteriser).

#include <string>

#include "base/result.h"
#include "render/gl_resources.h"
#include "render/scene_buffers.h"

#include <glm/glm.hpp>

namespace rv::render {

class HalfResTarget {
 public:
  // Builds the shader of the composite; false and why if it fails.
  Result<void> create();
  // Sizes the buffers for the scene and, within boundsNdc (x0, y0, x1, y1:
  // where anything will be drawn), copies the scene's depth in (resolving
  // multisampled depth on the way) and clears the colour; binds it for
  // drawing with its viewport and a scissor around that region.
  Result<void> begin(const SceneBuffers& scene, const glm::vec4& boundsNdc);
  // Blends what was drawn (premultiplied alpha) over the scene, within the
  // region of begin(), and leaves the scene's framebuffer bound with its
  // viewport and no scissor.
  void compositeInto(const SceneBuffers& scene) const;

 private:
  Result<void> ensureSize(int fullWidth, int fullHeight, int samples, GLenum depthFormat);
  int m_fullWidth = 0, m_fullHeight = 0, m_samples = -1;
  GLenum m_depthFormat = 0;
  int m_width = 0, m_height = 0;
  // This frame's region in half-resolution pixels: x0, y0, x1, y1 (exclusive).
  glm::ivec4 m_region{0};
  gl::Framebuffer m_fbo;
  gl::Texture m_color;
  gl::Renderbuffer m_depth;
  gl::Framebuffer m_fullDepthFbo;  // single-sample copy of multisampled depth
  gl::Renderbuffer m_fullDepth;
  gl::Program m_composite;
  gl::VertexArray m_emptyVao;
};

}  // namespace rv::render
