// The failed status of a fallible init call for storage other than the slot ('*p') can be
// returned as the function's failure; the slot's own state is not changed by that call.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct S { int v; };
std::expected<void, int> make(init S& self, int v);

std::expected<void, int> with_spare(init S& self, S* spare) {
  if (auto r = make(init *spare, 1); !r)
    return r;                             // failure: nothing of self is constructed
  if (auto r = make(init self, 2); !r)
    return r;
  return {};
}

std::expected<void, int> after_members(init S& self, S* spare) {
  self.v = 1;
  auto r = make(init *spare, 2);
  if (!r.has_value())
    return r;                             // failure: self.v is rolled back
  return {};
}

// An untested status, or one tested as successful, is not a failure.
std::expected<void, int> untested(init S& self, S* spare) {
  auto r = make(init *spare, 1);
  self.v = 1;
  return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
}

std::expected<void, int> succeeded(init S& self, S* spare) {
  self.v = 1;
  if (auto r = make(init *spare, 1); r)
    return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
  return {};
}

// The call does not construct the slot: self still has to be constructed at a success exit.
std::expected<void, int> slot_not_constructed(init S& self, S* spare) {
  if (auto r = make(init *spare, 1); !r)
    return r;
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}             // expected-note@7 {{member 'v' is not constructed}}
