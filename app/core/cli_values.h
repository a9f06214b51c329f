#pragma once
// Parsing of command-line values shared by the subcommands. Each returns
// nullopt and a one-line reason on bad input (the CLI turns it into exit 2).

#include <optional>
#include <string>
#include <string_view>

namespace rv::app {

struct ImageSize {
  int width = 0;
  int height = 0;
};

// "1280x720". Both sides 16..16384; even sizes are not required here (video
// encoding checks that itself).
std::optional<ImageSize> parseImageSize(std::string_view text, std::string* error);

// True when the folder that will hold `outputPath` exists (the current
// folder for a bare file name) and `outputPath` is not itself a folder; else
// false and a one-line reason.
bool outputFolderExists(const std::string& outputPath, std::string* error);

}  // namespace rv::app
