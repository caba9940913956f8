// Returning a sub-init status that was never tested.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self) {
  auto r = try_make(init self.a);
  return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
}
