// Members built before a failure are rolled back automatically.
// expected-no-diagnostics
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { int irq; L a; L b; };
std::expected<void, int> make(init S& self, int irq) {
  self.irq = irq;
  if (auto r = try_make(init self.a); !r)
    return r;
  if (auto r = try_make(init self.b); !r)
    return r;
  return {};
}
