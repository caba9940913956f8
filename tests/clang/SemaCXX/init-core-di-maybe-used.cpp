// A member constructed on one path only, then used.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S {
  int a; // expected-note {{member 'a' is not constructed}}
  int b;
};
void f(init S& self, bool c) {
  if (c)
    self.a = 1;
  self.b = self.a; // expected-error {{'self.a' is constructed on some paths but not others}}
} // expected-error {{'self' is not fully constructed at the end of the function}}
