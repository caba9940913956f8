// CTAD with a prvalue: the member is initialized in place.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
template <class T> struct Box { T value; };
int use() { Box b{P{}}; return b.value.v; }
