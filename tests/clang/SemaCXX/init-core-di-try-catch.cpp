// A handler that swallows an exception and falls off the end must still have everything constructed.
// RUN: %clang_cc1 -std=c++23 -fcxx-exceptions -fexceptions -fsyntax-only -verify %s

struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
void may_throw();
void f(init S& self) {
  self.a = 1;
  try {
    may_throw();
    self.b = 2;
  } catch (...) {
  }
} // expected-error {{'self' is not fully constructed at the end of the function}}
