// An infallible init function aborts on a sub-init failure.
// expected-no-diagnostics
#include <cstdlib>
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
void make(init S& self) {
  auto r = try_make(init self.a);
  if (!r)
    std::abort();
}
