// Assigning to a member of an unconstructed member is a use, not a construction.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct P { int x; int y; };
struct S { P p; };
void f(init S& self) {
  self.p.x = 1; // expected-error {{'self.p' is used before it is constructed}}
  self.p = P{1, 2};
}
