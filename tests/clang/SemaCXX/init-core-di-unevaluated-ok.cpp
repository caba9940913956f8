// Unevaluated operands are not uses.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct S { int a; long b; };
void f(init S& self) {
  self.a = sizeof(self.b);
  self.b = alignof(decltype(self.a));
}
