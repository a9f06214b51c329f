#version 330 core
// A puff of rocket smoke: a soft ball, lit by the Sun as if round (the disc
// point's normal on a sphere), its edge broken up by a little value noise;
// ochre dust at first, grey-white as it cools; plus the flame's glow while
// fresh. Kept cheap: a close view stacks dozens of these per pixel.
in vec2 v_corner;
in vec4 v_puff;  // opacity, glow, age s, seed
flat in vec3 v_albedo;
flat in vec2 v_noiseOffset;
uniform vec3 u_sunView;
uniform float u_sunlight;
// Looking towards the Sun through it, thin smoke glows (light scattered
// forwards), the thick middle of a puff stays dark: the strength of that,
// the same for every puff (exhaust_cloud_layer.cpp).
uniform float u_forwardGlow;
out vec4 fragColor;

// An integer hash of a lattice point (p holds whole numbers): a few
// multiplies and shifts, where the usual fract(sin(...)) costs a sine's
// range reduction and polynomial per call, four calls per pixel per puff.
float hash(vec2 p) {
  uvec2 q = uvec2(ivec2(p));
  uint h = (q.x * 1597334677u) ^ (q.y * 3812015801u);
  h = (h ^ (h >> 16)) * 2246822519u;
  h ^= h >> 13;
  return float(h >> 8) * (1.0 / 16777216.0);
}
float noise(vec2 p) {
  vec2 i = floor(p), f = fract(p);
  f = f * f * (3.0 - 2.0 * f);
  return mix(mix(hash(i), hash(i + vec2(1, 0)), f.x), mix(hash(i + vec2(0, 1)), hash(i + vec2(1, 1)), f.x),
             f.y);
}

void main() {
  float r2 = dot(v_corner, v_corner);
  if (r2 >= 1.0) discard;
  float lumpy = 0.6 + 0.5 * noise(v_corner * 2.5 + v_noiseOffset);
  float falloff = 1.0 - r2;
  float alpha = clamp(1.3 * v_puff.x * sqrt(falloff) * lumpy, 0.0, 1.0);
  vec3 n = vec3(v_corner, sqrt(falloff));
  float lit = clamp(dot(n, u_sunView) * 0.6 + 0.4, 0.0, 1.0);
  lit *= lit;  // the far side of a ball of smoke is deep in its own shadow
  vec3 smoke = v_albedo * (2.4 * u_sunlight * lit + 0.25);
  smoke += vec3(1.0, 0.93, 0.82) * (u_forwardGlow * (1.0 - falloff));
  vec3 glow = vec3(5.0, 2.4, 0.7) * (v_puff.y * falloff * falloff);
  fragColor = vec4(smoke * alpha + glow, alpha);
}
