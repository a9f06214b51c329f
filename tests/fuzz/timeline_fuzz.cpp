// libFuzzer target: bytes -> sim::decodeTimeline, what the timeline cache
// reads back from disk (app/core/timeline_cache.h). Whatever a damaged or
// foreign cache file holds, decoding must give a timeline or an error, never
// crash, read past the bytes, or allocate without bound (ASan + UBSan are on;
// a bool or enum byte out of range is refused, not loaded).
// Run: build-fuzz/tests/fuzz/timeline_fuzz tests/fuzz/corpus/timeline_fuzz (README: Tests).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sim/timeline_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto decoded =
      rv::sim::decodeTimeline(std::string_view(reinterpret_cast<const char*>(data), size));
  if (decoded) {
    // What decodes must encode back to the same bytes.
    const std::string again = rv::sim::encodeTimeline(*decoded);
    if (again != std::string_view(reinterpret_cast<const char*>(data), size)) __builtin_trap();
  }
  return 0;
}
