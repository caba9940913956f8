// Once every member is constructed, self is an ordinary object.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct S { int a; int b; int sum() const { return a + b; } };
int read(const S& s);
void f(init S& self) {
  self.a = 1;
  self.b = self.a + 1;
  int k = read(self) + self.sum();
  self.a += k;
}
