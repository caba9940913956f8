// An infallible init function drops a fallible sub-init status.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
void make(init S& self) {
  try_make(init self.a); // expected-error {{the result of a fallible init call must not be discarded}}
}
