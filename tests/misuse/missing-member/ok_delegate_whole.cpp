// Delegating the whole slot to another init function.
// expected-no-diagnostics
struct S { int a; int b; };
void base(init S& self) { self.a = 0; self.b = 0; }
void make(init S& self) { base(init self); }
S use() { return make(); }
