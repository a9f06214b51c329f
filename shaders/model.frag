#version 330 core
#include "log_depth.glsl"
#include "display.glsl"
// Sunlight (Lambert + Blinn-Phong by material), a faint earthshine fill so
// shadowed sides are not pure black on a projector, and nothing at all in
// the Earth's shadow except the fill.
// Variants (model_layer.cpp): SOLAR_CELLS draws the solar-cell triangles
// only, with their grid; SUNLIT has the sunlight, left out of a model in
// the Earth's shadow (where it is zero); LAMPS has the lamps, left out of a
// part that no lamp's cone reaches. A software rasteriser runs both
// sides of every if, so leaving a term out is how it skips the term's work.
in vec3 v_normalView;
in vec3 v_posView;
in vec3 v_albedo;
in vec3 v_posModel;
in vec3 v_normalModel;
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

// Solar arrays read as arrays: the frame and strings of cells as pale lines
// on the dark blue, every kCellPitch metres along the panel's two in-plane
// axes (those the normal does not point along), faded out where the lines
// would be finer than a pixel.
const float kCellPitch = 0.35;
vec3 solarCellAlbedo(vec3 albedo) {
  vec3 cells = v_posModel / kCellPitch;
  vec3 width = fwidth(cells);
  vec3 toLine = min(fract(cells), 1.0 - fract(cells));
  vec3 line = 1.0 - smoothstep(width * 0.5, width + 0.03, toLine);
  vec3 inPlane = 1.0 - smoothstep(0.3, 0.7, abs(normalize(v_normalModel)));
  vec3 visible = 1.0 - smoothstep(0.15, 0.4, width);
  float grid = max(max(line.x * inPlane.x * visible.x, line.y * inPlane.y * visible.y),
                   line.z * inPlane.z * visible.z);
  return mix(albedo, vec3(0.4, 0.42, 0.45), grid * 0.6);
}

void main() {
#ifdef SOLAR_CELLS
  vec3 albedo = solarCellAlbedo(v_albedo);
#else
  vec3 albedo = v_albedo;
#endif
  vec3 n = normalize(v_normalView);
  vec3 v = normalize(-v_posView);
  if (dot(n, v) < 0.0) n = -n; // thin two-sided panels
#ifdef SUNLIT
  float ndl = max(dot(n, u_sunView), 0.0);
  vec3 h = normalize(u_sunView + v);
  float shininess = v_material > 1.5 ? 60.0 : (v_material > 0.5 ? 120.0 : 8.0);
  float specStrength = v_material > 1.5 ? 0.6 : (v_material > 0.5 ? 0.35 : 0.03);
  float spec = pow(max(dot(n, h), 0.0), shininess) * specStrength * step(0.0, ndl);
  vec3 sun = (albedo * ndl + vec3(spec)) * 3.0 * u_sunlight;
#else
  vec3 sun = vec3(0.0);
#endif
  // Earthshine plus a light at the camera (like the floodlights of a docking
  // camera), so vehicles in the Earth's shadow stay readable on a projector.
  vec3 fill = albedo * (0.05 + 0.25 * max(dot(n, v), 0.0) * (1.0 - u_sunlight));
  vec3 lamp = vec3(0.0);
#ifdef LAMPS
  for (int i = 0; i < u_spotCount; ++i) {
    vec3 toLamp = u_spotPosView[i] - v_posView;
    float d = length(toLamp);
    vec3 l = toLamp / max(d, 1e-3);
    float edge = u_spotParams[i].x;
    float cone = smoothstep(edge, mix(edge, 1.0, 0.35), dot(-l, u_spotDirView[i]));
    float reach = u_spotParams[i].y;
    float fall = 1.0 / (1.0 + d * d / (reach * reach));
    lamp += albedo * max(dot(n, l), 0.0) * cone * fall * u_spotParams[i].z * 3.0;
  }
#endif
  vec3 color = v_material > 2.5 ? albedo * 4.0 : sun + fill + lamp;
  fragColor = vec4(toDisplay(color), 1.0);
  gl_FragDepth = log2(v_logDepthW) * 0.5 * u_logDepthFc;
}
