#include "cli_values.h"

#include <gtest/gtest.h>

using rv::app::parseImageSize;

TEST(CliValues, ParsesSizes) {
  auto s = parseImageSize("1280x720");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->width, 1280);
  EXPECT_EQ(s->height, 720);
  EXPECT_TRUE(parseImageSize("3840X2160"));
}

TEST(CliValues, RejectsBadSizes) {
  for (const char* bad : {"", "1280", "1280x", "x720", "12a0x720", "1280x720x3", "-5x720", "8x8",
                          "20000x100", "1280 x 720"}) {
    const auto size = parseImageSize(bad);
    ASSERT_FALSE(size) << bad;
    EXPECT_EQ(size.error().kind, rv::ErrorKind::kBadInput);
    EXPECT_NE(size.error().message.find("expected WIDTHxHEIGHT"), std::string::npos) << bad;
  }
}

TEST(CliValues, OutputThatIsAFolderIsRefused) {
  const auto folder = rv::app::outputFolderExists("/tmp");
  ASSERT_FALSE(folder);
  EXPECT_EQ(folder.error().message, "output '/tmp' is a folder; name a file in it");
  const auto missing = rv::app::outputFolderExists("/nonexistent/dir/x.png");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("does not exist"), std::string::npos);
  EXPECT_TRUE(rv::app::outputFolderExists("/tmp/rendezvous-not-there.png"));
}
