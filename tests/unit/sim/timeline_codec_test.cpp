// The timeline as bytes and back (sim/timeline_codec.h): a decoded timeline
// answers every query bit for bit as the simulated one; damaged bytes are
// refused, never read past.
#include "sim/timeline_codec.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>

#include "mission_fixture.h"
#include "sim/iss_ephemeris.h"

namespace rv::sim::test {
namespace {

bool sameBits(const glm::dvec3& a, const glm::dvec3& b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}
bool sameBits(const glm::dquat& a, const glm::dquat& b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

MissionTimeline decodedTimeline() {
  auto data = decodeTimeline(encodeTimeline(missionTimeline().data()));
  EXPECT_TRUE(data) << (data ? "" : data.error().message);
  auto iss = IssEphemeris::create(missionConfig().iss);
  EXPECT_TRUE(iss);
  return MissionTimeline(std::move(data).value(), std::move(iss).value());
}

TEST(TimelineCodec, DecodedTimelineAnswersEveryQueryBitForBit) {
  const MissionTimeline& simulated = missionTimeline();
  const MissionTimeline decoded = decodedTimeline();
  ASSERT_EQ(encodeTimeline(decoded.data()), encodeTimeline(simulated.data()));

  // Every object at random times across the mission, between steps too.
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> when(simulated.startUtcS(), simulated.endUtcS());
  for (int i = 0; i < 3000; ++i) {
    const double t = when(rng);
    for (int o = 0; o < kObjectCount; ++o) {
      const auto id = static_cast<ObjectId>(o);
      const ObjectState a = simulated.objectState(id, t), b = decoded.objectState(id, t);
      ASSERT_TRUE(sameBits(a.posTeme, b.posTeme)) << "object " << o << " at " << t;
      ASSERT_TRUE(sameBits(a.velTeme, b.velTeme));
      ASSERT_TRUE(sameBits(a.attitudeTeme, b.attitudeTeme));
      ASSERT_EQ(std::memcmp(&a.massKg, &b.massKg, sizeof a.massKg), 0);
      ASSERT_EQ(a.phase, b.phase);
    }
  }
  // The emergent figures a teacher reads: events and the contact.
  ASSERT_EQ(decoded.events().size(), simulated.events().size());
  for (size_t i = 0; i < simulated.events().size(); ++i) {
    EXPECT_EQ(decoded.events()[i].id, simulated.events()[i].id);
    EXPECT_EQ(decoded.events()[i].caption, simulated.events()[i].caption);
    EXPECT_EQ(std::memcmp(&decoded.events()[i].utcS, &simulated.events()[i].utcS, 8), 0);
  }
  ASSERT_TRUE(simulated.data().docking.has_value());
  ASSERT_TRUE(decoded.data().docking.has_value());
  EXPECT_EQ(decoded.data().docking->contactUtcS, simulated.data().docking->contactUtcS);
  EXPECT_EQ(decoded.data().contactTick, simulated.data().contactTick);
}

TEST(TimelineCodec, RefusesDamagedBytes) {
  const std::string good = encodeTimeline(missionTimeline().data());
  ASSERT_TRUE(decodeTimeline(good));
  // Cut short anywhere: the tag, a count, a sample, the events at the end.
  for (size_t cut : {size_t{0}, size_t{5}, size_t{40}, good.size() / 3, good.size() / 2,
                     good.size() - 9, good.size() - 1}) {
    EXPECT_FALSE(decodeTimeline(std::string_view(good).substr(0, cut))) << "cut at " << cut;
  }
  EXPECT_FALSE(decodeTimeline(good + "x"));  // bytes after the end
  std::string tag = good;
  tag[0] = 'R';
  EXPECT_FALSE(decodeTimeline(tag));
  // A first track's count far beyond what the bytes could hold.
  std::string count = good;
  const size_t countAt = std::string_view("rendezvous timeline 1\n").size() + 4 * 8;
  const std::uint64_t huge = 1ull << 60;
  std::memcpy(&count[countAt], &huge, 8);
  EXPECT_FALSE(decodeTimeline(count));
}

}  // namespace
}  // namespace rv::sim::test
