// CSV export: header, one row per existing object per sample, empty range for
// non-Soyuz objects; two exports are byte-identical.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <vector>

#include "mission_fixture.h"
#include "sim/state_export.h"
#include "sim/telemetry.h"

namespace rv::sim::test {
namespace {

TEST(StateExport, RowsAndColumns) {
  const MissionTimeline& t = missionTimeline();
  const double contact = t.data().docking->contactUtcS;
  std::ostringstream a, b;
  writeStatesCsv(t, contact - 60.0, contact - 50.0, 5.0, a);
  writeStatesCsv(t, contact - 60.0, contact - 50.0, 5.0, b);
  EXPECT_EQ(a.str(), b.str());
  std::istringstream in(a.str());
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line,
            "utc,met_s,object,phase,lat_deg,lon_deg,alt_km,x_ecef_km,y_ecef_km,z_ecef_km,speed_kms,"
            "mass_kg,accel_g,range_m,range_rate_ms,att_qw,att_qx,att_qy,att_qz,rate_dps,thrust_kn,"
            "thrust_bx,thrust_by,thrust_bz");
  auto fields = [](const std::string& row) {
    std::vector<std::string> f;
    std::string cell;
    std::istringstream r(row);
    while (std::getline(r, cell, ',')) f.push_back(cell);
    if (!row.empty() && row.back() == ',') f.push_back("");
    return f;
  };
  int soyuz = 0, iss = 0;
  while (std::getline(in, line)) {
    const std::vector<std::string> f = fields(line);
    ASSERT_EQ(f.size(), 24u) << line;
    // A unit quaternion, scalar first and not negative.
    const double qw = std::stod(f[15]), qx = std::stod(f[16]), qy = std::stod(f[17]),
                 qz = std::stod(f[18]);
    EXPECT_NEAR(qw * qw + qx * qx + qy * qy + qz * qz, 1.0, 1e-6) << line;
    EXPECT_GE(qw, 0.0) << line;
    if (f[2] == "soyuz") {
      ++soyuz;
      EXPECT_FALSE(f[13].empty()) << line;  // range to the port
      // Flown by hand in the last minute: thrusting or not, the columns agree.
      EXPECT_EQ(std::stod(f[20]) > 0.0, !f[21].empty()) << line;
    }
    if (f[2] == "iss") {
      ++iss;
      EXPECT_TRUE(f[13].empty() && f[14].empty()) << line;
      EXPECT_TRUE(f[21].empty()) << line;  // the station does not thrust
    }
  }
  EXPECT_EQ(soyuz, 3);
  EXPECT_EQ(iss, 3);
}

TEST(StateExport, RangeFallsToZeroAtContact) {
  const MissionTimeline& t = missionTimeline();
  const double contact = t.data().docking->contactUtcS;
  const ObjectState s = t.objectState(ObjectId::Soyuz, contact - 10.0);
  const Telemetry tm = telemetry(t, s, contact - 10.0);
  ASSERT_TRUE(tm.rangeM);
  EXPECT_NEAR(*tm.rangeM, 1.0, 0.3);
  EXPECT_LT(*tm.rangeRateMs, -0.05);
  EXPECT_GT(tm.altitudeM, 400e3);
}

}  // namespace
}  // namespace rv::sim::test
