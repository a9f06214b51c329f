#version 330 core
#include "sky_view.glsl"
// Lays the sky over the background (stars), blended as dst * alpha + rgb;
// drawn at the far plane after the scene, so the depth test leaves the
// Earth and vehicles alone (and, the shader writing no depth, skips their
// pixels before shading). The sky comes from the sky-view table, which
// holds the finished values (sky.frag): one lookup per pixel, the horizon
// sharp at any image size.
in vec3 v_dirLocal;
uniform sampler2D u_sky;
out vec4 fragColor;

void main() {
  fragColor = texture(u_sky, skyViewTexCoord(normalize(v_dirLocal)));
}
