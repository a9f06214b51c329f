#version 330 core
// One triangle that covers the screen, for the pass that puts the sky
// behind the scene (tonemap.frag's SKY variant). It carries each corner's
// view direction in the local horizon frame: the direction is affine across
// the screen, so the rasteriser interpolates it and the fragment shader only
// normalises it.
uniform mat3 u_viewToLocal;  // view-space direction -> local horizon frame (unnormalised)
uniform vec2 u_lensShift;    // optical centre in NDC (Camera::lensShiftNdc)
uniform vec2 u_tanHalfFov;
out vec3 v_dirLocal;
void main() {
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  vec2 ndc = p * 2.0 - 1.0;
  v_dirLocal = u_viewToLocal * vec3((ndc - u_lensShift) * u_tanHalfFov, -1.0);
  gl_Position = vec4(ndc, 0.0, 1.0);
}
