#version 330 core
#include "log_depth.glsl"
#include "display.glsl"
in vec3 v_color;
in float v_logDepthW;
uniform float u_logDepthFc;
out vec4 fragColor;
void main() {
  fragColor = vec4(toDisplay(v_color), 1.0);
  gl_FragDepth = log2(v_logDepthW) * 0.5 * u_logDepthFc;
}
