// Where the mission data is found: the environment first, then the folder an
// installed program has beside it (<prefix>/share/rendezvous), then the
// source tree of a build that was not installed.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "data_paths.h"

using rv::app::chooseAssetDir;

namespace {

auto folders(std::set<std::string> existing) {
  return [existing](const std::string& p) { return existing.count(p) > 0; };
}

TEST(DataPaths, TheEnvironmentWins) {
  EXPECT_EQ(chooseAssetDir("/data/mine", "/usr/bin/rendezvous",
                           folders({"/usr/share/rendezvous/missions"}), "/src/assets"),
            "/data/mine");
}

TEST(DataPaths, AnInstalledProgramUsesItsPrefix) {
  EXPECT_EQ(chooseAssetDir(nullptr, "/usr/bin/rendezvous",
                           folders({"/usr/share/rendezvous/missions"}), "/src/assets"),
            "/usr/share/rendezvous");
  EXPECT_EQ(
      chooseAssetDir("", "/tmp/stage/usr/local/bin/rendezvous",
                     folders({"/tmp/stage/usr/local/share/rendezvous/missions"}), "/src/assets"),
      "/tmp/stage/usr/local/share/rendezvous");
}

TEST(DataPaths, ABuildTreeProgramUsesTheSourceTree) {
  EXPECT_EQ(chooseAssetDir(nullptr, "/src/build/app/rendezvous", folders({}), "/src/assets"),
            "/src/assets");
  EXPECT_EQ(chooseAssetDir(nullptr, "", folders({}), "/src/assets"), "/src/assets");  // no /proc
}

TEST(DataPaths, TheRunningProgramKnowsItsPath) {
  EXPECT_FALSE(rv::app::executablePath().empty());
}

}  // namespace
