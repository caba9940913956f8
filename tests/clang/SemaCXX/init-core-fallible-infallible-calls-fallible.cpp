// An infallible init function cannot ignore a sub-init failure either.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S {
  L a; // expected-note {{member 'a' is not constructed}}
};
void f(init S& self) {
  auto r = try_make(init self.a);
} // expected-error {{'self' is not fully constructed at the end of the function}}
