// A member constructed twice; the note points at the first construction.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; int b; };
void f(init S& self) {
  self.a = 1; // expected-note {{'self.a' is constructed here}}
  self.a = 2; // expected-error {{'self.a' is already constructed}}
  self.b = 3;
}
