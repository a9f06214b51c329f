#version 330 core
#include "sky_view.glsl"
#include "display.glsl"
// The sky under the finished scene, from the sky-view table (display light,
// atmosphere_layer.h), and the pass that finishes the picture. The scene's
// alpha is coverage (renderer.cpp): the sky adds what it leaves.
// Variants (renderer.cpp picks one per frame):
// - neither SAMPLES nor SCENE_TEXTURE: the sky alone, without MSAA, drawn
//   after the opaque layers at the far plane, so the depth test leaves out
//   the pixels they cover before the shader runs; the layers that blend go
//   over it;
// - SAMPLES (the sample count): it reads and averages each pixel's samples,
//   adds the sky, and writes a single-sample image: the MSAA resolve and
//   the sky in one full-screen pass. The count is a constant so the loop
//   unrolls;
// - SCENE_TEXTURE (with NO_SKY: the sky is in already): it reads the
//   single-sample scene and writes the caller's target, for a target a
//   memory copy cannot fill;
// - NO_SKY: no sky can show, only the scene;
// - ENCODE_SRGB: it writes the caller's target with sRGB writes off, so the
//   shader applies the sRGB curve itself; otherwise the sRGB write does.
// The scene buffers are sRGB: reads decode, so sums and averages are in
// linear display light.
#ifndef NO_SKY
in vec3 v_dirLocal;
uniform sampler2D u_sky;
#endif
#if defined(SAMPLES)
uniform sampler2DMS u_scene;
#elif defined(SCENE_TEXTURE)
uniform sampler2D u_scene;
#endif
out vec4 fragColor;
void main() {
#ifdef NO_SKY
  vec3 sky = vec3(0.0);
#else
  vec3 sky = texture(u_sky, skyViewTexCoord(v_dirLocal)).rgb;
#endif
#if defined(SAMPLES) || defined(SCENE_TEXTURE)
  ivec2 pixel = ivec2(gl_FragCoord.xy);
#ifdef SAMPLES
  vec4 scene = vec4(0.0);
  for (int i = 0; i < SAMPLES; ++i) scene += texelFetch(u_scene, pixel, i);
  scene *= 1.0 / float(SAMPLES);
#else
  vec4 scene = texelFetch(u_scene, pixel, 0);
#endif
  vec3 colour = scene.rgb + (1.0 - clamp(scene.a, 0.0, 1.0)) * sky;
#else
  vec3 colour = sky;
#endif
#ifdef ENCODE_SRGB
  colour = linearToSrgb(colour);
#endif
  fragColor = vec4(colour, 1.0);
}
