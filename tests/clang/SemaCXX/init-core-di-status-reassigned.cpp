// A status tested as failed stays a failure only while nothing can change it:
// after an assignment, or a call that may modify it, returning it is neither a
// known success nor a known failure.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct L { L* n; };
std::expected<void, int> try_make(init L& self, bool ok);
void modify(std::expected<void, int>& r);
void inspect(const std::expected<void, int>& r);
struct S { L a; L b; };

std::expected<void, int> reassigned(init S& self, bool ok) {
  if (auto r = try_make(init self.a, ok); !r) {
    r = {};
    return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
  }
  self.b = L{nullptr};
  return {};
}

std::expected<void, int> modified(init S& self, bool ok) {
  auto r = try_make(init self.a, ok);
  if (!r) {
    modify(r);
    return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
  }
  self.b = L{nullptr};
  return {};
}

std::expected<void, int> only_read(init S& self, bool ok) {
  auto r = try_make(init self.a, ok);
  if (!r) {
    inspect(r);
    int e = r.error();
    (void)e;
    return r;
  }
  self.b = L{nullptr};
  return {};
}
