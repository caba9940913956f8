// Lambdas may have init parameters and be called without the slot.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct S { int a; int b; };
S use() {
  auto make = [](init S& self, int v) { self.a = v; self.b = -v; };
  S s = make(3);
  (void)s;
  return make(4);
}
