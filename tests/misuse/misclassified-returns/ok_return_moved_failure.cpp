// Returning a failed status with std::move.
// expected-no-diagnostics
#include <utility>
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self) {
  auto r = try_make(init self.a);
  if (!r)
    return std::move(r);
  return {};
}
