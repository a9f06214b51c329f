// The ISS comes from SGP4 at every instant of the mission. A TLE that SGP4
// cannot carry to the mission (its epoch ten years early: the drag model
// decays the orbit long before 2021) must be refused with a reason, not
// turned into a station at the Earth's centre. (A mission file never gets
// this far: loadMission refuses elements more than 30 days from lift-off.
// This guards configurations made in code, as the what-if tests make them.)
#include <gtest/gtest.h>

#include <string>

#include "astro/tle.h"
#include "mission_fixture.h"

namespace rv::sim::test {
namespace {

// The shipped line 1 with another epoch (columns 19-32), checksum fixed.
std::string withEpoch(std::string line1, const std::string& epoch) {
  line1.replace(18, epoch.size(), epoch);
  line1[68] = static_cast<char>('0' + astro::tleChecksum(line1));
  return line1;
}

TEST(IssTleSpan, ATleSgp4CannotCarryToTheMissionIsRefused) {
  MissionConfig config = missionConfig();
  config.iss.tleLine1 = withEpoch(config.iss.tleLine1, "11277.86166359");
  const auto simulated = simulateMission(config);
  ASSERT_FALSE(simulated.ok()) << "a 2011 TLE was accepted for a 2021 mission";
  EXPECT_EQ(simulated.error().kind, ErrorKind::kBadInput);
  const std::string& why = simulated.error().message;
  EXPECT_NE(why.find("iss TLE: SGP4 cannot carry it to 2021-10-05"), std::string::npos) << why;
  EXPECT_NE(why.find("within days of the mission"), std::string::npos) << why;
}

TEST(IssTleSpan, TheShippedTleCarriesOverTheWholeMission) {
  const MissionConfig& config = missionConfig();
  const auto iss = IssEphemeris::create(config.iss);
  ASSERT_TRUE(iss.ok()) << iss.error().message;
  for (double utc = config.launch.liftoffUtcS; utc <= config.proximity.hatchOpenUtcS;
       utc += 600.0) {
    const auto s = iss->checkedState(utc);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_GT(glm::length(s->posTeme), 6.7e6);  // metres: in orbit, not at the centre
  }
}

}  // namespace
}  // namespace rv::sim::test
