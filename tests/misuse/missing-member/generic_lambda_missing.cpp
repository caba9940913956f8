// A generic lambda, analyzed per instantiation.
struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
auto make = [](init S& self, auto v) {
  self.a = v;
}; // expected-error {{'self' is not fully constructed at the end of the function}}
S use() { return make(1); }
// expected-note@*:* 0+ {{requested here}}
