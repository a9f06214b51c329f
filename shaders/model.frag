#version 330 core
#include "log_depth.glsl"
// Sunlight (Lambert + Blinn-Phong by material), a faint earthshine fill so
// shadowed sides are not pure black on a projector, and nothing at all in
// the Earth's shadow except the fill.
in vec3 v_normalView;
in vec3 v_posView;
in vec3 v_albedo;
flat in float v_material;
in float v_logDepthW;

uniform vec3 u_sunView;
uniform float u_sunlight;
uniform float u_logDepthFc;
// Lamps (render_frame.h SpotLight): position and axis in view space;
// params = (cos of the half angle, reach m, intensity as a share of sunlight).
const int kMaxSpots = 2;
uniform int u_spotCount;
uniform vec3 u_spotPosView[kMaxSpots];
uniform vec3 u_spotDirView[kMaxSpots];
uniform vec3 u_spotParams[kMaxSpots];

out vec4 fragColor;

void main() {
  vec3 n = normalize(v_normalView);
  vec3 v = normalize(-v_posView);
  if (dot(n, v) < 0.0) n = -n; // thin two-sided panels
  float ndl = max(dot(n, u_sunView), 0.0);
  vec3 h = normalize(u_sunView + v);
  float shininess = v_material > 1.5 ? 60.0 : (v_material > 0.5 ? 120.0 : 8.0);
  float specStrength = v_material > 1.5 ? 0.6 : (v_material > 0.5 ? 0.35 : 0.03);
  float spec = pow(max(dot(n, h), 0.0), shininess) * specStrength * step(0.0, ndl);
  vec3 sun = (v_albedo * ndl + vec3(spec)) * 3.0 * u_sunlight;
  // Earthshine plus a light at the camera (like the floodlights of a docking
  // camera), so vehicles in the Earth's shadow stay readable on a projector.
  vec3 fill = v_albedo * (0.05 + 0.25 * max(dot(n, v), 0.0) * (1.0 - u_sunlight));
  vec3 lamp = vec3(0.0);
  for (int i = 0; i < u_spotCount; ++i) {
    vec3 toLamp = u_spotPosView[i] - v_posView;
    float d = length(toLamp);
    vec3 l = toLamp / max(d, 1e-3);
    float edge = u_spotParams[i].x;
    float cone = smoothstep(edge, mix(edge, 1.0, 0.35), dot(-l, u_spotDirView[i]));
    float reach = u_spotParams[i].y;
    float fall = 1.0 / (1.0 + d * d / (reach * reach));
    lamp += v_albedo * max(dot(n, l), 0.0) * cone * fall * u_spotParams[i].z * 3.0;
  }
  vec3 color = v_material > 2.5 ? v_albedo * 4.0 : sun + fill + lamp;
  fragColor = vec4(color, 1.0);
  gl_FragDepth = log2(v_logDepthW) * 0.5 * u_logDepthFc;
}
