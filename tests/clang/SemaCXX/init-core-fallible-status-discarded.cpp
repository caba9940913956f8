// The result of a fallible init call on a tracked slot must not be discarded.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> f(init S& self) {
  try_make(init self.a); // expected-error {{the result of a fallible init call must not be discarded}}
  return {};
}
std::expected<void, int> g(init S& self) {
  (void)try_make(init self.a); // expected-error {{the result of a fallible init call must not be discarded}}
  return {};
}
