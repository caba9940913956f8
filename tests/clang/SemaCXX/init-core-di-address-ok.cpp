// Taking the address of the slot or a member is not a use.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct [[pinned]] L { L* next; L* prev; };
struct N { L link; int* where; int v; };
void f(init N& self) {
  self.link = L{&self.link, &self.link};
  self.where = &self.v;
  self.v = 0;
}
