#version 330 core
// HDR -> display: exposure, ACES filmic curve (Narkowicz 2015 fit), then the
// exact sRGB transfer function, so 8-bit output and PNGs look the same.
// With MSAA (the MSAA variant) it also resolves: each pixel's samples are
// averaged here, before the curve, as a resolve pass would have done.
in vec2 v_uv;
#ifdef MSAA
uniform sampler2DMS u_hdr;
uniform int u_samples;
#else
uniform sampler2D u_hdr;
#endif
uniform float u_exposure;
out vec4 fragColor;

vec3 aces(vec3 x) {
  return clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
}
vec3 linearToSrgb(vec3 c) {
  return mix(12.92 * c, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(0.0031308, c));
}
void main() {
  // The HDR image has the output's size: fetch the pixel, no filtering.
  ivec2 pixel = ivec2(gl_FragCoord.xy);
#ifdef MSAA
  vec3 sum = vec3(0.0);
  for (int i = 0; i < u_samples; ++i) sum += texelFetch(u_hdr, pixel, i).rgb;
  vec3 hdr = sum / float(u_samples) * u_exposure;
#else
  vec3 hdr = texelFetch(u_hdr, pixel, 0).rgb * u_exposure;
#endif
  fragColor = vec4(linearToSrgb(aces(hdr)), 1.0);
}
