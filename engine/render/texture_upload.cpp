#include "render/texture_upload.h"
#include "render/gl_texture.h"

namespace rv::render {

gl::Texture uploadSrgbTexture(const ImageRgba8& image, bool repeatU) {
  // Map files are sRGB-encoded; the GPU decodes to linear when sampling so
  // lighting happens in linear light.
  gl::TextureDesc td;
  td.width = image.width;
  td.height = image.height;
  td.internalFormat = GL_SRGB8_ALPHA8;
  td.minFilter = GL_LINEAR_MIPMAP_LINEAR;
  td.wrapS = repeatU ? GL_REPEAT : GL_CLAMP_TO_EDGE;
  td.mipmaps = true;
  td.unpackAlignment = 1;
  return gl::makeTexture2D(td, image.pixels.data());
}

}  // namespace rv::render
