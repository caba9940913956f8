// Arrays and std::array of pinned objects are built in place.
// expected-no-diagnostics
#include <array>
struct [[pinned]] P { P* self = this; int v = 0; };
int use() { P raw[3]; std::array<P, 3> a{}; return raw[0].v + a[2].v; }
