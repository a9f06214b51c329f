#pragma once
// The Bright Star Catalogue as Debian's xplanet ships it (stars/BSC: one star
// a line, "Dec RA Mag ...", degrees / hours / visual magnitude, J2000.0 mean
// equator and equinox), and the IAU 1976 precession that carries it to the
// mean equator and equinox of date, which is the frame the renderer draws in
// (TEME differs from it by the equation of the equinoxes, < 0.005 deg).
// Pure CPU; no GL.

#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

namespace rv::render {

struct CatalogStar {
  glm::dvec3 dirJ2000;  // unit vector, J2000 mean equator/equinox
  float magnitude = 0.0f;
};

struct StarCatalog {
  std::vector<CatalogStar> stars;
  std::vector<std::string> warnings;  // one line each, for the user
};

// Parses the text of an xplanet star file. Lines starting with '#' and blank
// lines are skipped; a line whose first three numbers do not parse is
// skipped and counted in one warning.
StarCatalog parseBrightStarCatalog(std::string_view text);

// Reads <xplanetDir>/stars/BSC. A missing or unreadable file gives an empty
// catalogue and a warning naming the Debian package to install.
StarCatalog loadBrightStarCatalog(const std::string& xplanetDir);

// Rotation from J2000 mean equator/equinox to the mean equator/equinox of
// date, IAU 1976 (Lieske 1977; Meeus, Astronomical Algorithms, ch. 21), for
// the date given in Julian centuries of TT since J2000.
glm::dmat3 precessionFromJ2000(double julianCenturiesTt);

// Unit vector for a right ascension and declination (radians), and back.
glm::dvec3 unitFromRaDec(double raRad, double decRad);
void raDecFromUnit(const glm::dvec3& dir, double* raRad, double* decRad);

}  // namespace rv::render
