#include "render/offscreen_target.h"
#include "render/gl_texture.h"

#include <cstring>

namespace rv::render {

bool OffscreenTarget::create(int width, int height, std::string* error) {
  m_width = width;
  m_height = height;
  gl::TextureDesc td;
  td.width = width;
  td.height = height;
  td.minFilter = td.magFilter = GL_NEAREST;
  td.wrapS = td.wrapT = GL_REPEAT;  // GL's default, as before
  m_color = gl::makeTexture2D(td);
  m_fbo = gl::makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_color.id(), 0);
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (status != GL_FRAMEBUFFER_COMPLETE) {
    if (error)
      *error = "cannot create a " + std::to_string(width) + "x" + std::to_string(height) +
               " offscreen framebuffer (too large for this GL driver?)";
    return false;
  }
  return true;
}

ImageRgba8 OffscreenTarget::readPixels() const {
  ImageRgba8 img{m_width, m_height,
                 std::vector<std::uint8_t>(static_cast<size_t>(m_width) * m_height * 4)};
  glBindFramebuffer(GL_READ_FRAMEBUFFER, m_fbo.id());
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, img.pixels.data());
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  // GL rows run bottom to top; files run top to bottom.
  const size_t row = static_cast<size_t>(m_width) * 4;
  std::vector<std::uint8_t> tmp(row);
  for (int y = 0; y < m_height / 2; ++y) {
    std::uint8_t* a = &img.pixels[static_cast<size_t>(y) * row];
    std::uint8_t* b = &img.pixels[static_cast<size_t>(m_height - 1 - y) * row];
    std::memcpy(tmp.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, tmp.data(), row);
  }
  return img;
}

}  // namespace rv::render
