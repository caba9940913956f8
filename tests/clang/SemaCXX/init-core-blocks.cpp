// A block literal whose first parameter is an init parameter is an init
// function: its body is checked by the definite-initialization analysis and
// gets the members' defaults, its return type follows the rules, and a call
// through the block pointer may omit the slot or pass it explicitly.
// RUN: %clang_cc1 -std=c++23 -fblocks -fsyntax-only -fcxx-exceptions -verify %s -isystem %S/Inputs

#include "init-std-expected.h"

struct S { int a; int b; };   // #S
struct with_default { int a; int b = 2; };

void use(S *p) {
  void (^make)(init S &, int) = ^(init S &self, int v) { self.a = v; self.b = v; };
  S s = make(1);
  make(init *p, 2);
  static_assert(__is_same(decltype(make(1)), S));

  void (^partial)(init with_default &) = ^(init with_default &self) { self.a = 1; };
  with_default d = partial();

  auto forgets = ^(init S &self) {
    self.a = 1;
  }; // expected-error {{'self' is not fully constructed at the end of the function}}
     // expected-note@#S {{member 'b' is not constructed}}

  auto early = ^(init S &self) {
    int x = self.a;              // expected-error {{'self.a' is used before it is constructed}}
    self.a = x;
    self.b = 0;
  };

  auto fallible = ^std::expected<void, int>(init S &self, int v) {
    if (v < 0)
      return std::unexpected(v);
    self.a = v;
    self.b = v;
    return {};
  };
  if (auto r = fallible(init *p, 3); !r)
    return;

  auto bad_return = ^int(init S &self) { // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
    self.a = 1;
    self.b = 2;
    return 0;
  };
}
