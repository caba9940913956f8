// A construction is an expression statement of its own.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; int b; };
void f(init S& self) {
  int k = (self.a = 1, 2); // expected-error {{the construction of 'self.a' must be an expression statement of its own}}
  self.b = k;
}
