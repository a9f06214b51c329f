#pragma once
// Earth gravity: point mass plus the zonal harmonics J2, J3 and J4 (EGM96
// values, astro/constants.h). Input and output in the inertial frame; the
// zonal terms depend only on the distance to the spin axis and on z, so they
// need no Earth rotation angle.

#include <glm/glm.hpp>

namespace rv::sim {

enum class GravityModel { PointMass, J2, J2J3J4 };

glm::dvec3 gravityAccel(const glm::dvec3& posTeme, GravityModel model = GravityModel::J2J3J4);

// Potential energy per unit mass (m^2/s^2, negative) for the same model;
// used by the energy-conservation tests.
double gravityPotential(const glm::dvec3& posTeme, GravityModel model = GravityModel::J2J3J4);

}  // namespace rv::sim
