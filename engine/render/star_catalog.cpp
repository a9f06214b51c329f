#include "render/star_catalog.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "astro/constants.h"
#include "base/file_io.h"

namespace rv::render {

glm::dvec3 unitFromRaDec(double raRad, double decRad) {
  return {std::cos(decRad) * std::cos(raRad), std::cos(decRad) * std::sin(raRad), std::sin(decRad)};
}

void raDecFromUnit(const glm::dvec3& dir, double* raRad, double* decRad) {
  double ra = std::atan2(dir.y, dir.x);
  if (ra < 0.0) ra += astro::kTwoPi;
  *raRad = ra;
  *decRad = std::atan2(dir.z, std::hypot(dir.x, dir.y));
}

StarCatalog parseBrightStarCatalog(std::string_view text) {
  StarCatalog out;
  int bad = 0;
  size_t pos = 0;
  std::string line;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    line.assign(text.substr(pos, end - pos));
    pos = end + 1;
    const size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    // strtod keeps this locale-independent enough for the C locale the app runs in.
    const char* p = line.c_str();
    char* next = nullptr;
    const double decDeg = std::strtod(p, &next);
    const bool okDec = next != p;
    p = next;
    const double raHours = std::strtod(p, &next);
    const bool okRa = next != p;
    p = next;
    const double mag = std::strtod(p, &next);
    const bool okMag = next != p;
    if (!okDec || !okRa || !okMag || std::abs(decDeg) > 90.0 || raHours < 0.0 || raHours > 24.0) {
      ++bad;
      continue;
    }
    out.stars.push_back(
        {unitFromRaDec(raHours * 15.0 * astro::kDegToRad, decDeg * astro::kDegToRad),
         static_cast<float>(mag)});
  }
  if (bad > 0) {
    out.warnings.push_back("star catalogue: skipped " + std::to_string(bad) +
                           " line(s) that do not start with Dec, RA, Mag");
  }
  return out;
}

StarCatalog loadBrightStarCatalog(const std::string& xplanetDir) {
  const std::string path = xplanetDir + "/stars/BSC";
  auto text = io::readFile(path, "star catalogue", io::kDataFileLimit);
  if (!text && text.error().sysErrno == ENOENT) {
    StarCatalog out;
    out.warnings.push_back("star catalogue " + path +
                           " not found: the sky has no stars. Install Debian's 'xplanet' package "
                           "(apt install xplanet) or point the data path at its folder.");
    return out;
  }
  if (!text) {
    StarCatalog out;
    out.warnings.push_back(text.error().message + ": the sky has no stars");
    return out;
  }
  StarCatalog out = parseBrightStarCatalog(*text);
  if (out.stars.empty()) {
    out.warnings.push_back("star catalogue " + path + " holds no stars: the sky has no stars");
  }
  return out;
}

glm::dmat3 precessionFromJ2000(double t) {
  // Lieske et al. (1977) angles for a J2000 starting epoch, arcseconds.
  constexpr double kArcsec = astro::kDegToRad / 3600.0;
  const double zeta = (2306.2181 * t + 0.30188 * t * t + 0.017998 * t * t * t) * kArcsec;
  const double z = (2306.2181 * t + 1.09468 * t * t + 0.018203 * t * t * t) * kArcsec;
  const double theta = (2004.3109 * t - 0.42665 * t * t - 0.041833 * t * t * t) * kArcsec;
  // P = Rz(-z) Ry(theta) Rz(-zeta), with R the frame rotations of Meeus
  // eq. 21.4 written out as the vector rotation (row-major below).
  const double cz = std::cos(zeta), sz = std::sin(zeta);
  const double cZ = std::cos(z), sZ = std::sin(z);
  const double ct = std::cos(theta), st = std::sin(theta);
  const double r[3][3] = {
      {cZ * ct * cz - sZ * sz, -cZ * ct * sz - sZ * cz, -cZ * st},
      {sZ * ct * cz + cZ * sz, -sZ * ct * sz + cZ * cz, -sZ * st},
      {st * cz, -st * sz, ct},
  };
  glm::dmat3 m;
  for (int row = 0; row < 3; ++row)
    for (int col = 0; col < 3; ++col) m[col][row] = r[row][col];  // glm is column-major
  return m;
}

}  // namespace rv::render
