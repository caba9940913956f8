// The status is kept but never tested before success is reported.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S {
  L a; // expected-note {{member 'a' is not constructed}}
  int b;
};
std::expected<void, int> make(init S& self) {
  auto r = try_make(init self.a);
  self.b = 1;
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}
