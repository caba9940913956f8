// Filling and comparing bytes do not relocate.
// expected-no-diagnostics
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; };
int use(P* p, P* q) {
  std::memset(p, 0, sizeof(P));
  return std::memcmp(p, q, sizeof(P));
}
