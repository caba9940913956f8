// A failure return needs nothing constructed.
// expected-no-diagnostics
#include <expected>
struct S { int a; int b; };
std::expected<void, int> make(init S& self, int k) {
  if (k < 0) return std::unexpected(k);
  self.a = k;
  if (k > 100) return std::unexpected(100);
  self.b = k;
  return {};
}
