#include "camera_director.h"

#include <gtest/gtest.h>

#include "app_fixture.h"
#include "record_job.h"
#include "sim/mission_events.h"

using namespace rv::app;

namespace rv::app {
// Failures name the camera.
void PrintTo(CameraKind k, std::ostream* os) {
  *os << cameraName(k);
}
}  // namespace rv::app

namespace {
std::vector<rv::sim::MissionEvent> events(double liftoff) {
  std::vector<rv::sim::MissionEvent> ev;
  for (auto [id, met] : {std::pair{"liftoff", 0.0},
                         {"booster_sep", 118.0},
                         {"spacecraft_sep", 529.0},
                         {"approach_start", 9000.0},
                         {"contact", 11'800.0}}) {
    rv::sim::MissionEvent e;
    e.id = id;
    e.utcS = liftoff + met;
    e.metS = met;
    ev.push_back(e);
  }
  return ev;
}
}  // namespace

TEST(CameraDirector, PicksCamerasByPhase) {
  const double t0 = 5000.0;
  const auto d = CameraDirector::forMission(t0 - 300.0, t0, events(t0), nullptr, 1.0, 1.5);
  EXPECT_EQ(d.shotAt(t0 - 300.0).camera, CameraKind::Pad);
  EXPECT_EQ(d.shotAt(t0 - 1000.0).camera, CameraKind::Pad);   // before the first cue
  EXPECT_EQ(d.shotAt(t0).camera, CameraKind::Pad);            // lift-off seen from the pad
  EXPECT_EQ(d.shotAt(t0 + 118.0).camera, CameraKind::Chase);  // staging
  EXPECT_EQ(d.shotAt(t0 + 3000.0).camera, CameraKind::Overview);
  EXPECT_EQ(d.shotAt(t0 + 10'000.0).camera, CameraKind::Onboard);
  EXPECT_EQ(d.shotAt(t0 + 11'700.0).camera, CameraKind::Chase);  // from the side, both craft
  EXPECT_EQ(d.shotAt(t0 + 11'799.0).camera, CameraKind::Port);   // the probe meets the port
  EXPECT_EQ(d.shotAt(t0 + 11'830.0).camera, CameraKind::Chase);  // the docked pair
  EXPECT_EQ(d.shotAt(t0 + 20'000.0).camera, CameraKind::Overview);
  for (const auto& c : d.cues()) {
    bool known = false;
    for (CameraKind k : kDirectorCameras) known = known || c.camera == k;
    EXPECT_TRUE(known) << cameraName(c.camera);
  }
}

TEST(CameraDirector, EasesSmoothlyBetweenCameras) {
  const double t0 = 5000.0;
  const auto d = CameraDirector::forMission(t0 - 300.0, t0, events(t0), nullptr, 1.0, 2.0);
  const DirectorCue& chase = d.cues()[1];
  ASSERT_EQ(chase.camera, CameraKind::Chase);
  EXPECT_DOUBLE_EQ(chase.easeS, 2.0);  // 2 video seconds at speed 1
  CameraShot s = d.shotAt(chase.utcS);
  EXPECT_EQ(s.previous, CameraKind::Pad);
  EXPECT_DOUBLE_EQ(s.blend, 0.0);
  s = d.shotAt(chase.utcS + 1.0);
  EXPECT_DOUBLE_EQ(s.blend, 0.5);  // smoothstep midpoint
  s = d.shotAt(chase.utcS + 0.2);
  EXPECT_LT(s.blend, 0.2);  // eased in
  s = d.shotAt(chase.utcS + 2.0);
  EXPECT_EQ(s.previous, CameraKind::Chase);
  EXPECT_DOUBLE_EQ(s.blend, 1.0);
  double last = -1.0;
  for (int i = 0; i <= 100; ++i) {
    const double b = d.shotAt(chase.utcS + 0.02 * i).blend;
    EXPECT_GE(b, last);
    last = b;
  }
}

TEST(CameraDirector, EaseScalesWithTheWarp) {
  const double t0 = 5000.0;
  auto w = TimeWarp::create({{t0 - 300.0, 100.0}, {t0 + 20'000.0, 100.0}});
  ASSERT_TRUE(w);
  const auto d = CameraDirector::forMission(t0 - 300.0, t0, events(t0), &*w, 1.0, 1.5);
  EXPECT_DOUBLE_EQ(d.cues()[1].easeS, 150.0);
  EXPECT_DOUBLE_EQ(d.cues()[0].easeS, 0.0);  // the opening shot is a cut
}

TEST(CameraDirector, IsAPureFunctionOfTime) {
  const double t0 = 5000.0;
  const auto a = CameraDirector::forMission(t0 - 300.0, t0, events(t0), nullptr);
  const auto b = CameraDirector::forMission(t0 - 300.0, t0, events(t0), nullptr);
  for (double t = t0 - 300.0; t < t0 + 12'000.0; t += 37.3) {
    const CameraShot x = a.shotAt(t), y = b.shotAt(t), z = a.shotAt(t);
    EXPECT_EQ(x.camera, y.camera);
    EXPECT_EQ(x.blend, z.blend);
  }
}

// record --shots: the creator's cuts, with the same time forms as --from.
TEST(CameraDirectorShots, ScriptCutsWhereTheCreatorSays) {
  const auto& tl = rv::app::test::sharedTimeline();
  const auto d = rv::app::CameraDirector::fromShotScript(
      "pad@T-10,chase@T+8,stages@booster_sep+1,onboard@12:14,chase@contact-20", tl);
  ASSERT_TRUE(d.ok()) << d.error().message;
  ASSERT_EQ(d->cues().size(), 5u);
  EXPECT_EQ(d->shotAt(tl.liftoffUtcS() - 100).camera, CameraKind::Pad);  // the first holds before
  EXPECT_EQ(d->shotAt(tl.liftoffUtcS() + 7.9).camera, CameraKind::Pad);
  EXPECT_EQ(d->shotAt(tl.liftoffUtcS() + 8.0).camera, CameraKind::Chase);
  EXPECT_DOUBLE_EQ(d->shotAt(tl.liftoffUtcS() + 8.0).blend, 1.0);  // a cut
  EXPECT_EQ(d->shotAt(tl.findEvent("booster_sep")->utcS + 2).camera, CameraKind::Stages);
  EXPECT_EQ(d->shotAt(tl.findEvent("contact")->utcS - 21).camera, CameraKind::Onboard);
  EXPECT_EQ(d->shotAt(tl.findEvent("contact")->utcS).camera, CameraKind::Chase);
}

TEST(CameraDirectorShots, BadPiecesAreNamed) {
  const auto& tl = rv::app::test::sharedTimeline();
  const auto why = [&](const char* script) {
    const auto d = rv::app::CameraDirector::fromShotScript(script, tl);
    if (d.ok()) return std::string("(accepted)");
    EXPECT_EQ(d.error().kind, rv::ErrorKind::kBadInput) << script;
    return d.error().message;
  };
  EXPECT_NE(why("pda@T-10").find("'pda@T-10': no camera 'pda'"), std::string::npos)
      << why("pda@T-10");
  EXPECT_NE(why("pad@T-10,chase").find("'chase' is not camera@time"), std::string::npos)
      << why("pad@T-10,chase");
  EXPECT_NE(why("pad@T-10,chase@nowhere").find("'chase@nowhere'"), std::string::npos)
      << why("pad@T-10,chase@nowhere");
  EXPECT_NE(why("chase@T+8,pad@T-10").find("'pad@T-10' is not after the shot before it"),
            std::string::npos)
      << why("chase@T+8,pad@T-10");
}
