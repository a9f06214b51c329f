#version 330 core
// One triangle that covers the screen at the far end of the depth range, so
// the depth test keeps the sky behind everything already drawn.
out vec2 v_uv;
void main() {
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  v_uv = p;
  gl_Position = vec4(p * 2.0 - 1.0, 0.999999, 1.0);
}
