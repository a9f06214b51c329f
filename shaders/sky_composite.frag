#version 330 core
#include "sky_view.glsl"
// The sky as the scene's background, written (no blend, no clear before
// it); drawn at the far plane after the Earth and vehicles, so the depth
// test leaves them alone (and, the shader writing no depth, skips their
// pixels before shading). The stars go over it, dimmed by its alpha
// (star.vert). The sky comes from the sky-view table, which holds the
// finished values (sky.frag): one lookup per pixel, the horizon sharp at
// any image size.
in vec3 v_dirLocal;
uniform sampler2D u_sky;
out vec4 fragColor;

void main() {
  fragColor = texture(u_sky, skyViewTexCoord(normalize(v_dirLocal)));
}
