// Delegating the whole slot to another init function twice.
struct S { int a; int b; };
void base(init S& self) { self.a = 0; self.b = 0; }
void make(init S& self) {
  base(init self);
  base(init self); // expected-error {{'self' is already constructed}}
}
