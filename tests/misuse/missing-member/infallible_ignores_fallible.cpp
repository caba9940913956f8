// An infallible init function keeps the status of a fallible one but never
// tests it.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S {
  L a; // expected-note {{member 'a' is not constructed}}
};
void make(init S& self) {
  auto r = try_make(init self.a);
} // expected-error {{'self' is not fully constructed at the end of the function}}
