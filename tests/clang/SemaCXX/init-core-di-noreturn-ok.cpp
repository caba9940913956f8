// A path that ends in a noreturn call or a throw does not exit successfully.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct S { int a; int b; };
[[noreturn]] void die();
void f(init S& self, int k) {
  self.a = k;
  if (k < 0)
    die();
  self.b = 1;
}
