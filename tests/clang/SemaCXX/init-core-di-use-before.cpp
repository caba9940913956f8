// A member is used before it is constructed.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; int b; };
void f(init S& self) {
  self.a = self.b; // expected-error {{'self.b' is used before it is constructed}}
  self.b = 1;
}
