// Early success returns with everything constructed.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct S { int a; int b; };
void f(init S& self, int k) {
  self.a = k;
  if (k == 0) {
    self.b = 0;
    return;
  }
  self.b = 1;
}
