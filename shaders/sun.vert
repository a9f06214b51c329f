#version 330 core
// A square around the Sun's direction at infinity, from gl_VertexID
// (triangle strip), u_halfSize = tan(half the angular size).
uniform vec3 u_sunView;
uniform mat4 u_proj;
uniform float u_halfSize;
out vec3 v_dirView;
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
  vec3 helper = abs(u_sunView.y) < 0.9 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
  vec3 right = normalize(cross(u_sunView, helper));
  vec3 up = cross(right, u_sunView);
  v_dirView = u_sunView + (right * corner.x + up * corner.y) * u_halfSize;
  gl_Position = u_proj * vec4(v_dirView, 1.0);
  gl_Position.z = gl_Position.w * 0.999999;
}
