// A lambda that captures the slot by reference can read it later.
struct S { int a; int b; };
void make(init S& self) {
  auto peek = [&] { return self.b; }; // expected-error {{'self' is used before it is constructed}}
  self.a = 1;
  self.b = peek();
}
