// 'return std::unexpected(...)' is a failure: nothing needs to be constructed.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

// expected-no-diagnostics
struct S { int a; int b; };
std::expected<void, int> f(init S& self, int k) {
  if (k < 0)
    return std::unexpected(k);
  self.a = k;
  if (k > 100)
    return std::unexpected(100);
  self.b = k;
  return {};
}
