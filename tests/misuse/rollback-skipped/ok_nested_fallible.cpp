// Fallible init functions composed three levels deep.
// expected-no-diagnostics
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct M { L a; L b; };
std::expected<void, int> make_m(init M& self) {
  if (auto r = try_make(init self.a); !r) return r;
  if (auto r = try_make(init self.b); !r) return r;
  return {};
}
struct O { M m; int n; };
std::expected<void, int> make_o(init O& self) {
  self.n = 1;
  if (auto r = make_m(init self.m); !r) return r;
  return {};
}
std::expected<void, int> use(O* p) { return make_o(init *p); }
