#include "render/mesh_primitives.h"

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rv::render {

namespace {

constexpr float kEpsM = 1e-6f;

std::uint32_t vertexIndex(const MeshData& mesh) {
  return static_cast<std::uint32_t>(mesh.vertices.size());
}

// One quad face of a box: centre c, outward normal n, half-edge vectors u and v with
// cross(u, v) along n, so the face winds counter-clockwise seen from outside.
void addQuad(MeshData& mesh, const glm::vec3& c, const glm::vec3& n, const glm::vec3& u,
             const glm::vec3& v, const Surface& s) {
  const std::uint32_t base = vertexIndex(mesh);
  const glm::vec3 corners[4] = {c - u - v, c + u - v, c + u + v, c - u + v};
  for (const glm::vec3& p : corners) mesh.vertices.push_back({p, n, s.albedo, s.material});
  for (std::uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) mesh.indices.push_back(base + i);
}

}  // namespace

void appendLathe(MeshData& mesh, std::span<const ProfilePoint> profile, int segments,
                 const glm::mat4& transform, const Surface& surface) {
  appendLatheArc(mesh, profile, segments, 0.0f, glm::two_pi<float>(), transform, surface);
}

void appendLatheArc(MeshData& mesh, std::span<const ProfilePoint> profile, int segments,
                    float startRad, float sweepRad, const glm::mat4& transform,
                    const Surface& surface) {
  const std::size_t n = profile.size();
  if (n < 2 || segments < 3) return;

  // Outward normal of each profile segment in (x, r), and which segments have length.
  std::vector<glm::vec2> segNormal(n - 1, glm::vec2(0.0f));
  std::vector<bool> segValid(n - 1, false);
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const glm::vec2 d(profile[i + 1].x - profile[i].x, profile[i + 1].r - profile[i].r);
    const float len = glm::length(d);
    if (len > kEpsM) {
      segNormal[i] = glm::vec2(-d.y, d.x) / len;
      segValid[i] = true;
    }
  }

  MeshData local;
  // A full turn wraps round to the first column; an arc needs one more column of vertices.
  const bool full = sweepRad >= glm::two_pi<float>() - 1e-6f;
  const auto segs = static_cast<std::size_t>(segments);
  const std::size_t cols = full ? segs : segs + 1;
  local.vertices.reserve(n * cols);
  for (std::size_t i = 0; i < n; ++i) {
    glm::vec2 nrm(0.0f);
    if (i > 0 && segValid[i - 1]) nrm += segNormal[i - 1];
    if (i + 1 < n && segValid[i]) nrm += segNormal[i];
    nrm = glm::length(nrm) > kEpsM ? glm::normalize(nrm) : glm::vec2(1.0f, 0.0f);
    for (std::size_t j = 0; j < cols; ++j) {
      const float theta =
          startRad + sweepRad * static_cast<float>(j) / static_cast<float>(segments);
      const float c = std::cos(theta);
      const float s = std::sin(theta);
      MeshVertex v;
      v.position = glm::vec3(profile[i].x, profile[i].r * c, profile[i].r * s);
      v.normal = glm::normalize(glm::vec3(nrm.x, nrm.y * c, nrm.y * s));
      v.albedo = surface.albedo;
      v.material = surface.material;
      local.vertices.push_back(v);
    }
  }
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (!segValid[i]) continue;
    const bool pole0 = profile[i].r < kEpsM;
    const bool pole1 = profile[i + 1].r < kEpsM;
    if (pole0 && pole1) continue;  // a segment along the axis has no area
    for (std::size_t j = 0; j < segs; ++j) {
      const std::size_t jn = (j + 1) % cols;
      const auto a = static_cast<std::uint32_t>(i * cols + j);
      const auto b = static_cast<std::uint32_t>(i * cols + jn);
      const auto c = static_cast<std::uint32_t>((i + 1) * cols + j);
      const auto d = static_cast<std::uint32_t>((i + 1) * cols + jn);
      if (!pole0) local.indices.insert(local.indices.end(), {a, b, c});
      if (!pole1) local.indices.insert(local.indices.end(), {b, d, c});
    }
  }
  appendMesh(mesh, local, transform);
}

void appendFrustum(MeshData& mesh, float x0, float r0, float x1, float r1, int segments,
                   const glm::mat4& transform, const Surface& surface, bool caps) {
  std::vector<ProfilePoint> p;
  if (caps && r0 > kEpsM) p.insert(p.end(), {{x0, 0.0f}, {x0, r0}});
  p.push_back({x0, r0});
  p.push_back({x1, r1});
  if (caps && r1 > kEpsM) p.insert(p.end(), {{x1, r1}, {x1, 0.0f}});
  appendLathe(mesh, p, segments, transform, surface);
}

void appendCylinder(MeshData& mesh, float x0, float x1, float radius, int segments,
                    const glm::mat4& transform, const Surface& surface, bool caps) {
  appendFrustum(mesh, x0, radius, x1, radius, segments, transform, surface, caps);
}

void appendSphere(MeshData& mesh, float radius, int segments, int rings, const glm::mat4& transform,
                  const Surface& surface) {
  std::vector<ProfilePoint> p;
  const int n = rings < 2 ? 2 : rings;
  for (int i = 0; i <= n; ++i) {
    const float t = glm::pi<float>() * static_cast<float>(i) / static_cast<float>(n);
    p.push_back({-radius * std::cos(t), i == 0 || i == n ? 0.0f : radius * std::sin(t)});
  }
  appendLathe(mesh, p, segments, transform, surface);
}

