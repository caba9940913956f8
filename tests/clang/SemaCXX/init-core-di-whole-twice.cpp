// The slot as a whole constructed twice.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; int b; };
void f(init S& self) {
  self = S{1, 2};
  self = S{3, 4}; // expected-error {{'self' is already constructed}}
}
