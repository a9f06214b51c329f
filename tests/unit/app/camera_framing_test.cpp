// Cameras that keep their subject in the picture, measured from the
// simulated scene. The climax: the chase camera holds the Soyuz and the
// Rassvet port for every instant of the last stretch (they meet in it), and
// the port camera holds the probe's tip and the port in the last metres.
// Staging: the stage camera holds every falling piece after each separation.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app_fixture.h"
#include "camera_director.h"
#include "frame_builder.h"

using namespace rv;

namespace {

const app::LoadedMission& mission() {
  return app::test::sharedMission();
}

bool inFrame(const render::Camera& cam, const glm::dvec3& p, int w, int h) {
  const auto px = render::projectToPixel(cam, p, w, h);
  return px && px->x >= 0 && px->x <= w && px->y >= 0 && px->y <= h;
}

double eventUtc(const char* id) {
  return mission().timeline->findEvent(id)->utcS;
}

}  // namespace

TEST(DockingFraming, ChaseHoldsTheSoyuzAndThePortToContact) {
  // From the station-keeping point (about 250 m) through contact and after.
  int checked = 0;
  for (double t = eventUtc("stationkeeping"); t <= eventUtc("contact") + 60.0; t += 2.0) {
    const app::CameraScene scene = app::cameraScene(mission(), t);
    const render::Camera cam = app::cameraFor(app::CameraKind::Chase, scene, {});
    for (const auto& [w, h] : {std::pair{1280, 720}, std::pair{720, 720}}) {
      EXPECT_TRUE(inFrame(cam, app::activeTargetTeme(scene), w, h)) << "Soyuz out at " << t;
      EXPECT_TRUE(inFrame(cam, scene.portPosTeme, w, h)) << "port out at " << t;
    }
    // The last 100 m seen across the docking axis (the gap between probe
    // and port visible), not along it (where the Soyuz hides the port).
    const double range =
        glm::length(scene.mission[sim::ObjectId::Soyuz].posTeme - scene.portPosTeme);
    if (range < 100.0) {
      const double across = std::abs(glm::dot(glm::normalize(cam.forwardTeme), scene.portAxisTeme));
      EXPECT_LT(across, 0.5) << "looking along the docking axis at " << range << " m";
    }
    ++checked;
  }
  EXPECT_GT(checked, 300);
}

TEST(DockingFraming, PortCameraSeesTheProbeMeetThePort) {
  for (double t = eventUtc("contact") - 30.0; t <= eventUtc("contact"); t += 1.0) {
    const app::CameraScene scene = app::cameraScene(mission(), t);
    const render::Camera cam = app::cameraFor(app::CameraKind::Port, scene, {});
    const glm::dvec3 tip = scene.mission[sim::ObjectId::Soyuz].posTeme;
    EXPECT_TRUE(inFrame(cam, tip, 1280, 720)) << "probe out at contact" << t - eventUtc("contact");
    // The port's face is beside the camera: in the picture once the probe
    // is within the last two metres (the last ~15 s).
    if (t >= eventUtc("contact") - 15.0)
      EXPECT_TRUE(inFrame(cam, scene.portPosTeme + scene.portAxisTeme * 0.5, 1280, 720))
          << "port out at contact" << t - eventUtc("contact");
  }
}

TEST(StagesCamera, HoldsEveryFallingPieceAfterEachSeparation) {
  using sim::ObjectId;
  const std::pair<const char*, std::vector<ObjectId>> stagings[] = {
      {"booster_sep",
       {ObjectId::Booster1, ObjectId::Booster2, ObjectId::Booster3, ObjectId::Booster4}},
      {"core_sep", {ObjectId::Core}},
      {"spacecraft_sep", {ObjectId::ThirdStage}},
  };
  for (const auto& [event, pieces] : stagings) {
    for (double dt = 1.0; dt <= 90.0; dt += 1.0) {
      const double t = eventUtc(event) + dt;
      const app::CameraScene scene = app::cameraScene(mission(), t);
      const render::Camera cam = app::cameraFor(app::CameraKind::Stages, scene, {});
      EXPECT_EQ(app::cameraIdleReason(app::CameraKind::Stages, scene), "") << event << "+" << dt;
      for (ObjectId id : pieces) {
        const glm::dvec3 c = app::pieceCentreTeme(scene.mission[id], *app::launchPiece(id));
        EXPECT_TRUE(inFrame(cam, c, 1280, 720))
            << sim::objectIdName(id) << " out at " << event << "+" << dt;
      }
    }
  }
  // In the docking phase nothing falls: the camera says so (greyed).
  EXPECT_NE(app::cameraIdleReason(app::CameraKind::Stages,
                                  app::cameraScene(mission(), eventUtc("contact"))),
            "");
}

TEST(CameraIdle, EachCameraSaysWhenItHasNothingToShow) {
  const app::CameraScene pad = app::cameraScene(mission(), eventUtc("liftoff"));
  const app::CameraScene docking = app::cameraScene(mission(), eventUtc("contact") - 60.0);
  EXPECT_EQ(app::cameraIdleReason(app::CameraKind::Pad, pad), "");
  EXPECT_NE(app::cameraIdleReason(app::CameraKind::Pad, docking), "");
  EXPECT_NE(app::cameraIdleReason(app::CameraKind::Onboard, pad), "");
  EXPECT_EQ(app::cameraIdleReason(app::CameraKind::Onboard, docking), "");
  EXPECT_NE(app::cameraIdleReason(app::CameraKind::Port, pad), "");
  EXPECT_EQ(app::cameraIdleReason(app::CameraKind::Port, docking), "");
  EXPECT_EQ(app::cameraIdleReason(app::CameraKind::Chase, docking), "");
}

