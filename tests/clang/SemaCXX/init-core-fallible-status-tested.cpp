// A sub-init status tested as failed is a failure return; after the test the member is constructed.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

// expected-no-diagnostics
struct L { L* n; };
std::expected<void, int> try_make(init L& self, bool ok);
struct S { L a; L b; int c; };
std::expected<void, int> f(init S& self, bool ok) {
  if (auto r = try_make(init self.a, ok); !r)
    return r;
  auto r2 = try_make(init self.b, ok);
  if (!r2.has_value())
    return r2;
  self.c = self.a.n == self.b.n;
  return {};
}
