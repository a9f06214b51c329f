// libFuzzer target: mission-file text -> sim::parseMission. Whatever the
// bytes, the parser must return a config or a one-line error, never crash,
// hang, throw, or touch memory it does not own (ASan + UBSan are on).
// Run: build-fuzz/tests/fuzz/mission_fuzz tests/fuzz/corpus/mission_fuzz (README: Tests).

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>

#include "sim/mission_config.h"

namespace {

// toml++ 3.3.0 (Debian 12) reaches __builtin_unreachable() in
// is_non_ascii_horizontal_whitespace() for some non-ASCII code points outside
// strings and comments, and for malformed UTF-8 (marzer/tomlplusplus issues
// #190 and #295, fixed upstream by PR #305; Debian's -O2 build returns the
// normal syntax error for them). Inputs that can reach it are skipped, so the
// fuzzer keeps looking for bugs of ours: malformed UTF-8, and code points in
// the three ranges whose lookup falls to that default case.
bool mayHitTomlUnreachable(const std::string& text) {
  for (size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    const size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
    if (n == 0 || i + n > text.size()) return true;
    char32_t c = b & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) {
      const auto cont = static_cast<unsigned char>(text[i + k]);
      if ((cont & 0xC0) != 0x80) return true;
      c = (c << 6) | (cont & 0x3F);
    }
    // The ranges whose child index has no bit in the lookup's mask
    // 0x7FFFFFFFFFFFF75E nor a case of its own (indices 0, 11 and 63).
    if ((c >= 0xA1 && c <= 0x499) || (c >= 0x2C5E && c <= 0x3057) || (c >= 0xFB26 && c <= 0xFEFE))
      return true;
    i += n;
  }
  return false;
}

// Stops the run with the reason, so libFuzzer saves the input as a crash.
void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "mission_fuzz: %s: %s\n", what, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (mayHitTomlUnreachable(text)) return -1;  // -1: not added to the corpus
  const auto result = rv::sim::parseMission(text, "fuzz.toml");
  if (const auto* error = result ? nullptr : &result.error()) {
    if (error->message.empty()) fail("empty error message", "");
    // One line, unless the input itself put a line break into a quoted name.
    if (text.find('\n') == std::string::npos && text.find("\\n") == std::string::npos &&
        error->message.find('\n') != std::string::npos)
      fail("error message spans lines", error->message);
  }
  return 0;
}
