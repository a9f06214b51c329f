#pragma once
// Camera maths. The camera position stays double; view matrices carry only
// the rotation, and every drawn object is translated by (object - camera) in
// double before anything becomes float ("camera-relative rendering").

#include <optional>

#include <glm/glm.hpp>

namespace rv::render {

struct Camera {
  glm::dvec3 posTeme{0.0};                // metres, inertial
  glm::dvec3 forwardTeme{1.0, 0.0, 0.0};  // unit view direction
  glm::dvec3 upTeme{0.0, 0.0, 1.0};       // approximate up; orthogonalised
  double fovYRad = 0.7853981633974483;    // 45 deg vertical
  double nearM = 0.05;                    // near clip; far is at infinity
  // Where the optical axis meets the image, in normalised device units from
  // the centre (x right, y up; 0 = the middle). The window shifts it to the
  // middle of the space its bars leave, so the followed vehicle is framed
  // there and never under a bar; the field of view is unchanged.
  glm::dvec2 lensShiftNdc{0.0};
};

// Camera at eye looking at target with the given approximate up.
Camera lookAt(const glm::dvec3& eyeTeme, const glm::dvec3& targetTeme, const glm::dvec3& upTeme,
              double fovYRad);

// Rotation from the inertial frame to view space (x right, y up, -z forward).
glm::dmat3 viewRotation(const Camera& cam);

// Infinite-far perspective projection. Depth is written logarithmically by
// the shaders (see shaders/log_depth.glsl), so the near plane only clips.
glm::mat4 projectionMatrix(const Camera& cam, double aspect);

// Where a point lands on a width x height image, in pixels from the top-left
// corner (x right, y down); nullopt when it is behind the camera.
std::optional<glm::dvec2> projectToPixel(const Camera& cam, const glm::dvec3& pointTeme, int width,
                                         int height);

// True when every ray of the view meets the sphere of radius radiusM about
// the origin (the Earth's centre) ahead of the camera, so that nothing
// beyond it, the sky, can show. The rays that meet a sphere from outside
// form a convex cone, and the view's rays are the convex hull of its four
// corner rays: the corners decide.
bool sphereFillsView(const Camera& cam, double aspect, double radiusM);

// Log-depth constant: 2 / log2(far + 1), with the far distance in metres.
inline constexpr double kLogDepthFarM = 1.0e10;
float logDepthCoefficient();

}  // namespace rv::render
