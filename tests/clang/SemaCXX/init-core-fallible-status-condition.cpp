// Testing the call itself: 'if (!f(init self.m))'.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

// expected-no-diagnostics
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> f(init S& self) {
  if (!try_make(init self.a))
    return std::unexpected(1);
  return {};
}
