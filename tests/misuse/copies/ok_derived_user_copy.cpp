// A derived class's user-provided copy constructor default-constructs its
// pinned base: a separate object, no copy of the base.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
struct Derived : P { int extra = 0; Derived() = default; Derived(const Derived& o) : P(), extra(o.extra) {} };
int use(Derived& d) { Derived e = d; return e.extra; }
