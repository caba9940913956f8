// A generic lambda with an init parameter reads before constructing.
struct S { int a; int b; };
auto make = [](init S& self, auto v) {
  self.a = self.b + v; // expected-error {{'self.b' is used before it is constructed}}
  self.b = v;
};
void use(S* p) { make(init *p, 1); }
// expected-note@*:* 0+ {{requested here}}
