// The status is the left operand of a comma and is lost.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S {
  L a; // expected-note {{member 'a' is not constructed}}
};
std::expected<void, int> make(init S& self) {
  auto ok = (try_make(init self.a), true);
  (void)ok;
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}
