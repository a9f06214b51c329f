// The labels the app puts on a frame: which objects, named how, in which
// order, from a hand-made scene (no timeline needed).
#include <gtest/gtest.h>

#include <algorithm>

#include "astro/constants.h"
#include "overlay_builder.h"
#include "readouts.h"

using namespace rv;
using sim::ObjectId;

namespace {

sim::ObjectState& obj(app::CameraScene& s, ObjectId id) {
  auto& o = s.mission.objects[static_cast<size_t>(id)];
  o.object = id;
  o.exists = true;
  return o;
}

// The ISS 420 km over the equator, its port 30 m below it; the pad far away.
app::CameraScene orbitScene() {
  app::CameraScene s;
  const glm::dvec3 iss(astro::kWgs84A + 420e3, 0, 0);
  obj(s, ObjectId::Iss).posTeme = iss;
  s.portPosTeme = iss - glm::dvec3(30, 0, 0);
  s.padPosTeme = glm::dvec3(0, astro::kWgs84A, 0);
  return s;
}

const render::Label* find(const std::vector<render::Label>& ls, const std::string& prefix) {
  const auto it = std::find_if(
      ls.begin(), ls.end(), [&](const render::Label& l) { return l.text.rfind(prefix, 0) == 0; });
  return it == ls.end() ? nullptr : &*it;
}

render::Camera cameraAt(const glm::dvec3& p) {
  return render::lookAt(p, glm::dvec3(0), {0, 0, 1}, 0.8);
}

}  // namespace

TEST(OverlayLabels, TheRocketWhileItCarriesTheSpacecraftAndThePad) {
  app::CameraScene s = orbitScene();
  s.mission.objects[static_cast<size_t>(ObjectId::Iss)].exists = false;
  auto& stack = obj(s, ObjectId::Stack);
  stack.posTeme = glm::dvec3(0, astro::kWgs84A + 100.0, 0);
  auto& soyuz = obj(s, ObjectId::Soyuz);
  soyuz.attached = true;
  std::vector<render::Label> out;
  app::appendLabels(s, {1, 0, 0}, cameraAt(stack.posTeme + glm::dvec3(1500, 0, 0)), out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out[0].text, "Soyuz-2.1a");  // first: it wins overlaps
  EXPECT_FALSE(find(out, "Soyuz MS-19"));
  EXPECT_FALSE(find(out, "ISS"));
  const render::Label* pad = find(out, "Baikonur");
  ASSERT_TRUE(pad);
  EXPECT_TRUE(pad->below);
  EXPECT_EQ(pad->posTeme, s.padPosTeme);
}

TEST(OverlayLabels, SoyuzWithTheRangeToThePortNearTheStation) {
  app::CameraScene s = orbitScene();
  auto& soyuz = obj(s, ObjectId::Soyuz);
  soyuz.phase = sim::Phase::Approach;
  soyuz.posTeme = s.portPosTeme - glm::dvec3(35.24, 0, 0);
  std::vector<render::Label> out;
  // From a camera 200 m from the port: the port is named too.
  app::appendLabels(s, {1, 0, 0}, cameraAt(s.portPosTeme - glm::dvec3(200, 0, 0)), out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out[0].text, "Soyuz MS-19  35.2 m to port");
  ASSERT_TRUE(find(out, "ISS"));
  const render::Label* port = find(out, "Rassvet port");
  ASSERT_TRUE(port);
  EXPECT_EQ(port->text, "Rassvet port  35.2 m");
  // Far away (50 km): no range, and no port label from a distant camera.
  soyuz.posTeme = s.portPosTeme - glm::dvec3(0, 50e3, 0);
  out.clear();
  app::appendLabels(s, {1, 0, 0}, cameraAt(soyuz.posTeme * 3.0), out);
  EXPECT_EQ(out[0].text, "Soyuz MS-19");
  EXPECT_FALSE(find(out, "Rassvet port"));
  // Docked: no range, no port.
  soyuz.phase = sim::Phase::Docked;
  soyuz.posTeme = s.portPosTeme;
  out.clear();
  app::appendLabels(s, {1, 0, 0}, cameraAt(s.portPosTeme - glm::dvec3(200, 0, 0)), out);
  EXPECT_EQ(out[0].text, "Soyuz MS-19");
  EXPECT_FALSE(find(out, "Rassvet port"));
}

