// Found by tools/fuzz.py: the analysis of a generic lambda whose slot type is
// a class template specialization that was never instantiated looked at the
// bases of a class without a definition and crashed.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s -isystem %S/Inputs

#include "init-std-expected.h"

template <class T> struct box { T value; };
auto make = [](init box<int> &self, auto) -> std::expected<void, int> {
};
std::expected<void, int> use(init box<int> *p) { // expected-error {{an 'init' parameter must be an lvalue reference to a cv-unqualified complete object type, not 'box<int> *'}}
  return make(init *p, 0);
}
