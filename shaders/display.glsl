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

// The sRGB curve, for a pass that writes display light into a target that
// is not sRGB (sky_under.frag's ENCODE_SRGB). Its power segment
// 1.055 c^(1/2.4) - 0.055 is fitted by square roots (Ian Taylor's fit,
// c^(1/2), c^(1/4), c^(1/8)): within 0.25 of an 8-bit step of the exact
// curve over 0..1, and cheaper on llvmpipe, where pow() is an exp2 and a
// log2 per channel.
vec3 linearToSrgb(vec3 c) {
  vec3 s1 = sqrt(c), s2 = sqrt(s1), s3 = sqrt(s2);
  vec3 curve = 0.662002687 * s1 + 0.684122060 * s2 - 0.323583601 * s3 - 0.0225411470 * c;
  return mix(12.92 * c, curve, step(0.0031308, c));
}
