#include "render/texture_upload.h"
#include "render/gl_texture.h"

namespace rv::render {

gl::Texture uploadSrgbTexture(const MipChain& chain, bool repeatU) {
  // Map files are sRGB-encoded; the GPU decodes to linear when sampling so
  // lighting happens in linear light.
  gl::TextureDesc td;
  td.internalFormat = GL_SRGB8_ALPHA8;
  td.minFilter = GL_LINEAR_MIPMAP_LINEAR;
  td.wrapS = repeatU ? GL_REPEAT : GL_CLAMP_TO_EDGE;
  td.unpackAlignment = 1;
  if (chain.levels.empty()) return gl::makeTexture2D(td, nullptr);
  td.width = chain.levels[0].width;
  td.height = chain.levels[0].height;
  gl::Texture tex = gl::makeTexture2D(td, chain.levels[0].pixels.data());  // and binds it
  for (size_t level = 1; level < chain.levels.size(); ++level) {
    const ImageRgba8& image = chain.levels[level];
    glTexImage2D(GL_TEXTURE_2D, static_cast<GLint>(level), GL_SRGB8_ALPHA8, image.width,
                 image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
  }
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, static_cast<GLint>(chain.levels.size()) - 1);
  return tex;
}

}  // namespace rv::render