TEST(OverlayLabels, SeparatedStagesByNameAtTheirOwnCentres) {
  app::CameraScene s = orbitScene();
  auto& soyuz = obj(s, ObjectId::Soyuz);
  soyuz.attached = true;
  obj(s, ObjectId::ThirdStage).attached = true;
  const glm::dvec3 here(0, astro::kWgs84A + 50e3, 0);
  for (ObjectId id : {ObjectId::Booster1, ObjectId::Booster3, ObjectId::Core}) {
    auto& o = obj(s, id);
    o.posTeme = here;
    o.phase = sim::Phase::Ballistic;
  }
  obj(s, ObjectId::Booster2).phase = sim::Phase::Impacted;  // on the steppe: not named
  obj(s, ObjectId::Booster4).attached = true;               // still on the rocket: not named
  std::vector<render::Label> out;
  app::appendLabels(s, {1, 0, 0}, cameraAt(here + glm::dvec3(0, 0, 2000)), out);
  for (const char* name : {"Booster B", "Booster G", "Core stage"})
    EXPECT_TRUE(find(out, name)) << name;
  for (const char* name : {"Booster V", "Booster D", "Third stage"})
    EXPECT_FALSE(find(out, name)) << name;
  // Booster B is on the stack's -Y side, about 12 m up from the engines' base.
  const render::Label* b = find(out, "Booster B");
  ASSERT_TRUE(b);
  EXPECT_NEAR(b->posTeme.x - here.x, 0.5 * 19.6 + 0.66, 0.01);
  EXPECT_LT(b->posTeme.y - here.y, -2.5);
  // A stage 1000 km from the camera is not named (clutter in the overview).
  out.clear();
  app::appendLabels(s, {1, 0, 0}, cameraAt(here + glm::dvec3(0, 0, 1000e3)), out);
  EXPECT_FALSE(find(out, "Core stage"));
}

TEST(OverlayLabels, TheSunAtItsDirectionFarAway) {
  app::CameraScene s = orbitScene();
  std::vector<render::Label> out;
  const render::Camera cam = cameraAt(glm::dvec3(0, 0, 3 * astro::kWgs84A));
  app::appendLabels(s, {0, 1, 0}, cam, out);
  const render::Label* sun = find(out, "Sun");
  ASSERT_TRUE(sun);
  const glm::dvec3 d = sun->posTeme - cam.posTeme;
  EXPECT_NEAR(glm::length(d), 1.496e11, 1e9);
  EXPECT_NEAR(glm::normalize(d).y, 1.0, 1e-12);
  EXPECT_EQ(out.back().text, "Sun");  // last: everything else wins an overlap
}

TEST(OverlayLabels, RangesReadWell) {
  EXPECT_EQ(app::formatRangeM(0.94), "0.9 m");
  EXPECT_EQ(app::formatRangeM(35.24), "35.2 m");
  EXPECT_EQ(app::formatRangeM(840.4), "840 m");
  EXPECT_EQ(app::formatRangeM(12400.0), "12.4 km");
}

TEST(OverlayLabels, StageImpactsAreNamedOnlyInViewsFromFarOut) {
  app::CameraScene s = orbitScene();
  const glm::dvec3 site(0, 0, astro::kWgs84A);  // a hand-made impact place
  s.impacts.push_back({"Core stage", site, glm::dmat3(1.0)});
  std::vector<render::Label> out;
  app::appendLabels(s, {1, 0, 0}, cameraAt(s.portPosTeme - glm::dvec3(200, 0, 0)),
                    out);  // near the ISS
  EXPECT_FALSE(find(out, "Core stage impact"));
  out.clear();
  app::appendLabels(s, {1, 0, 0}, cameraAt(site * 4.0), out);  // the overview's distance
  const render::Label* impact = find(out, "Core stage impact");
  ASSERT_TRUE(impact);
  EXPECT_TRUE(impact->below);
  EXPECT_EQ(impact->posTeme, site);
}

// The contact and hatch marks show for their spans after the events (times
// from the event list, here hand-made), first in the list, at the port.
TEST(OverlayLabels, ContactAndHatchMarksFollowTheirEvents) {
  const app::CameraScene s = orbitScene();
  std::vector<sim::MissionEvent> events(2);
  events[0].id = "contact";
  events[0].utcS = 1000.0;
  events[1].id = "hatch_open";
  events[1].utcS = 9000.0;
  const auto marksAt = [&](double utc) {
    std::vector<render::Label> out{{s.padPosTeme, 0.0, "Baikonur", glm::vec3(1.0f)}};
    app::prependMomentMarks(events, utc, s, out);
    return out;
  };
  EXPECT_EQ(marksAt(999.0).size(), 1u);
  const auto at = marksAt(1005.0);
  ASSERT_EQ(at.size(), 2u);
  EXPECT_EQ(at.front().text.rfind("CONTACT", 0), 0u);
  EXPECT_EQ(at.front().posTeme, s.portPosTeme);
  EXPECT_EQ(marksAt(1000.0 + app::kContactMarkS + 1.0).size(), 1u);
  EXPECT_EQ(marksAt(9010.0).front().text.rfind("Hatch open", 0), 0u);
}
