// Settings files that cannot be used (a folder where the file should be, a
// file that cannot be read): a one-line warning, the defaults, nothing left
// behind when saving fails, never a crash. The corrupt-file case is in
// settings_test.cpp.
#include "settings.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using rv::app::Settings;

namespace {

fs::path tempDir(const char* name) {
  const fs::path d = fs::temp_directory_path() / ("rv_settings_bad_input_" + std::string(name));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

TEST(SettingsBadInput, FolderInPlaceOfTheFileWarnsAndUsesDefaults) {
  const fs::path path = tempDir("folder") / "settings.conf";
  fs::create_directories(path);
  const auto loaded = rv::app::loadSettings(path.string());
  EXPECT_EQ(loaded.warning, "the settings file " + path.string() +
                                " is a folder; using defaults (remove it to save settings)");
  EXPECT_EQ(loaded.settings, Settings{});
  EXPECT_TRUE(fs::is_directory(path));  // not moved or removed: it may hold someone's files
}

TEST(SettingsBadInput, SavingOverAFolderFailsAndLeavesNoTemporaryFile) {
  const fs::path dir = tempDir("save_folder");
  const fs::path path = dir / "settings.conf";
  fs::create_directories(path);
  const auto saved = rv::app::saveSettings(path.string(), Settings{});
  ASSERT_FALSE(saved.ok());
  EXPECT_EQ(saved.error().message, "cannot write " + path.string() + ": Is a directory");
  EXPECT_FALSE(fs::exists(dir / "settings.conf.part"));
}

TEST(SettingsBadInput, UnreadableFileWarnsAndUsesDefaults) {
  if (geteuid() == 0) GTEST_SKIP() << "running as root: file permissions do not stop reading";
  const fs::path path = tempDir("unreadable") / "settings.conf";
  {
    std::ofstream out(path);
    out << "ui_scale = 2\n";
  }
  fs::permissions(path, fs::perms::none);
  const auto loaded = rv::app::loadSettings(path.string());
  fs::permissions(path, fs::perms::owner_all);
  EXPECT_EQ(loaded.warning, "cannot read the settings file " + path.string() + "; using defaults");
  EXPECT_EQ(loaded.settings, Settings{});
}

// A FIFO (no writer) or a device where the file should be: refused at once
// with a warning naming it, never a hang or an endless read.
TEST(SettingsBadInput, FifoOrDeviceInPlaceOfTheFileWarnsPromptly) {
  const fs::path path = tempDir("fifo") / "settings.conf";
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  const auto loaded = rv::app::loadSettings(path.string());
  EXPECT_EQ(loaded.warning,
            path.string() + " is a named pipe (FIFO), not a settings file; using defaults");
  EXPECT_EQ(loaded.settings, Settings{});
  const auto zero = rv::app::loadSettings("/dev/zero");
  EXPECT_EQ(zero.warning, "/dev/zero is a device, not a settings file; using defaults");
}

}  // namespace
