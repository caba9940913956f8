// A lambda's init parameter constructed twice.
struct S { int a; };
auto make = [](init S& self) {
  self.a = 1; // expected-note {{'self.a' is constructed here}}
  self.a = 2; // expected-error {{'self.a' is already constructed}}
};
