#version 330 core
// Text and caption boxes over a finished frame. Positions in pixels from the
// top-left corner; uv.x < 0 marks a solid (untextured) quad.
layout(location = 0) in vec2 a_posPx;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
uniform vec2 u_viewportPx;
out vec2 v_uv;
out vec4 v_color;
void main() {
  vec2 ndc = vec2(a_posPx.x / u_viewportPx.x * 2.0 - 1.0, 1.0 - a_posPx.y / u_viewportPx.y * 2.0);
  v_uv = a_uv;
  v_color = a_color;
  gl_Position = vec4(ndc, 0.0, 1.0);
}
