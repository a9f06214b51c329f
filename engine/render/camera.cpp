#include "render/camera.h"

#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace rv::render {

Camera lookAt(const glm::dvec3& eye, const glm::dvec3& target, const glm::dvec3& up,
              double fovYRad) {
  Camera c;
  c.posTeme = eye;
  c.forwardTeme = glm::normalize(target - eye);
  c.upTeme = up;
  c.fovYRad = fovYRad;
  return c;
}

glm::dmat3 viewRotation(const Camera& cam) {
  const glm::dvec3 f = glm::normalize(cam.forwardTeme);
  glm::dvec3 r = glm::cross(f, cam.upTeme);
  // Up parallel to forward: pick any perpendicular so the matrix stays valid.
  if (glm::dot(r, r) < 1e-24)
    r = glm::cross(f, std::abs(f.z) < 0.9 ? glm::dvec3(0, 0, 1) : glm::dvec3(1, 0, 0));
  r = glm::normalize(r);
  const glm::dvec3 u = glm::cross(r, f);
  // Rows are the camera axes expressed in the inertial frame.
  glm::dmat3 m(1.0);
  m[0][0] = r.x;
  m[1][0] = r.y;
  m[2][0] = r.z;
  m[0][1] = u.x;
  m[1][1] = u.y;
  m[2][1] = u.z;
  m[0][2] = -f.x;
  m[1][2] = -f.y;
  m[2][2] = -f.z;
  return m;
}

glm::mat4 projectionMatrix(const Camera& cam, double aspect) {
  glm::dmat4 p = glm::infinitePerspective(cam.fovYRad, aspect, cam.nearM);
  // clip.w = -z, so adding -shift * z to clip.xy moves the NDC by +shift.
  p[2][0] -= cam.lensShiftNdc.x;
  p[2][1] -= cam.lensShiftNdc.y;
  return glm::mat4(p);
}

std::optional<glm::dvec2> projectToPixel(const Camera& cam, const glm::dvec3& p, int width,
                                         int height) {
  const glm::dvec3 v = viewRotation(cam) * (p - cam.posTeme);
  if (v.z >= 0.0) return std::nullopt;
  const double f = 1.0 / std::tan(cam.fovYRad * 0.5);
  const double aspect = static_cast<double>(width) / height;
  const double ndcX = f / aspect * v.x / -v.z + cam.lensShiftNdc.x;
  const double ndcY = f * v.y / -v.z + cam.lensShiftNdc.y;
  return glm::dvec2((ndcX + 1.0) * 0.5 * width, (1.0 - ndcY) * 0.5 * height);
}

float logDepthCoefficient() {
  return static_cast<float>(2.0 / std::log2(kLogDepthFarM + 1.0));
}

bool sphereFillsView(const Camera& cam, double aspect, double radiusM) {
  const double c = glm::dot(cam.posTeme, cam.posTeme) - radiusM * radiusM;
  if (c <= 0.0) return false;  // inside the sphere: no view of it from outside
  const glm::dmat3 toTeme = glm::transpose(viewRotation(cam));
  const double tanY = std::tan(cam.fovYRad * 0.5), tanX = tanY * aspect;
  for (const double x : {-1.0, 1.0}) {
    for (const double y : {-1.0, 1.0}) {
      // The corner's ray in view space (ndc = tan * slope + lens shift).
      const glm::dvec3 view((x - cam.lensShiftNdc.x) * tanX, (y - cam.lensShiftNdc.y) * tanY, -1.0);
      const glm::dvec3 d = glm::normalize(toTeme * view);
      const double b = glm::dot(cam.posTeme, d);
      if (b >= 0.0 || b * b < c) return false;  // pointing away, or passing by
    }
  }
  return true;
}

}  // namespace rv::render
