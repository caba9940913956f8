// Constructing a member through an init call after it was constructed.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct L { L* n; };
void make(init L& self) { self.n = &self; }
struct S { L l; };
void f(init S& self) {
  make(init self.l); // expected-note {{'self.l' is constructed here}}
  self.l = make(); // expected-error {{'self.l' is already constructed}}
}
