// A goto jumps over the status check.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S {
  L a; // expected-note {{member 'a' is not constructed}}
};
std::expected<void, int> make(init S& self, bool fast) {
  auto r = try_make(init self.a);
  if (fast)
    goto done;
  if (!r)
    return r;
done:
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}
