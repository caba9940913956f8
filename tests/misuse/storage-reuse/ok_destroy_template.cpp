// A generic "reset" that destroys first.
// expected-no-diagnostics
#include <memory>
struct [[pinned]] P { P* self = this; int v = 0; };
template <class T> void reset(T& t) { std::destroy_at(std::addressof(t)); std::construct_at(std::addressof(t)); }
void use(P& p) { reset(p); }
