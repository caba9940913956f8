// A status test that ends the body of an infallible init function: on the
// edge into the end of the function, the test has told whether the call
// constructed its part, so a failure path that cannot return leaves nothing
// pending.
// RUN: %clang_cc1 -std=c++23 -fcxx-exceptions -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

[[noreturn]] void die();
struct L { L *n; };
std::expected<void, int> try_make(init L &self);
struct S {
  L a; // #S-a
};

void aborts(init S &self) {
  auto r = try_make(init self.a);
  if (!r)
    die();
}

void tested_call(init S &self) {
  if (!try_make(init self.a))
    die();
}

void throws(init S &self) {
  if (auto r = try_make(init self.a); !r)
    throw r.error();
}

// Without a way out, the failure path reaches the end with 'a' unconstructed.
void continues(init S &self) {
  auto r = try_make(init self.a);
  if (!r)
    (void)r.error();
} // expected-error {{'self' is not fully constructed at the end of the function}}
  // expected-note@#S-a {{member 'a' is not constructed}}
