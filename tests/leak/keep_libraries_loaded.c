/* Preloaded by scripts/leak-check.sh: dlclose() does nothing, so the GL
 * driver Mesa loads with dlopen() stays mapped until exit. Otherwise
 * eglTerminate unloads it before LeakSanitizer scans memory, and blocks that
 * only the driver's globals point to are reported as leaks, with unreadable
 * stacks (observed: 2 x 56 bytes, "rendezvous+0x1f8edd3", past the binary's
 * end). Keeping the driver loaded changes no allocation of ours. */
#include <dlfcn.h>

int dlclose(void* handle) {
  (void)handle;
  return 0;
}
