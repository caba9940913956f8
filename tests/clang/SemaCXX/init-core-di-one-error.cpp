// One premature use is reported once, and the later construction is not reported as a second mistake.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; int b; };
void f(init S& self) {
  int x = self.a; // expected-error {{'self.a' is used before it is constructed}}
  int y = self.a;
  self.a = x + y;
  self.b = 0;
}
