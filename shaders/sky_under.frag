#version 330 core
#include "sky_view.glsl"
// The sky under the finished scene, from the sky-view table (display light,
// atmosphere_layer.h). The scene's alpha is coverage (renderer.cpp): the
// sky adds what it leaves.
// Without MSAA this is drawn over the scene with blend ONE_MINUS_DST_ALPHA,
// ONE at the far plane, so the depth test leaves out opaque pixels before
// the shader runs. With MSAA (SAMPLES defined as the sample count) it also
// resolves: it averages each pixel's samples, adds the sky, and writes the
// single-sample image, one full-screen pass for both. The count is a
// constant so the loop unrolls. The buffers are sRGB: reads decode, the
// write encodes, so the average and the sum are in linear light. NO_SKY:
// the resolve alone, where no sky can show.
#ifndef NO_SKY
in vec3 v_dirLocal;
uniform sampler2D u_sky;
#endif
#ifdef SAMPLES
uniform sampler2DMS u_scene;
#endif
out vec4 fragColor;
void main() {
#ifdef NO_SKY
  vec3 sky = vec3(0.0);
#else
  vec3 sky = texture(u_sky, skyViewTexCoord(v_dirLocal)).rgb;
#endif
#ifdef SAMPLES
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  vec4 scene = vec4(0.0);
  for (int i = 0; i < SAMPLES; ++i) scene += texelFetch(u_scene, pixel, i);
  scene *= 1.0 / float(SAMPLES);
  fragColor = vec4(scene.rgb + (1.0 - clamp(scene.a, 0.0, 1.0)) * sky, 1.0);
#else
  fragColor = vec4(sky, 1.0);
#endif
}
