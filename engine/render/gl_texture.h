#pragma once
// 2D textures from a description: the format, filtering and wrapping every
// texture of the renderer spells out, in one place instead of a run of
// glTexParameteri calls at each.

#include "render/gl_resources.h"

namespace rv::gl {

struct TextureDesc {
  int width = 0, height = 0;
  GLenum internalFormat = GL_RGBA8;
  GLenum format = GL_RGBA;  // of the pixels given (or none)
  GLenum type = GL_UNSIGNED_BYTE;
  GLenum minFilter = GL_LINEAR, magFilter = GL_LINEAR;
  GLenum wrapS = GL_CLAMP_TO_EDGE, wrapT = GL_CLAMP_TO_EDGE;
  int unpackAlignment = 4;  // 1 for rows not padded to 4 bytes
};

// A floating-point colour target (RGBA16F, linear filtering, clamped): the
// lower-resolution layers (the smoke), in scene light.
inline TextureDesc hdrColorTarget(int width, int height) {
  TextureDesc d;
  d.width = width;
  d.height = height;
  d.internalFormat = GL_RGBA16F;
  d.type = GL_HALF_FLOAT;
  return d;
}

// Creates the texture, uploads pixels (undefined contents when null) and
// leaves it bound to GL_TEXTURE_2D on the active unit.
Texture makeTexture2D(const TextureDesc& desc, const void* pixels = nullptr);

}  // namespace rv::gl
