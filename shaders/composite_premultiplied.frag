#version 330 core
#include "display.glsl"
// A layer drawn at lower resolution in scene light (premultiplied alpha),
// stretched over the scene; the bilinear filter smooths the upsampling.
// The layer's own colour (light over alpha) goes through the display curve,
// then covers what is behind by its alpha (blend ONE, ONE_MINUS_SRC_ALPHA,
// in linear display light): exact where the smoke is opaque, and thin
// smoke keeps its colour instead of sinking into the curve's toe. Glow
// where there is little smoke is capped at the smoke's alpha.
in vec2 v_uv;
uniform sampler2D u_layer;
out vec4 fragColor;
void main() {
  vec4 layer = texture(u_layer, v_uv);
  float alpha = max(layer.a, 1e-3);
  fragColor = vec4(toDisplay(layer.rgb / alpha) * alpha, layer.a);
}
