// Returning a status that came from the caller.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self, std::expected<void, int> status) {
  self.a = L{nullptr};
  return status; // expected-error {{cannot determine whether this return statement reports success or failure}}
}
