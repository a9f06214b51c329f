// Scene light -> display light, applied by each layer as it writes its
// pixel (forward tone mapping): exposure, then the ACES filmic curve
// (Narkowicz 2015 fit). The scene's buffers are sRGB (scene_buffers.h):
// with GL_FRAMEBUFFER_SRGB on, the write applies the sRGB transfer curve,
// and blending and the MSAA resolve decode first, so they add and average
// in linear display light.
// Why per layer and not one pass over a floating-point buffer: on a
// software rasteriser a full-screen pass costs several ms however simple
// (measured at 1280x720 on llvmpipe: 4.9 CPU ms for a constant colour),
// and the old tone-map pass over RGBA16F cost 9.6-13.3 CPU ms a frame.
// The exposure is one uniform block for every program (renderer.cpp sets
// it once a frame; shader_program.cpp binds the block when it links).
layout(std140) uniform Display {
  float u_exposure;
};

vec3 toDisplay(vec3 light) {
  vec3 x = light * u_exposure;
  return clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
}
