#include "cli_values.h"

#include <gtest/gtest.h>

using rv::app::parseImageSize;

TEST(CliValues, ParsesSizes) {
  std::string err;
  auto s = parseImageSize("1280x720", &err);
  ASSERT_TRUE(s) << err;
  EXPECT_EQ(s->width, 1280);
  EXPECT_EQ(s->height, 720);
  EXPECT_TRUE(parseImageSize("3840X2160", &err));
}

TEST(CliValues, RejectsBadSizes) {
  std::string err;
  for (const char* bad : {"", "1280", "1280x", "x720", "12a0x720", "1280x720x3", "-5x720", "8x8",
                          "20000x100", "1280 x 720"}) {
    EXPECT_FALSE(parseImageSize(bad, &err)) << bad;
    EXPECT_NE(err.find("expected WIDTHxHEIGHT"), std::string::npos) << bad;
  }
}

TEST(CliValues, OutputThatIsAFolderIsRefused) {
  std::string err;
  EXPECT_FALSE(rv::app::outputFolderExists("/tmp", &err));
  EXPECT_EQ(err, "output '/tmp' is a folder; name a file in it");
  EXPECT_FALSE(rv::app::outputFolderExists("/nonexistent/dir/x.png", &err));
  EXPECT_NE(err.find("does not exist"), std::string::npos) << err;
  EXPECT_TRUE(rv::app::outputFolderExists("/tmp/rendezvous-not-there.png", &err)) << err;
}
