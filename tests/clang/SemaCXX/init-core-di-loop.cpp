// A construction inside a loop body runs more than once.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S {
  int a; // expected-note {{member 'a' is not constructed}}
};
void f(init S& self, int n) {
  for (int i = 0; i < n; ++i)
    self.a = i; // expected-error {{'self.a' is constructed on some paths but not others}}
} // expected-error {{'self' is not fully constructed at the end of the function}}
