#pragma once
// Uploads a CPU image as a mipmapped, sRGB-decoded 2D texture.

#include "render/gl_resources.h"
#include "render/image_io.h"

namespace rv::render {

gl::Texture uploadSrgbTexture(const ImageRgba8& image, bool repeatU);

}  // namespace rv::render
