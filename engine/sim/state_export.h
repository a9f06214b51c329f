#pragma once
// CSV export of the timeline (used by `rendezvous export`): one row per
// existing object per sample time, columns
//   utc,met_s,object,phase,lat_deg,lon_deg,alt_km,x_ecef_km,y_ecef_km,
//   z_ecef_km,speed_kms,mass_kg,accel_g,range_m,range_rate_ms,
//   att_qw,att_qx,att_qy,att_qz,rate_dps,thrust_kn,thrust_bx,thrust_by,thrust_bz
// (utc ISO-8601 with milliseconds and Z; geodetic WGS-84; speed inertial;
// range and range rate from the Soyuz docking probe to the Rassvet port,
// empty for other objects; attitude a unit quaternion, scalar first, body
// to ECEF; rate_dps the body's angular rate relative to inertial space;
// thrust_kn the net thrust and thrust_b* its unit direction in body axes,
// empty when not thrusting). Sample times are fromUtc + k * stepS, formed by
// multiplication, not accumulation.

#include <ostream>

#include "sim/mission_timeline.h"

namespace rv::sim {

void writeStatesCsv(const MissionTimeline& timeline, double fromUtcS, double toUtcS, double stepS,
                    std::ostream& out);

}  // namespace rv::sim
