// A conditional between two prvalues is a prvalue: the object is built in
// place.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
P make(int v) { P p{nullptr, v}; (void)p; return P{}; }
int use(bool c) { P p = c ? P{} : make(1); return p.v; }
