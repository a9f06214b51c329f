#version 330 core
// Unit cone (x 0..-1 along the exhaust, radius 1) stretched to the plume.
layout(location = 0) in vec3 a_pos;
layout(location = 1) in vec3 a_normal;
uniform mat4 u_modelView;
uniform mat4 u_proj;
uniform float u_exitRadius;
uniform float u_length;
uniform float u_spread;
out float v_along;     // 0 at the nozzle, 1 at the tail
out vec3 v_posView;
out vec3 v_normalView;
out float v_logDepthW;
void main() {
  float t = -a_pos.x;
  float r = u_exitRadius * mix(1.0, 1.0 + 1.5 * u_spread, t);
  vec3 p = vec3(-t * u_length, a_pos.y * r, a_pos.z * r);
  vec4 posView = u_modelView * vec4(p, 1.0);
  v_along = t;
  v_posView = posView.xyz;
  v_normalView = mat3(u_modelView) * vec3(0.0, a_normal.y, a_normal.z);
  gl_Position = u_proj * posView;
  v_logDepthW = 1.0 + gl_Position.w;
}
