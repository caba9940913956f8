// A TRY macro that tests but does not return.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
#define CHECK(call) do { if (auto r_ = (call); !r_) { } } while (0)
struct S {
  L a; // expected-note {{member 'a' is not constructed}}
};
std::expected<void, int> make(init S& self) {
  CHECK(try_make(init self.a));
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}
