#include "render/texture_upload.h"

namespace rv::render {

gl::Texture uploadSrgbTexture(const ImageRgba8& image, bool repeatU) {
  gl::Texture tex = gl::makeTexture();
  glBindTexture(GL_TEXTURE_2D, tex.id());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  // Map files are sRGB-encoded; the GPU decodes to linear when sampling so
  // lighting happens in linear light.
  glTexImage2D(GL_TEXTURE_2D, 0, GL_SRGB8_ALPHA8, image.width, image.height, 0, GL_RGBA,
               GL_UNSIGNED_BYTE, image.pixels.data());
  glGenerateMipmap(GL_TEXTURE_2D);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, repeatU ? GL_REPEAT : GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  return tex;
}

}  // namespace rv::render
