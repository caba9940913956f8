// Returning a status that was not tested as failed cannot be classified.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> f(init S& self) {
  auto r = try_make(init self.a);
  return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
}
std::expected<void, int> g(init S& self, std::expected<void, int> status) {
  self.a = L{nullptr};
  return status; // expected-error {{cannot determine whether this return statement reports success or failure}}
}
