// Optionals and pairs of pointers to pinned objects copy freely.
// expected-no-diagnostics
#include <optional>
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; };
int use(P& p) { std::optional<P*> a{&p}; auto b = a; std::pair<int, P*> c{1, &p}; auto d = c; return (*b)->v + d.second->v; }
