// A status tested as failed is a failure return.
// expected-no-diagnostics
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
struct T { L a; L b; int c; };
std::expected<void, int> make(init T& self) {
  if (auto r = try_make(init self.a); !r)
    return r;
  auto r2 = try_make(init self.b);
  if (!r2.has_value())
    return r2;
  self.c = 0;
  return {};
}
