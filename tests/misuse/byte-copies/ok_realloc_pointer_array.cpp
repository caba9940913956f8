// Growing an array of pointers to pinned objects moves the pointers only.
// expected-no-diagnostics
#include <cstdlib>
struct [[pinned]] P { P* self = this; int v = 0; };
P** grow(P** items, std::size_t n) { return static_cast<P**>(std::realloc(items, n * sizeof(P*))); }
