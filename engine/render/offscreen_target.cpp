// The synchronous half of readback.h: the offscreen target and the window's
// back buffer, both read with glReadPixels and flipped to rows top to bottom.
#include "render/readback.h"

#include <cstring>

#include "render/gl_resources.h"
#include "render/gl_texture.h"

namespace rv::render {
namespace {

// Reads width x height RGBA8 from `framebuffer`'s read buffer; GL rows run
// bottom to top, files run top to bottom.
ImageRgba8 readTopDown(GLuint framebuffer, int width, int height) {
  ImageRgba8 img{width, height, std::vector<std::uint8_t>(static_cast<size_t>(width) * height * 4)};
  glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
  if (framebuffer == 0) glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, img.pixels.data());
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  const size_t row = static_cast<size_t>(width) * 4;
  std::vector<std::uint8_t> tmp(row);
  for (int y = 0; y < height / 2; ++y) {
    std::uint8_t* a = &img.pixels[static_cast<size_t>(y) * row];
    std::uint8_t* b = &img.pixels[static_cast<size_t>(height - 1 - y) * row];
    std::memcpy(tmp.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, tmp.data(), row);
  }
  return img;
}

}  // namespace

struct OffscreenTarget::Impl {
  int width = 0, height = 0;
  gl::Framebuffer fbo;
  gl::Texture color;
};

OffscreenTarget::OffscreenTarget() = default;
OffscreenTarget::~OffscreenTarget() = default;
OffscreenTarget::OffscreenTarget(OffscreenTarget&&) noexcept = default;
OffscreenTarget& OffscreenTarget::operator=(OffscreenTarget&&) noexcept = default;

Result<void> OffscreenTarget::create(int width, int height) {
  m_impl = std::make_unique<Impl>();
  m_impl->width = width;
  m_impl->height = height;
  gl::TextureDesc td;
  td.width = width;
  td.height = height;
  td.minFilter = td.magFilter = GL_NEAREST;
  // The scene's own format (scene_buffers.h), so handing the image over is
  // a plain copy; its bytes are display colours, read back as they are.
  td.internalFormat = GL_SRGB8_ALPHA8;
  td.wrapS = td.wrapT = GL_REPEAT;  // GL's default, as before
  m_impl->color = gl::makeTexture2D(td);
  m_impl->fbo = gl::makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, m_impl->fbo.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_impl->color.id(),
                         0);
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (status != GL_FRAMEBUFFER_COMPLETE) {
    return fail("cannot create a " + std::to_string(width) + "x" + std::to_string(height) +
                " offscreen framebuffer (too large for this GL driver?)");
  }
  return {};
}

RenderTarget OffscreenTarget::target() const {
  if (!m_impl) return {};
  return {m_impl->fbo.id(), m_impl->width, m_impl->height};
}

ImageRgba8 OffscreenTarget::readPixels() const {
  if (!m_impl) return {};
  return readTopDown(m_impl->fbo.id(), m_impl->width, m_impl->height);
}

ImageRgba8 readFramebuffer(int width, int height) {
  ImageRgba8 img = readTopDown(0, width, height);
  for (size_t i = 3; i < img.pixels.size(); i += 4) img.pixels[i] = 255;  // opaque PNG
  return img;
}

}  // namespace rv::render
