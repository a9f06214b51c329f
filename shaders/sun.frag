#version 330 core
#include "display.glsl"
// Mode 0: the disc, limb-darkened (Neckel & Labs-like 1 - 0.6 (1 - cos)).
// Mode 1: glare, a bright core falling off as the point-spread of an eye or
// lens (roughly 1 / angle^2 further out).
in vec3 v_dirView;
uniform vec3 u_sunView;
uniform float u_sunRadius; // radians
uniform int u_mode;
uniform vec3 u_color;
out vec4 fragColor;
void main() {
  vec3 d = normalize(v_dirView);
  float angle = atan(length(cross(d, u_sunView)), dot(d, u_sunView));
  float x = angle / u_sunRadius;
  if (u_mode == 0) {
    float px = fwidth(x);
    float inside = 1.0 - smoothstep(1.0 - px, 1.0 + px, x);
    float mu = sqrt(max(1.0 - x * x, 0.0));
    fragColor = vec4(toDisplay(u_color * inside * (0.4 + 0.6 * mu)), 1.0);
  } else {
    float core = 6.0 / (1.0 + x * x);
    float halo = 0.3 * exp(-angle / 0.03) + 0.06 * exp(-angle / 0.08);
    float edge = 1.0 - smoothstep(0.15, 0.3, angle); // reach zero before the quad's edge
    fragColor = vec4(toDisplay(u_color * (core + halo) * edge), 1.0);
  }
}
