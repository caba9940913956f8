// A fallible init function: 'return {}' is success and requires everything constructed.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
std::expected<void, int> f(init S& self) {
  self.a = 1;
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}
