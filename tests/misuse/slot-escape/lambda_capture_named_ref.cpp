// Capturing the slot by name.
struct S { int a; int b; };
void make(init S& self) {
  auto peek = [&self] { return self.a; }; // expected-error {{'self' is used before it is constructed}}
  self.a = 1;
  self.b = peek();
}