// The automatic exposure opens up in the Earth's shadow, follows the
// penumbra, and the presenter's stops go on top; a wide view keeps the
// daylight exposure (measured on frames built from the simulation).
TEST(Exposure, OpensUpInShadowForCloseUpsOnly) {
  EXPECT_DOUBLE_EQ(app::autoExposure(1.0, 0.0), 1.0);
  EXPECT_DOUBLE_EQ(app::autoExposure(0.0, 0.0), app::kShadowExposureGain);
  EXPECT_GT(app::autoExposure(0.5, 0.0), 1.0);
  EXPECT_LT(app::autoExposure(0.5, 0.0), app::kShadowExposureGain);
  EXPECT_DOUBLE_EQ(app::autoExposure(1.0, 1.0), 2.0);
  // Contact happened in the Earth's shadow (simulated Sun and orbit).
  app::FrameRequest req;
  req.utcS = eventUtc("contact");
  req.camera = app::CameraKind::Chase;
  EXPECT_FLOAT_EQ(app::buildFrame(mission(), req).exposure,
                  static_cast<float>(app::kShadowExposureGain));
  req.camera = app::CameraKind::Overview;
  EXPECT_FLOAT_EQ(app::buildFrame(mission(), req).exposure, 1.0f);
}

// The onboard view carries the TV reticle (a cross on the optical axis) and
// the target ring; other cameras do not.
TEST(OnboardTv, ReticleOnTheAxisOnlyInTheOnboardCamera) {
  app::FrameRequest req;
  req.utcS = eventUtc("contact") - 60.0;
  req.camera = app::CameraKind::Onboard;
  const render::RenderFrame onboard = app::buildFrame(mission(), req);
  req.camera = app::CameraKind::Chase;
  const size_t chaseLines = app::buildFrame(mission(), req).lines.size();
  ASSERT_GT(onboard.lines.size(), chaseLines + 4);
  // The first reticle arm starts just off the axis: it projects near the
  // middle of the picture.
  const render::OverlayLine& arm = onboard.lines[chaseLines];
  const auto px = render::projectToPixel(onboard.camera, arm.pointsTeme.front(), 1280, 720);
  ASSERT_TRUE(px);
  EXPECT_NEAR(px->x, 640.0, 40.0);
  EXPECT_NEAR(px->y, 360.0, 40.0);
}

// The night docking's lamps come from the mission file: the Soyuz's
// floodlight only while it approaches, the port's light always.
TEST(Lamps, FloodlightDuringTheApproachAndThePortLight) {
  app::FrameRequest req;
  req.camera = app::CameraKind::Chase;
  req.utcS = eventUtc("contact") - 60.0;
  EXPECT_EQ(app::buildFrame(mission(), req).spotLights.size(), 2u);
  req.utcS = eventUtc("liftoff") + 60.0;
  EXPECT_EQ(app::buildFrame(mission(), req).spotLights.size(), 1u);
  req.utcS = eventUtc("hatch_open");
  EXPECT_EQ(app::buildFrame(mission(), req).spotLights.size(), 1u);
}

// The automatic director keeps the subject in the picture on every frame of
// the launch, at x2 and at x10, through its pad-to-chase ease (measured by
// projecting the active vehicle with the frame's own camera).
// Frames of [fromUtc, toUtc] at `speed` (30 fps) whose subject (the active
// vehicle; the port for the onboard camera) the automatic director's camera
// leaves out of the picture.
int framesWithoutTheSubject(double fromUtc, double toUtc, double speed) {
  const auto& tl = *mission().timeline;
  const app::CameraDirector director = app::CameraDirector::forMission(
      tl.startUtcS(), tl.liftoffUtcS(), tl.events(), nullptr, speed);
  int out = 0;
  for (double t = fromUtc; t <= toUtc; t += speed / 30.0) {
    const app::CameraShot shot = director.shotAt(t);
    app::FrameRequest req;
    req.utcS = t;
    req.camera = shot.camera;
    if (shot.blend < 1.0) {
      req.fromCamera = shot.previous;
      req.blend = shot.blend;
    }
    const render::RenderFrame f = app::buildFrame(mission(), req);
    const app::CameraScene scene = app::cameraScene(mission(), t);
    if (!inFrame(f.camera, app::cameraSubjectTeme(req.camera, scene), 1280, 720)) ++out;
  }
  return out;
}

TEST(DirectorFraming, TheRocketStaysInFrameThroughTheLaunchAtTwoSpeeds) {
  const double liftoff = mission().timeline->liftoffUtcS();
  // The pad-to-chase ease at T+6 swung through empty sky (24 of 420
  // frames at x10) before the ease turned towards the subject.
  EXPECT_EQ(framesWithoutTheSubject(liftoff - 10.0, liftoff + 130.0, 2.0), 0);
  EXPECT_EQ(framesWithoutTheSubject(liftoff - 10.0, liftoff + 130.0, 10.0), 0);
}

TEST(DirectorFraming, TheSoyuzStaysInFrameThroughTheDockingAtX27) {
  const double contact = eventUtc("contact");
  EXPECT_EQ(framesWithoutTheSubject(contact - 520.0, contact + 30.0, 27.0), 0);
}
