// The status is converted to bool and stored; the analysis cannot follow it,
// so a success return with the member pending is rejected.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S {
  L a; // expected-note {{member 'a' is not constructed}}
};
std::expected<void, int> make(init S& self) {
  bool ok = try_make(init self.a).has_value();
  (void)ok;
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}
