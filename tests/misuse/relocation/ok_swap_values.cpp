// Swapping the values inside pinned objects, not the objects.
// expected-no-diagnostics
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; };
void use(P& a, P& b) { std::swap(a.v, b.v); }
