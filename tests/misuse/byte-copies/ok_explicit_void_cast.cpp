// An explicit cast to void* is the documented escape hatch.
// expected-no-diagnostics
#include <cstring>
#include <cstdlib>
struct [[pinned]] P { P* self = this; int v = 0; };
void use(P* p, const P* q) {
  std::memcpy(static_cast<void*>(p), static_cast<const void*>(q), sizeof(P));
  std::memmove((void*)p, (const void*)q, sizeof(P));
  void* r = std::realloc(static_cast<void*>(p), sizeof(P));
  (void)r;
}
