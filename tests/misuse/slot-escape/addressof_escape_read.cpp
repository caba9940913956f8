// The address taken with __builtin_addressof and read through.
struct S { int a; int b; };
void make(init S& self) {
  S* p = __builtin_addressof(self);
  self.b = p->a; // expected-error {{'self.a' is used before it is constructed}}
  self.a = 1;
}
