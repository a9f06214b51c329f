#pragma once
// A texture's mipmap levels made on the CPU, on the thread that decoded the
// image, so the GL thread only uploads them. glGenerateMipmap on llvmpipe
// runs a blit per level through freshly compiled shaders: for the Earth's
// first 2048x1024 map it cost ~0.2 s of the start-up's critical path.

#include <vector>

#include "render/image_io.h"

namespace rv::render {

struct MipChain {
  std::vector<ImageRgba8> levels;  // [0] the image, then each half the size, down to 1x1
};

// Each level from the one above by a 2x2 box filter in linear light (the
// texels are sRGB-encoded, as GL_SRGB8_ALPHA8 textures filter them; alpha
// is linear). A level's size is max(1, floor(size / 2)), as GL's; an odd
// last row or column of the level above is left out, as a blit would.
MipChain srgbMipChain(ImageRgba8 image);

}  // namespace rv::render
