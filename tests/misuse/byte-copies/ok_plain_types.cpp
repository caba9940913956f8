// Byte copies of classes that are not pinned are untouched, including ones
// that point at pinned objects.
// expected-no-diagnostics
#include <cstring>
#include <cstdlib>
#include <bit>
struct [[pinned]] P { P* self = this; int v = 0; };
struct Plain { int a; P* link; };
template <class T> void relocate(T* to, const T* from) { std::memcpy(to, from, sizeof(T)); }
long use(Plain* a, Plain* b, long l) {
  relocate(a, b);
  std::memmove(a, b, sizeof(Plain));
  Plain* c = static_cast<Plain*>(std::realloc(a, sizeof(Plain)));
  (void)c;
  return std::bit_cast<long>(static_cast<double>(l));
}
