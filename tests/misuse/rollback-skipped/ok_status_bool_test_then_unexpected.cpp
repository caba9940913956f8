// The call itself is the condition; the failure is reported with a new error.
// expected-no-diagnostics
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; L b; };
std::expected<void, int> make(init S& self) {
  if (!try_make(init self.a).has_value())
    return std::unexpected(1);
  if (auto r = try_make(init self.b); !r.has_value())
    return std::unexpected(r.error());
  return {};
}
