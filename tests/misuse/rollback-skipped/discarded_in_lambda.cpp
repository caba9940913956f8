// A lambda drops the status.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
auto make = [](init S& self) -> std::expected<void, int> {
  try_make(init self.a); // expected-error {{the result of a fallible init call must not be discarded}}
  return {};
};
