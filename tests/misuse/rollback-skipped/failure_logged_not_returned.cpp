// The failure is logged but the function goes on to report success.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
void log_failure(int);
struct S {
  L a; // expected-note {{member 'a' is not constructed}}
};
std::expected<void, int> make(init S& self) {
  if (auto r = try_make(init self.a); !r)
    log_failure(r.error());
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}
