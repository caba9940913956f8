// A construction before a loop, uses inside it.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct S { int a; int b; };
void f(init S& self, int n) {
  self.a = 0;
  int sum = 0;
  while (n-- > 0) {
    sum += self.a;
    if (sum > 10)
      break;
  }
  self.b = sum;
}
