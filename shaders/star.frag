#version 330 core
#include "display.glsl"
// A soft round point whose integral does not depend on its size.
in float v_intensity;
out vec4 fragColor;
void main() {
  vec2 d = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(d, d);
  if (r2 > 1.0) discard;
  float falloff = exp(-4.0 * r2);
  fragColor = vec4(toDisplay(vec3(v_intensity * falloff * 1.6)), 1.0);
}
