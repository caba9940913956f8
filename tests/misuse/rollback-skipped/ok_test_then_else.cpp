// Success on the else branch of a failure test.
// expected-no-diagnostics
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; int b; };
std::expected<void, int> make(init S& self) {
  auto r = try_make(init self.a);
  if (!r) {
    return r;
  } else {
    self.b = 1;
  }
  return {};
}
