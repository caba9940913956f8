// A structured binding of the slot before construction.
struct S { int a; int b; };
void make(init S& self) {
  auto& [a, b] = self; // expected-error {{'self' is used before it is constructed}}
  self.a = 1;
  self.b = 2;
}
