// Leaving by an exception is a failure exit: nothing needs to be constructed.
// RUN: %clang_cc1 -std=c++23 -fcxx-exceptions -fexceptions -fsyntax-only -verify %s

// expected-no-diagnostics
struct S { int a; int b; };
struct error {};
void f(init S& self, bool bad) {
  self.a = 1;
  if (bad)
    throw error{};
  self.b = 2;
}
