// Conditions with && and || split paths like any branch.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S {
  int a; // expected-note {{member 'a' is not constructed}}
  int b;
};
bool ok();
void f(init S& self, bool c) {
  if (c && ok())
    self.a = 1;
  self.b = 2;
} // expected-error {{'self' is not fully constructed at the end of the function}}
