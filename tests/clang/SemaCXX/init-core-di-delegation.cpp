// 'return other(init self, ...);' hands the whole slot to another init
// function and reports its outcome: success exactly when it constructed the
// slot, failure (with nothing constructed) otherwise.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct S { int a; int b; };
std::expected<void, int> make(init S& self, int k);
void make_infallible(init S& self, int k);

std::expected<void, int> delegate(init S& self, int k) {
  if (k < 0)
    return std::unexpected(k);
  return make(init self, k + 1);
}

void delegate_infallible(init S& self) { return make_infallible(init self, 1); }

std::expected<void, int> delegate_after_part(init S& self, int k) {
  self.a = k; // expected-note {{'self.a' is constructed here}}
  return make(init self, k); // expected-error {{'self' cannot be constructed as a whole: 'self.a' is already constructed}}
}

