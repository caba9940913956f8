// The status of a fallible sub-init is dropped: a failure would go unnoticed
// and nothing would be rolled back.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self) {
  try_make(init self.a); // expected-error {{the result of a fallible init call must not be discarded}}
  return {};
}
