#version 330 core
// A layer drawn at lower resolution (premultiplied alpha), stretched over
// the scene; the bilinear filter smooths the upsampling.
in vec2 v_uv;
uniform sampler2D u_layer;
out vec4 fragColor;
void main() {
  fragColor = texture(u_layer, v_uv);
}
