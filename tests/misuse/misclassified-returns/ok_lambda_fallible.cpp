// A lambda with an explicit fallible return type.
// expected-no-diagnostics
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
auto make = [](init S& self) -> std::expected<void, int> {
  if (auto r = try_make(init self.a); !r)
    return r;
  return {};
};
