// Testing with has_value().
// expected-no-diagnostics
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self) {
  auto r = try_make(init self.a);
  if (!r.has_value())
    return r;
  return {};
}
