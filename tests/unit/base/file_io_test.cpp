// The careful reader and writer: special files, endless input, size limits,
// full devices and failed writes (a careful Unix tool's cases).
#include "base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

namespace rv::io {
namespace {

namespace fs = std::filesystem;

class FileIoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            ("rv_file_io_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  std::string path(const std::string& name) const { return (m_dir / name).string(); }
  static std::string slurp(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  static void put(const std::string& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
  }
  fs::path m_dir;
};

TEST_F(FileIoTest, ReadsARegularFile) {
  put(path("a.toml"), "name = \"x\"\n");
  auto text = readFile(path("a.toml"), "mission file", kTextFileLimit);
  ASSERT_TRUE(text.ok()) << text.error().message;
  EXPECT_EQ(*text, "name = \"x\"\n");
}

TEST_F(FileIoTest, ReadsAnEmptyFile) {
  put(path("empty"), "");
  auto text = readFile(path("empty"), "mission file", kTextFileLimit);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, "");
}

TEST_F(FileIoTest, MissingFileSaysSo) {
  auto text = readFile(path("none.toml"), "mission file", kTextFileLimit);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().message, path("none.toml") + ": cannot open the mission file");
  EXPECT_EQ(text.error().sysErrno, ENOENT);
  EXPECT_EQ(text.error().kind, ErrorKind::kBadInput);
}

TEST_F(FileIoTest, RefusesADirectory) {
  auto text = readFile(m_dir.string(), "mission file", kTextFileLimit);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().message, m_dir.string() + " is a directory, not a mission file");
}

TEST_F(FileIoTest, RefusesAFifoWithoutAWriterPromptly) {
  ASSERT_EQ(::mkfifo(path("fifo").c_str(), 0600), 0);
  const auto start = std::chrono::steady_clock::now();
  auto text = readFile(path("fifo"), "settings file", kTextFileLimit);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().message, path("fifo") + " is a named pipe (FIFO), not a settings file");
}

TEST_F(FileIoTest, RefusesDevZeroAndUrandom) {
  for (const char* dev : {"/dev/zero", "/dev/urandom", "/dev/null"}) {
    auto text = readFile(dev, "mission file", kTextFileLimit);
    ASSERT_FALSE(text.ok()) << dev;
    EXPECT_EQ(text.error().message, std::string(dev) + " is a device, not a mission file");
  }
}

TEST_F(FileIoTest, RefusesAFileOverTheLimit) {
  put(path("big"), std::string(1001, 'x'));
  auto text = readFile(path("big"), "TLE file", 1000);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().message,
            path("big") + " is larger than a TLE file can be (1000 bytes at most)");
  put(path("edge"), std::string(1000, 'x'));
  EXPECT_TRUE(readFile(path("edge"), "TLE file", 1000).ok());
}

TEST_F(FileIoTest, RefusesAFileThatLiesAboutItsSize) {
  // /proc files report size 0 and have more: read up to the limit, then stop.
  auto text = readFile("/proc/self/maps", "file", 10);
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.error().message.find("larger than"), std::string::npos);
  EXPECT_TRUE(readFile("/proc/self/maps", "file", kTextFileLimit).ok());
}

TEST_F(FileIoTest, WritesAtomically) {
  put(path("out.csv"), "old");
  ASSERT_TRUE(writeFile(path("out.csv"), "new content").ok());
  EXPECT_EQ(slurp(path("out.csv")), "new content");
  EXPECT_FALSE(fs::exists(path("out.csv.part")));
}

TEST_F(FileIoTest, AbandonedWriteLeavesTheOldFileAndNoTemporary) {
  put(path("out.csv"), "old");
  {
    auto w = FileWriter::open(path("out.csv"));
    ASSERT_TRUE(w.ok());
    w->stream() << "half of the new";
    w->stream().flush();
    EXPECT_EQ(slurp(path("out.csv")), "old");
  }
  EXPECT_EQ(slurp(path("out.csv")), "old");
  EXPECT_FALSE(fs::exists(path("out.csv.part")));
}

