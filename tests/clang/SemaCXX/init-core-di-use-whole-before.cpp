// The slot as a whole is used before it is complete.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; int b; };
int read(const S& s);
void f(init S& self) {
  self.a = 1;
  int k = read(self); // expected-error {{'self' is used before it is constructed}}
  self.b = k;
}
