// 'self = prvalue' and 'self.m = prvalue' construct pinned objects in place; copies are still rejected.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct [[pinned]] L { L* n; };
void make(init L& self) { self.n = &self; }
struct Two { L a; L b; };
void two(init Two& self) { self.a = make(); make(init self.b); }
void whole(init Two& self) { self = Two{make(), make()}; }
void copy(init L& self, L& other) {
  self = other; // expected-error {{cannot copy object of pinned type 'L'}}
                // expected-note@-7 {{'L' is declared 'pinned' here}}
}
