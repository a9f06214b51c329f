// CSV export: header, one row per existing object per sample, empty range for
// non-Soyuz objects; two exports are byte-identical.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

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
  EXPECT_EQ(line, "utc,met_s,object,phase,lat_deg,lon_deg,alt_km,x_ecef_km,y_ecef_km,z_ecef_km,speed_kms,"
                  "mass_kg,accel_g,range_m,range_rate_ms");
  int soyuz = 0, iss = 0;
  while (std::getline(in, line)) {
    EXPECT_EQ(std::count(line.begin(), line.end(), ','), 14) << line;
    if (line.find(",soyuz,") != std::string::npos) {
      ++soyuz;
      EXPECT_NE(line.back(), ',') << line;
    }
    if (line.find(",iss,") != std::string::npos) {
      ++iss;
      EXPECT_EQ(line.substr(line.size() - 2), ",,") << line;
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

} // namespace
} // namespace rv::sim::test
