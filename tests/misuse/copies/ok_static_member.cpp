// A static pinned member is not part of the object: the class stays copyable.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
struct Registry { static P shared; int count = 0; };
static_assert(!__is_pinned(Registry));
int use(Registry& r) { Registry s = r; return s.count + Registry::shared.v; }
