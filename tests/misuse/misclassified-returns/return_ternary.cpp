// A conditional between success and failure.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
using status = std::expected<void, int>;
status make(init S& self, bool ok) {
  self.a = L{nullptr};
  return ok ? status{} : status{std::unexpected(1)}; // expected-error {{cannot determine whether this return statement reports success or failure}}
}
