#version 330 core
// Vehicles and the pad: positions in the model's own frame (small floats);
// u_modelView was built in double with the camera subtracted.
layout(location = 0) in vec3 a_pos;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec3 a_albedo;
layout(location = 3) in float a_material;

uniform mat4 u_modelView;
uniform mat3 u_normalToView;
uniform mat4 u_proj;

out vec3 v_normalView;
out vec3 v_posView;
out vec3 v_albedo;
out vec3 v_posModel;     // solar cells: the panel grid is drawn in the model's frame
out vec3 v_normalModel;
flat out float v_material;
out float v_logDepthW;

void main() {
  vec4 posView = u_modelView * vec4(a_pos, 1.0);
  v_posView = posView.xyz;
  v_normalView = u_normalToView * a_normal;
  v_albedo = a_albedo;
  v_posModel = a_pos;
  v_normalModel = a_normal;
  v_material = a_material;
  gl_Position = u_proj * posView;
  v_logDepthW = 1.0 + gl_Position.w;
}
