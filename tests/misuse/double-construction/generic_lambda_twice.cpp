// A generic lambda's init parameter constructed twice, per instantiation.
struct S { int a; };
auto make = [](init S& self, auto v) {
  self.a = v; // expected-note {{'self.a' is constructed here}}
  self.a = v; // expected-error {{'self.a' is already constructed}}
};
void use(S* p) { make(init *p, 1); }
// expected-note@*:* 0+ {{requested here}}
