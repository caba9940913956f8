// A lambda's own init parameter is analyzed.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
auto l = [](init S& self) {
  self.a = 1;
}; // expected-error {{'self' is not fully constructed at the end of the function}}
