// A member constructed on one path only, then constructed again.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; int b; };
void f(init S& self, bool c) {
  if (c)
    self.a = 1;
  self.a = 2; // expected-error {{'self.a' is constructed on some paths but not others}}
  self.b = 3;
}
