#version 330 core
// Overlay line points, already camera-relative in view space.
layout(location = 0) in vec3 a_posView;
layout(location = 1) in vec3 a_color;
out vec3 g_color;
out vec3 g_posView;
void main() {
  g_color = a_color;
  g_posView = a_posView;
  gl_Position = vec4(a_posView, 1.0);
}
