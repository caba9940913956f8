// An explicit slot is an init parameter, its member, or *p; the call then has the function's return type.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

// expected-no-diagnostics
struct S { int a; int b; };
struct Outer { S inner; int c; };
void make(init S& self) { self.a = 1; self.b = 2; }
std::expected<void, int> try_make(init S& self);
void outer(init Outer& self) { make(init self.inner); self.c = 3; }
void whole(init S& self) { make(init self); }
void raw(S* p, S* q) {
  make(init *p);
  static_assert(__is_same(decltype(make(init *p)), void));
  static_assert(__is_same(decltype(try_make(init *q)), std::expected<void, int>));
  auto r = try_make(init *q);
  (void)r;
}
