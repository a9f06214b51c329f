#pragma once
// Which terms of the Earth's shader (shaders/earth.frag) a tile of the
// globe can need this frame. A software rasteriser runs every line of a
// shader for every pixel, taken branch or not, so the Earth is drawn with
// variants that leave out the terms that are exactly zero on a tile: the
// sunlit terms on a tile wholly in the night, the city lights on a tile
// wholly in the day, the towns where the camera is too far for them.
// The thresholds are the shader's own (kept equal by hand, see earth.frag).
// Pure CPU; no GL.

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "render/lit_row_counts.h"

namespace rv::render {

// Bits of an Earth shader variant.
enum EarthShading : unsigned {
  kEarthDaySide = 1u,    // DAY_SIDE: the day map in sunlight, skylight, sea glint
  kEarthNightSide = 2u,  // NIGHT_SIDE: city lights
  kEarthTowns = 4u,      // TOWNS: city lights broken into towns (with kEarthNightSide)
};

// The smallest cone around `axis` that holds every vertex normal of the
// triangles indices[first, first + count) (unit normals).
struct NormalCone {
  glm::dvec3 axis{0.0, 0.0, 1.0};
  double halfAngleRad = 0.0;
};
NormalCone boundNormals(const std::vector<glm::vec3>& normals,
                        const std::vector<std::uint32_t>& indices, std::uint32_t first,
                        std::uint32_t count);

// The day and night bits for surface normals whose cosine to the Sun lies in
// [minSunCos, maxSunCos] (a pixel's normal is normalised from its vertices',
// so it stays within their range).
unsigned earthSideShading(double minSunCos, double maxSunCos);
// The same for a cone of normals and the unit direction to the Sun.
unsigned earthSideShading(const NormalCone& normals, const glm::dvec3& sunDir);

// True when towns can show on ground no nearer than minDistanceM: where a
// fine cell of the night map (a quarter of a texel) spans less than 1/0.7
// of a pixel the shader shows the map's mean. minPixelAngleRad is the
// smallest angle between neighbouring pixels' rays (minPixelAngle), and
// nightRows the night map's height in texels (its width is twice that).
bool earthTownsVisible(double minDistanceM, double minPixelAngleRad, int nightRows);

// True when the night map (equirectangular, rows from the north, u wrapping)
// is black over the uv rectangle [uvMin, uvMax] widened by its own size on
// every side: the city lights are then exactly zero on it, even where the
// coarse mipmap levels of a grazing view blend in neighbouring texels.
// False for an empty map.
bool nightMapDark(const LitRowCounts& night, const glm::dvec2& uvMin, const glm::dvec2& uvMax);

// The smallest angle between the rays of neighbouring pixels of a symmetric
// perspective view (at its corners), from the projection's x and y scales
// (proj[0][0], proj[1][1]) and the image's height in pixels.
double minPixelAngle(double xScale, double yScale, int heightPx);

// How far below the ellipsoid the middle of a globe mesh's cell lies (its
// flat triangles against the curved surface), for a mesh of latSegments x
// lonSegments cells (render/ellipsoid_mesh.h), on the equatorial radius.
double globeChordSagM(int latSegments, int lonSegments);

}  // namespace rv::render
