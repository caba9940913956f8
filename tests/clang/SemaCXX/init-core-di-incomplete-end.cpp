// Falling off the end of the function is a success exit.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S {
  int a; // expected-note {{member 'a' is not constructed}}
  int b; // expected-note {{member 'b' is not constructed}}
};
void f(init S& self) {
} // expected-error {{'self' is not fully constructed at the end of the function}}
