// The address of the slot escapes into a local pointer and is read through
// it before the member is constructed.
struct S { int a; int b; };
void make(init S& self) {
  S* p = &self;
  self.a = p->b; // expected-error {{'self.b' is used before it is constructed}}
  self.b = 0;
}
