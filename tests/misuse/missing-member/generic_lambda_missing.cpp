// A generic lambda, analyzed per instantiation.
struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
auto make = [](init S& self, auto v) {
  self.a = v;
}; // expected-error {{'self' is not fully constructed at the end of the function}}
void use(S* p) { make(init *p, 1); }
// expected-note@*:* 0+ {{requested here}}
