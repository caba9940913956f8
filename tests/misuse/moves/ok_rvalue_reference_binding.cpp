// Binding an rvalue reference does not move.
// expected-no-diagnostics
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; };
int peek(P&& p) { return p.v; }
int use(P& p) { P&& r = std::move(p); auto&& f = std::move(p); return r.v + f.v + peek(std::move(p)) + peek(P{}); }
