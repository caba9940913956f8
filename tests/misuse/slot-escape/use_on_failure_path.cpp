// On the path where the sub-init failed the member was never constructed.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
int log_state(const L& l);
struct S { L a; };
std::expected<void, int> make(init S& self) {
  if (auto r = try_make(init self.a); !r) {
    log_state(self.a); // expected-error {{'self.a' is used before it is constructed}}
    return r;
  }
  return {};
}
