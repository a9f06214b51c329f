#version 330 core
// Earth ellipsoid. Positions are Earth-fixed metres; u_modelView (built in
// double on the CPU, camera-relative) takes them straight to view space.
layout(location = 0) in vec3 a_posEcef;
layout(location = 1) in vec3 a_normalEcef;
layout(location = 2) in vec2 a_uv;

uniform mat4 u_modelView;
uniform mat3 u_normalToView;
uniform mat4 u_proj;

out vec3 v_normalView;
out vec3 v_posView;
out vec2 v_uv;
out float v_logDepthW;

void main() {
  vec4 posView = u_modelView * vec4(a_posEcef, 1.0);
  v_posView = posView.xyz;
  v_normalView = u_normalToView * a_normalEcef;
  v_uv = a_uv;
  gl_Position = u_proj * posView;
  v_logDepthW = 1.0 + gl_Position.w;
}
