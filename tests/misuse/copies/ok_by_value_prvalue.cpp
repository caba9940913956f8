// Passing a prvalue to a by-value parameter initializes the parameter in
// place (no copy, no move).
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
int take(P p) { return p.v; }
P make() { return P{}; }
int use() { return take(P{}) + take(make()); }
