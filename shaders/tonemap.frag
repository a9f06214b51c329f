#version 330 core
// HDR -> display: exposure, ACES filmic curve (Narkowicz 2015 fit), then the
// exact sRGB transfer function, so 8-bit output and PNGs look the same.
// SKY variant: the scene's alpha is coverage (renderer.cpp), and the sky
// from the sky-view table is added where it shows through, behind
// everything, so the sky needs no full-screen pass of its own.
// MSAA variant (SAMPLES defined as the sample count): it also resolves,
// averaging each pixel's samples before the curve, as a resolve pass would
// have done. The count is a constant so the loop unrolls: on a uniform
// count llvmpipe's loop cost a fifth of the pass.
#ifdef SKY
#include "sky_view.glsl"
in vec3 v_dirLocal;
uniform sampler2D u_sky;
#endif
#ifdef SAMPLES
uniform sampler2DMS u_hdr;
#else
uniform sampler2D u_hdr;
#endif
uniform float u_exposure;
out vec4 fragColor;

vec3 aces(vec3 x) {
  return clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
}
// The sRGB curve with its power segment 1.055 c^(1/2.4) - 0.055 fitted by
// square roots (Ian Taylor's fit, c^(1/2), c^(1/4), c^(1/8)): within 0.25 of
// an 8-bit step of the exact curve over 0..1, and a third of this pass's
// cost cheaper on llvmpipe, where pow() is an exp2 and a log2 per channel.
vec3 linearToSrgb(vec3 c) {
  vec3 s1 = sqrt(c), s2 = sqrt(s1), s3 = sqrt(s2);
  vec3 curve = 0.662002687 * s1 + 0.684122060 * s2 - 0.323583601 * s3 - 0.0225411470 * c;
  return mix(12.92 * c, curve, step(0.0031308, c));
}
void main() {
  // The HDR image has the output's size: fetch the pixel, no filtering.
  ivec2 pixel = ivec2(gl_FragCoord.xy);
#ifdef SAMPLES
  vec4 scene = vec4(0.0);
  for (int i = 0; i < SAMPLES; ++i) scene += texelFetch(u_hdr, pixel, i);
  scene *= 1.0 / float(SAMPLES);
#else
  vec4 scene = texelFetch(u_hdr, pixel, 0);
#endif
  vec3 hdr = scene.rgb;
#ifdef SKY
  vec3 sky = texture(u_sky, skyViewTexCoord(v_dirLocal)).rgb;
  hdr += (1.0 - clamp(scene.a, 0.0, 1.0)) * sky;
#endif
  fragColor = vec4(linearToSrgb(aces(hdr * u_exposure)), 1.0);
}
