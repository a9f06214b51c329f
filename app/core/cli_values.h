#pragma once
// Parsing of command-line values shared by the subcommands. Each fails
// (kBadInput) with a one-line reason on bad input (the CLI turns it into exit 2).

#include <string>
#include <string_view>

#include "base/result.h"

namespace rv::app {

struct ImageSize {
  int width = 0;
  int height = 0;
};

// "1280x720". Both sides 16..16384; even sizes are not required here (video
// encoding checks that itself).
Result<ImageSize> parseImageSize(std::string_view text);

// Succeeds when the folder that will hold `outputPath` exists (the current
// folder for a bare file name) and `outputPath` is not itself a folder; else
// fails with a one-line reason.
Result<void> outputFolderExists(const std::string& outputPath);

}  // namespace rv::app
