// Returning whatever a helper returns.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> validate();
std::expected<void, int> make(init S& self) {
  self.a = L{nullptr};
  return validate(); // expected-error {{cannot determine whether this return statement reports success or failure}}
}
