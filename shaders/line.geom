#version 330 core
// Widens each segment into a quad of constant screen width. Segments that
// cross the near plane are clipped in view space first, so a line passing
// behind the camera does not smear across the screen.
layout(lines) in;
layout(triangle_strip, max_vertices = 4) out;
in vec3 g_color[];
in vec3 g_posView[];
uniform mat4 u_proj;
uniform vec2 u_halfWidthNdc;
out vec3 v_color;
out float v_logDepthW;
void main() {
  vec3 a = g_posView[0], b = g_posView[1];
  const float nearZ = -0.05;
  if (a.z > nearZ && b.z > nearZ) return;
  if (a.z > nearZ) a = mix(a, b, (a.z - nearZ) / (a.z - b.z));
  if (b.z > nearZ) b = mix(b, a, (b.z - nearZ) / (b.z - a.z));
  vec4 ca = u_proj * vec4(a, 1.0), cb = u_proj * vec4(b, 1.0);
  vec2 sa = ca.xy / ca.w, sb = cb.xy / cb.w;
  vec2 dir = sb - sa;
  dir = length(dir) > 1e-9 ? normalize(dir) : vec2(1.0, 0.0);
  vec2 offset = vec2(-dir.y, dir.x) * u_halfWidthNdc;
  v_color = g_color[0];
  v_logDepthW = 1.0 + ca.w; gl_Position = vec4((sa + offset) * ca.w, ca.z, ca.w); EmitVertex();
  v_logDepthW = 1.0 + ca.w; gl_Position = vec4((sa - offset) * ca.w, ca.z, ca.w); EmitVertex();
  v_color = g_color[1];
  v_logDepthW = 1.0 + cb.w; gl_Position = vec4((sb + offset) * cb.w, cb.z, cb.w); EmitVertex();
  v_logDepthW = 1.0 + cb.w; gl_Position = vec4((sb - offset) * cb.w, cb.z, cb.w); EmitVertex();
  EndPrimitive();
}
