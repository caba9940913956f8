// A lambda with an explicit fallible return type returns an untested status.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
auto make = [](init S& self) -> std::expected<void, int> {
  auto r = try_make(init self.a);
  return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
};
