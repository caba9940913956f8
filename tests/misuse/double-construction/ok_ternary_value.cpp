// Choosing the value, not the construction.
// expected-no-diagnostics
struct S { int a; };
void make(init S& self, bool c) { self.a = c ? 1 : 2; }
