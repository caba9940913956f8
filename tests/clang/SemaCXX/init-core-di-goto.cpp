// Jumps: a goto back over a construction constructs twice on the second round.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
void f(init S& self, int n) {
again:
  self.a = n; // expected-error {{'self.a' is constructed on some paths but not others}}
  if (--n > 0)
    goto again;
}
