// A member built by a fallible init, tested, then built again.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self) {
  if (auto r = try_make(init self.a); !r) // expected-note {{'self.a' is constructed here}}
    return r;
  self.a = L{nullptr}; // expected-error {{'self.a' is already constructed}}
  return {};
}