TEST_F(FileIoTest, FailedRenameLeavesTheOldFileAndNoTemporary) {
  // The target turns into a non-empty directory while being written: the
  // rename fails, the temporary file goes, the directory stays.
  auto w = FileWriter::open(path("target"));
  ASSERT_TRUE(w.ok());
  w->stream() << "data";
  fs::create_directories(path("target/inside"));
  auto done = w->commit();
  ASSERT_FALSE(done.ok());
  EXPECT_EQ(done.error().message.rfind("cannot write " + path("target") + ": ", 0), 0u);
  EXPECT_TRUE(fs::is_directory(path("target/inside")));
  EXPECT_FALSE(fs::exists(path("target.part")));
}

TEST_F(FileIoTest, WritingToADirectoryFails) {
  auto done = writeFile(m_dir.string(), "x");
  ASSERT_FALSE(done.ok());
  EXPECT_EQ(done.error().message, "cannot write " + m_dir.string() + ": Is a directory");
}

TEST_F(FileIoTest, MissingFolderFails) {
  auto done = writeFile(path("no/such/x.csv"), "x");
  ASSERT_FALSE(done.ok());
  EXPECT_EQ(done.error().message,
            "cannot write " + path("no/such/x.csv") + ": No such file or directory");
}

TEST_F(FileIoTest, DevFullIsNoSpaceNeverWrote) {
  if (::access("/dev/full", W_OK) != 0) GTEST_SKIP() << "no /dev/full";
  auto done = writeFile("/dev/full", "anything");
  ASSERT_FALSE(done.ok());
  EXPECT_EQ(done.error().message, "cannot write /dev/full: No space left on device");
  EXPECT_EQ(done.error().sysErrno, ENOSPC);
  EXPECT_EQ(done.error().kind, ErrorKind::kIo);
}

TEST_F(FileIoTest, DevNullIsWrittenStraight) {
  ASSERT_TRUE(writeFile("/dev/null", "anything").ok());
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  EXPECT_FALSE(fs::exists("/dev/null.part"));
}

TEST_F(FileIoTest, FifoWithoutAReaderFailsPromptly) {
  ASSERT_EQ(::mkfifo(path("fifo").c_str(), 0600), 0);
  auto done = writeFile(path("fifo"), "x");
  ASSERT_FALSE(done.ok());
  EXPECT_EQ(done.error().sysErrno, ENXIO);
}

// A pipe takes at most its capacity per write: a payload several times that
// size arrives whole through the short-write loop.
TEST_F(FileIoTest, ShortWritesThroughAPipeArriveWhole) {
  ASSERT_EQ(::mkfifo(path("fifo").c_str(), 0600), 0);
  std::string payload(1 << 20, '\0');
  for (size_t i = 0; i < payload.size(); ++i) payload[i] = static_cast<char>('a' + i % 26);
  std::string received;
  std::thread reader([&] {
    std::ifstream in(path("fifo"), std::ios::binary);  // blocks until the writer opens
    std::stringstream s;
    s << in.rdbuf();
    received = s.str();
  });
  // The writer's non-blocking open fails until the reader is there.
  Result<FileWriter> w = Error{};
  for (int i = 0; i < 500; ++i) {
    w = FileWriter::open(path("fifo"));
    if (w.ok()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(w.ok()) << w.error().message;
  ASSERT_TRUE(w->write(payload).ok());
  ASSERT_TRUE(w->commit().ok());
  reader.join();
  EXPECT_EQ(received.size(), payload.size());
  EXPECT_TRUE(received == payload);
}

TEST_F(FileIoTest, DupsStdoutRatherThanReplacingIt) {
  // Point fd 1 at a file: "/dev/stdout" must write there, at its offset.
  const int saved = ::dup(1);
  const int fd = ::open(path("stdout.txt").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::write(fd, "head ", 5), 5);
  ::dup2(fd, 1);
  ::close(fd);
  auto done = writeFile("/dev/stdout", "body");
  ::dup2(saved, 1);
  ::close(saved);
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(slurp(path("stdout.txt")), "head body");
}

}  // namespace
}  // namespace rv::io
