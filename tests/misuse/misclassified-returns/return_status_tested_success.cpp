// Returning a status on the path where it was tested as success.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self) {
  auto r = try_make(init self.a);
  if (r)
    return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
  return std::unexpected(1);
}
