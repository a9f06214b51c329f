#include "huge_page_heap.h"

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <unistd.h>
#endif

namespace rv::app {
namespace {

// The exact value this program sets: seeing it on start means "restarted".
constexpr const char* kOurTunables = "glibc.malloc.hugetlb=1";

bool sanitizerBuild() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
  return true;
#else
  return false;
#endif
#else
  return false;
#endif
}

}  // namespace

std::optional<std::string> hugePageTunables(const char* tunables, const char* optOut,
                                            const char* preload) {
  if (optOut != nullptr && *optOut != '\0' && std::strcmp(optOut, "0") != 0) return std::nullopt;
  if (preload != nullptr && *preload != '\0') return std::nullopt;
  if (tunables != nullptr && *tunables != '\0') return std::nullopt;
  return std::string(kOurTunables);
}

void restartWithHugePageHeap(char** argv) {
#if defined(__GLIBC__)
  if (sanitizerBuild()) return;
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  if (tunables != nullptr && std::strcmp(tunables, kOurTunables) == 0) {
    unsetenv("GLIBC_TUNABLES");  // restarted: the heap is set up already
    return;
  }
  const auto wanted = hugePageTunables(tunables, std::getenv("RENDEZVOUS_NO_HUGE_PAGES"),
                                       std::getenv("LD_PRELOAD"));
  if (!wanted) return;
  if (setenv("GLIBC_TUNABLES", wanted->c_str(), 1) != 0) return;
  execv("/proc/self/exe", argv);
  unsetenv("GLIBC_TUNABLES");  // no /proc, or the binary went: carry on
#else
  (void)argv;
#endif
}

}  // namespace rv::app
