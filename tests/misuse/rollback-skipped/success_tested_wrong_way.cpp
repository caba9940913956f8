// The test is inverted: success is treated as failure and failure falls through.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S {
  L a; // expected-note {{member 'a' is not constructed}}
};
std::expected<void, int> make(init S& self) {
  auto r = try_make(init self.a);
  if (r)
    return std::unexpected(1);
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}
