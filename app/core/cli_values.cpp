#include "cli_values.h"

#include <charconv>
#include <filesystem>

namespace rv::app {

Result<ImageSize> parseImageSize(std::string_view text) {
  const auto bad = [&](const std::string& why) -> Result<ImageSize> {
    return fail("'" + std::string(text) + "' is not a valid size (" + why +
                    "); expected WIDTHxHEIGHT, e.g. 1280x720",
                ErrorKind::kBadInput);
  };
  const size_t x = text.find_first_of("xX");
  if (x == std::string_view::npos) return bad("no 'x'");
  ImageSize s;
  const auto parse = [](std::string_view part, int& out) {
    if (part.empty()) return false;
    auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc() && ptr == part.data() + part.size();
  };
  if (!parse(text.substr(0, x), s.width) || !parse(text.substr(x + 1), s.height))
    return bad("not two whole numbers");
  constexpr int kMin = 16, kMax = 16384;
  if (s.width < kMin || s.height < kMin || s.width > kMax || s.height > kMax)
    return bad("each side must be between 16 and 16384 pixels");
  return s;
}

Result<void> outputFolderExists(const std::string& outputPath) {
  const std::filesystem::path out(outputPath);
  const std::filesystem::path dir = out.has_parent_path() ? out.parent_path() : ".";
  std::error_code ec;
  if (std::filesystem::is_directory(out, ec)) {
    return fail("output '" + outputPath + "' is a folder; name a file in it", ErrorKind::kBadInput);
  }
  if (std::filesystem::is_directory(dir, ec)) return {};
  return fail("output folder '" + dir.string() + "' does not exist; create it first",
              ErrorKind::kBadInput);
}

}  // namespace rv::app
