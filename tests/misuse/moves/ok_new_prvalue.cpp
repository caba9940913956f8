// new with a prvalue initializer constructs on the heap in place.
// expected-no-diagnostics
#include <memory>
struct [[pinned]] P { P* self = this; int v = 0; };
P make() { return P{}; }
int use() { P* a = new P(make()); P* b = new P{}; auto c = std::unique_ptr<P>(new P(make())); int r = a->v + b->v + c->v; delete a; delete b; return r; }
