// The fallible init function is called through a pointer that keeps its init
// property, and the status is dropped.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> (*maker)(init L&) = try_make;
std::expected<void, int> make(init S& self) {
  maker(init self.a); // expected-error {{the result of a fallible init call must not be discarded}}
  return {};
}
