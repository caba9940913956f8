// Members and bases are initialized in place from prvalues and arguments.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; P() = default; explicit P(int x) : v(x) {} };
struct Holder {
  P p;
  P q{3};
  Holder(int x) : p(x) {}
};
struct Derived : P { Derived() : P(4) {} };
int use() { Holder h(1); Derived d; return h.p.v + h.q.v + d.v; }
