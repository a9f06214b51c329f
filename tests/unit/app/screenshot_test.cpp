#include "screenshot.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

namespace fs = std::filesystem;

namespace {
// Sets an environment variable for the scope of a test.
struct ScopedEnv {
  ScopedEnv(const char* name, const char* value) : m_name(name) {
    if (const char* old = std::getenv(name)) m_old = old, m_had = true;
    if (value)
      setenv(name, value, 1);
    else
      unsetenv(name);
  }
  ~ScopedEnv() {
    if (m_had)
      setenv(m_name, m_old.c_str(), 1);
    else
      unsetenv(m_name);
  }
  const char* m_name;
  std::string m_old;
  bool m_had = false;
};

rv::render::ImageRgba8 tinyImage() {
  return {2, 2, std::vector<std::uint8_t>(16, 200)};
}
}  // namespace

TEST(Screenshot, FileNameHasTheTimesAndNoColons) {
  const std::string name = rv::app::screenshotFileName(1633424102, 118.8);
  EXPECT_TRUE(
      std::regex_match(name, std::regex(R"(rendezvous_\d{4}-\d\d-\d\d_\d{6}_T\+00-01-58\.png)")))
      << name;
  EXPECT_EQ(name.find(':'), std::string::npos);
  EXPECT_NE(rv::app::screenshotFileName(0, -300.0).find("T-00-05-00"), std::string::npos);
}

TEST(Screenshot, FolderFromXdgPicturesElseHomePictures) {
  {
    ScopedEnv pics("XDG_PICTURES_DIR", "/data/pics");
    EXPECT_EQ(rv::app::screenshotFolder(""), "/data/pics/Rendezvous");
    EXPECT_EQ(rv::app::screenshotFolder("/chosen"), "/chosen");
  }
  ScopedEnv pics("XDG_PICTURES_DIR", nullptr);
  ScopedEnv cfg("XDG_CONFIG_HOME", "/nonexistent-config");
  ScopedEnv home("HOME", "/home/teacher");
  EXPECT_EQ(rv::app::screenshotFolder(""), "/home/teacher/Pictures/Rendezvous");
}

TEST(Screenshot, WritesMakesTheFolderAndNeverOverwrites) {
  const fs::path dir = fs::temp_directory_path() / "rv_screenshot_test" / "deeper";
  fs::remove_all(dir.parent_path());
  const auto a = rv::app::saveScreenshot(tinyImage(), dir.string(), "shot.png");
  ASSERT_TRUE(a.ok) << a.message;
  const auto b = rv::app::saveScreenshot(tinyImage(), dir.string(), "shot.png");
  ASSERT_TRUE(b.ok) << b.message;
  EXPECT_NE(a.path, b.path);
  EXPECT_TRUE(fs::exists(a.path));
  EXPECT_TRUE(fs::exists(b.path));
  EXPECT_NE(a.message.find(a.path), std::string::npos);
}

TEST(Screenshot, UnwritableFolderGivesAMessage) {
  const auto r = rv::app::saveScreenshot(tinyImage(), "/proc/no/such/place", "shot.png");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.message.find("/proc/no/such/place"), std::string::npos) << r.message;
  // A file where the folder should be.
  const fs::path file = fs::temp_directory_path() / "rv_screenshot_test_file";
  { std::ofstream(file.string()) << "x"; }
  const auto r2 = rv::app::saveScreenshot(tinyImage(), file.string(), "shot.png");
  EXPECT_FALSE(r2.ok);
  EXPECT_FALSE(r2.message.empty());
}
