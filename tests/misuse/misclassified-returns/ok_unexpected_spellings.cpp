// Failures spelled with std::unexpected and success spelled '{}'.
// expected-no-diagnostics
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self, int k) {
  if (k < 0) return std::unexpected(k);
  if (k == 0) return std::unexpected<int>(0);
  if (k == 1) return std::expected<void, int>(std::unexpected(1));
  self.a = L{nullptr};
  if (k == 2) return std::expected<void, int>{};
  return {};
}
