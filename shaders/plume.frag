#version 330 core
#include "log_depth.glsl"
#include "display.glsl"
// Kerosene/LOX exhaust: a white-yellow core fading to orange along the plume
// and toward the silhouette edges (where the view crosses little gas).
in float v_along;
in vec3 v_posView;
in vec3 v_normalView;
in float v_logDepthW;
uniform float u_intensity;
uniform float u_logDepthFc;
out vec4 fragColor;
void main() {
  vec3 v = normalize(-v_posView);
  float facing = clamp(abs(dot(v, normalize(v_normalView))), 0.0, 1.0); // 0 at the silhouette
  float fade = pow(clamp(1.0 - v_along, 0.0, 1.0), 1.6); // clamp: pow of a negative is NaN
  vec3 core = mix(vec3(6.0, 4.6, 2.6), vec3(3.0, 1.1, 0.25), v_along);
  fragColor = vec4(toDisplay(core * fade * facing * facing * u_intensity), 1.0);
  gl_FragDepth = log2(v_logDepthW) * 0.5 * u_logDepthFc;
}
