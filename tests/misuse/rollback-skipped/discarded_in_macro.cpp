// An INIT macro that forgets to check.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
#define INIT(slot) try_make(init slot)
struct S { L a; };
std::expected<void, int> make(init S& self) {
  INIT(self.a); // expected-error {{the result of a fallible init call must not be discarded}}
  return {};
}