void appendBox(MeshData& mesh, const glm::vec3& size, const glm::mat4& transform,
               const Surface& surface) {
  const glm::vec3 h = 0.5f * size;
  const glm::vec3 x(h.x, 0.0f, 0.0f);
  const glm::vec3 y(0.0f, h.y, 0.0f);
  const glm::vec3 z(0.0f, 0.0f, h.z);
  MeshData local;
  addQuad(local, x, {1, 0, 0}, y, z, surface);
  addQuad(local, -x, {-1, 0, 0}, z, y, surface);
  addQuad(local, y, {0, 1, 0}, z, x, surface);
  addQuad(local, -y, {0, -1, 0}, x, z, surface);
  addQuad(local, z, {0, 0, 1}, x, y, surface);
  addQuad(local, -z, {0, 0, -1}, y, x, surface);
  appendMesh(mesh, local, transform);
}

void appendPanel(MeshData& mesh, float sizeX, float sizeY, float thickness,
                 const glm::mat4& transform, const Surface& surface) {
  appendBox(mesh, glm::vec3(sizeX, sizeY, thickness), transform, surface);
}

void appendTorus(MeshData& mesh, float majorRadius, float minorRadius, int segments, int sides,
                 const glm::mat4& transform, const Surface& surface) {
  // Clockwise round the tube's centre (0, R) in the (x, r) plane, so the lathe's
  // outward normal points away from the tube's centre line.
  std::vector<ProfilePoint> p;
  const int n = sides < 3 ? 3 : sides;
  for (int i = 0; i <= n; ++i) {
    const float t = glm::two_pi<float>() * static_cast<float>(i) / static_cast<float>(n);
    p.push_back({-minorRadius * std::cos(t), majorRadius + minorRadius * std::sin(t)});
  }
  appendLathe(mesh, p, segments, transform, surface);
}

glm::mat4 axisFrame(const glm::vec3& origin, const glm::vec3& xAxis, const glm::vec3& up) {
  const glm::vec3 x = glm::normalize(xAxis);
  glm::vec3 z = up - glm::dot(up, x) * x;
  if (glm::length(z) < 1e-4f) {
    const glm::vec3 alt = std::abs(x.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
    z = alt - glm::dot(alt, x) * x;
  }
  z = glm::normalize(z);
  const glm::vec3 y = glm::cross(z, x);
  glm::mat4 m(1.0f);
  m[0] = glm::vec4(x, 0.0f);
  m[1] = glm::vec4(y, 0.0f);
  m[2] = glm::vec4(z, 0.0f);
  m[3] = glm::vec4(origin, 1.0f);
  return m;
}

void appendBar(MeshData& mesh, const glm::vec3& from, const glm::vec3& to, float size,
               const glm::mat4& transform, const Surface& surface) {
  const glm::vec3 d = to - from;
  const float len = glm::length(d);
  if (len < kEpsM) return;
  // Roll the bar so its faces line up with the nearest coordinate plane.
  const glm::vec3 up = std::abs(d.z) < 0.9f * len ? glm::vec3(0, 0, 1) : glm::vec3(0, 1, 0);
  appendBox(mesh, glm::vec3(len, size, size), transform * axisFrame(0.5f * (from + to), d, up),
            surface);
}

void appendTruss(MeshData& mesh, float length, float width, float height, float bayLength,
                 float memberSize, const glm::mat4& transform, const Surface& surface) {
  if (length <= kEpsM) return;
  const int bays = std::max(1, static_cast<int>(std::lround(length / bayLength)));
  const float bay = length / static_cast<float>(bays);
  // Members sit inside the envelope so that the truss's bounding box is exactly
  // length x width x height.
  const float hy = 0.5f * (width - memberSize);
  const float hz = 0.5f * (height - memberSize);
  const glm::vec2 corner[4] = {{-hy, -hz}, {hy, -hz}, {hy, hz}, {-hy, hz}};
  MeshData local;
  for (const glm::vec2& c : corner) {
    appendBox(local, glm::vec3(length, memberSize, memberSize),
              glm::translate(glm::mat4(1.0f), glm::vec3(0.5f * length, c.x, c.y)), surface);
  }
  const float m2 = 0.5f * memberSize;
  for (int b = 0; b <= bays; ++b) {
    const float x = glm::clamp(static_cast<float>(b) * bay, m2, length - m2);
    for (int k = 0; k < 4; ++k) {
      const glm::vec2 c0 = corner[k];
      const glm::vec2 c1 = corner[(k + 1) % 4];
      appendBar(local, {x, c0.x, c0.y}, {x, c1.x, c1.y}, memberSize, glm::mat4(1.0f), surface);
    }
    if (b == bays) break;
    const float xn = glm::clamp(static_cast<float>(b + 1) * bay, m2, length - m2);
    for (int k = 0; k < 4; ++k) {
      // Alternate the diagonals' direction bay by bay, as on a Warren truss.
      const glm::vec2 c0 = corner[k];
      const glm::vec2 c1 = corner[(k + 1) % 4];
      if (b % 2 == 0) {
        appendBar(local, {x, c0.x, c0.y}, {xn, c1.x, c1.y}, memberSize, glm::mat4(1.0f), surface);
      } else {
        appendBar(local, {x, c1.x, c1.y}, {xn, c0.x, c0.y}, memberSize, glm::mat4(1.0f), surface);
      }
    }
  }
  appendMesh(mesh, local, transform);
}

glm::vec3 srgbColor(int r, int g, int b) {
  auto lin = [](int c) {
    const float v = static_cast<float>(c) / 255.0f;
    return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
  };
  return {lin(r), lin(g), lin(b)};
}

}  // namespace rv::render
