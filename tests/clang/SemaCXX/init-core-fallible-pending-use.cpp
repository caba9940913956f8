// A member whose construction status was not tested is not known to be constructed.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; int b; };
std::expected<void, int> f(init S& self) {
  auto r = try_make(init self.a);
  self.b = self.a.n != nullptr; // expected-error {{'self.a' is used before it is constructed}}
  if (!r)
    return r;
  return {};
}
