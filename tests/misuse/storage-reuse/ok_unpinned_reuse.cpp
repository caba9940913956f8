// Reusing the storage of objects that are not pinned is ordinary C++.
// expected-no-diagnostics
#include <memory>
#include <new>
struct Plain { int x; };
void use(Plain& q) { new (&q) Plain{1}; std::construct_at(&q); }
