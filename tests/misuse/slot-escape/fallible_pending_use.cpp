// A member whose fallible construction was not tested yet is not known to
// be constructed.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; bool linked; };
std::expected<void, int> make(init S& self) {
  auto r = try_make(init self.a);
  self.linked = self.a.n != nullptr; // expected-error {{'self.a' is used before it is constructed}}
  if (!r)
    return r;
  return {};
}
