// A status tested as failed, then overwritten with success before it is
// returned: the return reports success with 'self.a' unconstructed.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self) {
  auto r = try_make(init self.a);
  if (!r) {
    r = std::expected<void, int>{};
    return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
  }
  return {};
}
