// A lambda's init parameter is analyzed too.
struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
auto make = [](init S& self) {
  self.a = 1;
}; // expected-error {{'self' is not fully constructed at the end of the function}}
