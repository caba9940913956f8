// Testing the call itself.
// expected-no-diagnostics
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self) {
  if (!try_make(init self.a))
    return std::unexpected(1);
  return {};
}
