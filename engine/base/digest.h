#pragma once
// A 64-bit digest of bytes (FNV-1a), to tell inputs apart when caching what
// was computed from them (sim timeline cache). Not cryptographic: it guards
// against stale data, not against an attacker who can write the cache.

#include <cstdint>
#include <string_view>

namespace rv {

inline constexpr std::uint64_t kDigestSeed = 0xcbf29ce484222325ull;

constexpr std::uint64_t digest64(std::string_view bytes, std::uint64_t seed = kDigestSeed) {
  std::uint64_t h = seed;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

}  // namespace rv
