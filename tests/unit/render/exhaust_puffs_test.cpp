// The pad's exhaust cloud: nothing before ignition, a cloud that grows while
// the jet feeds it and thins away after, the same cloud for the same history
// whatever the replay did before, and a longer feed leaving more smoke.
#include <gtest/gtest.h>

#include <algorithm>

#include "render/exhaust_puffs.h"

namespace rv::render {
namespace {

PadExhaust history(double sinceIgnitionS, double fedS = 24.0) {
  PadExhaust e;
  e.sinceIgnitionS = sinceIgnitionS;
  e.preliminaryS = 15.0;
  e.fedS = fedS;
  return e;
}

float highestTop(const std::vector<ExhaustPuff>& puffs) {
  float top = -1e9f;
  for (const auto& p : puffs) top = std::max(top, p.posPad.z + p.radiusM);
  return top;
}

TEST(ExhaustPuffs, NoneBeforeIgnition) {
  EXPECT_TRUE(padExhaustPuffs(history(-1.0)).empty());
}

TEST(ExhaustPuffs, GlowAtIgnitionThenACloudThatGrows) {
  const auto first = padExhaustPuffs(history(0.5));
  ASSERT_FALSE(first.empty());
  EXPECT_GT(std::max_element(first.begin(), first.end(),
                             [](const auto& a, const auto& b) { return a.glow < b.glow; })
                ->glow,
            0.3f)
      << "the flame at the deck shows from ignition";
  const auto prelim = padExhaustPuffs(history(10.0));
  const auto liftoff = padExhaustPuffs(history(20.0));
  EXPECT_GT(prelim.size(), first.size());
  EXPECT_GT(liftoff.size(), prelim.size()) << "release adds the smoke spreading over the pad";
  EXPECT_GT(highestTop(liftoff), highestTop(prelim)) << "the cloud rises";
  // The smoke is on the flame pit's side of the pad (-x) or spread round the
  // deck, never far out on the other side.
  for (const auto& p : prelim) EXPECT_LT(p.posPad.x, 10.0f);
}

TEST(ExhaustPuffs, SameHistorySameCloud) {
  const auto a = padExhaustPuffs(history(18.0));
  const auto b = padExhaustPuffs(history(18.0));
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].posPad, b[i].posPad);
    EXPECT_EQ(a[i].opacity, b[i].opacity);
  }
}

TEST(ExhaustPuffs, ALongerFeedLeavesMoreSmoke) {
  const auto shortFeed = padExhaustPuffs(history(40.0, 20.0));
  const auto longFeed = padExhaustPuffs(history(40.0, 30.0));
  EXPECT_GT(longFeed.size(), shortFeed.size());
}

TEST(ExhaustPuffs, GoneAfterItsLifetime) {
  EXPECT_FALSE(padExhaustPuffs(history(60.0)).empty());
  EXPECT_TRUE(padExhaustPuffs(history(24.0 + kPadExhaustLifetimeS + 1.0)).empty());
}

}  // namespace
}  // namespace rv::render
