// Field-wise construction of a class with bases is not supported; the class is constructed as a whole.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct base { int x; };
struct derived : base { int y; };
void build(init derived& self) {
  self.y = 1; // expected-error {{field-wise construction of a class with base classes is not supported by this implementation of init parameters}}
}
void whole(init derived& self) { self = derived{{1}, 2}; }
