#version 330 core
// One triangle that covers the screen at the far plane (depth 1, which the
// depth test passes only where nothing was drawn), for the pass that puts
// the sky under the scene (sky_under.frag). It carries each corner's
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
  gl_Position = vec4(ndc, 1.0, 1.0);
}
