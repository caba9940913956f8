// Casting the status to void discards it just the same.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self) {
  (void)try_make(init self.a); // expected-error {{the result of a fallible init call must not be discarded}}
  return {};
}
