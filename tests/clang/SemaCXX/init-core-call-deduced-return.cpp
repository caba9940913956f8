// A call that omits the slot of an init function whose return type is
// deduced (a generic lambda's call operator, an 'auto' function) deduces it
// first, as any use of the function would: 'void' is infallible and the call
// is a prvalue of the slot type; a deduced std::expected is fallible.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct S { int a; long b; };

auto make = [](init S &self, auto v) {
  self.a = static_cast<int>(v);
  self.b = static_cast<long>(v);
};
S use() {
  S s = make(1);
  (void)s;
  return make(2.5);
}
static_assert(__is_same(decltype(make(1)), S));

auto make_auto(init S &self) {
  self.a = 1;
  self.b = 2;
}
S made = make_auto();

auto fallible(init S &self) {
  self.a = 1;
  self.b = 2;
  return std::expected<void, int>{};
}
void need_a_slot(S *p) {
  S s = fallible(); // expected-error {{a fallible init function cannot be called without an 'init' argument}}
  if (auto r = fallible(init *p); !r)
    return;
}
