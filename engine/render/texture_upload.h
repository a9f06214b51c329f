#pragma once
// Uploads a CPU image and its mipmaps (made on the CPU) as a mipmapped,
// sRGB-decoded 2D texture.

#include "render/gl_resources.h"
#include "render/mip_chain.h"

namespace rv::render {

gl::Texture uploadSrgbTexture(const MipChain& chain, bool repeatU);

}  // namespace rv::render
