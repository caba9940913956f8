// The slot constructed once as a whole, in place.
// expected-no-diagnostics
struct [[pinned]] L { L* n; };
struct S { L a; L b; };
void make_l(init L& self) { self.n = &self; }
void make(init S& self) { self = S{make_l(), make_l()}; }
