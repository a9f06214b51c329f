#version 330 core
// One camera-facing square per puff (instanced; the corners come from
// gl_VertexID of a 4-vertex strip), in view space so it always faces us.
// Every corner of a square has the same w, so the logarithmic depth the
// scene writes per fragment (log_depth.glsl) is exact here per vertex: the
// fragment shader writes no depth and the depth test can run before it,
// dropping smoke behind the ground and the rocket unshaded.
layout(location = 0) in vec4 a_centerRadius;  // view-space centre, m; radius, m
layout(location = 1) in vec4 a_puff;          // opacity, glow, age s, seed
uniform mat4 u_proj;
uniform float u_logDepthFc;
out vec2 v_corner;  // -1..1 across the disc
out vec4 v_puff;
// What is the same across a puff is worked out once per corner, not per
// pixel: its colour (ochre dust at first, grey-white as it cools) and where
// its noise pattern starts.
flat out vec3 v_albedo;
flat out vec2 v_noiseOffset;
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
  vec3 posView = a_centerRadius.xyz + vec3(corner * a_centerRadius.w, 0.0);
  v_corner = corner;
  v_puff = a_puff;
  v_albedo = mix(vec3(0.36, 0.26, 0.17), vec3(0.60, 0.57, 0.53), smoothstep(3.0, 20.0, a_puff.z));
  v_noiseOffset = vec2(a_puff.w * 17.0);
  gl_Position = u_proj * vec4(posView, 1.0);
  gl_Position.z = (log2(1.0 + gl_Position.w) * u_logDepthFc - 1.0) * gl_Position.w;
}
