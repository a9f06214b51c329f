#include "render/gl_texture.h"

namespace rv::gl {

Texture makeTexture2D(const TextureDesc& d, const void* pixels) {
  Texture tex = makeTexture();
  glBindTexture(GL_TEXTURE_2D, tex.id());
  glPixelStorei(GL_UNPACK_ALIGNMENT, d.unpackAlignment);
  glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(d.internalFormat), d.width, d.height, 0,
               d.format, d.type, pixels);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, static_cast<GLint>(d.minFilter));
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, static_cast<GLint>(d.magFilter));
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, static_cast<GLint>(d.wrapS));
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, static_cast<GLint>(d.wrapT));
  return tex;
}

}  // namespace rv::gl
