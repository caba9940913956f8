// Capturing the slot in a lambda before it is complete is a use.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; int b; };
void f(init S& self) {
  auto get = [&] { return self.a; }; // expected-error {{'self' is used before it is constructed}}
  self.a = 1;
  self.b = get();
}
