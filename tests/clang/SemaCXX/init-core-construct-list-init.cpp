// Members are copy-initialized: braced lists work and narrowing is rejected.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct P { int x; int y; };
struct S { P p; int n; };
void f(init S& self) { self.p = {1, 2}; self.n = {3}; }
void g(init S& self, double d) {
  self.p = {1, 2};
  self.n = {d}; // expected-error {{type 'double' cannot be narrowed to 'int' in initializer list}}
                // expected-note@-1 {{insert an explicit cast to silence this issue}}
}
