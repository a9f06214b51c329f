#pragma once
// A framebuffer with an RGBA8 colour texture, for frames that go to files
// instead of a window, and the read-back of its pixels.

#include <string>

#include "render/gl_resources.h"
#include "render/image_io.h"
#include "render/renderer.h"

namespace rv::render {

class OffscreenTarget {
 public:
  bool create(int width, int height, std::string* error);
  RenderTarget target() const { return {m_fbo.id(), m_width, m_height}; }
  // Reads the pixels back, rows top to bottom.
  ImageRgba8 readPixels() const;

 private:
  int m_width = 0, m_height = 0;
  gl::Framebuffer m_fbo;
  gl::Texture m_color;
};

}  // namespace rv::render
