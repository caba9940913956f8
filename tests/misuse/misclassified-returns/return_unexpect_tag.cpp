// A failure spelled with std::unexpect is not recognized as a failure.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> make(init S& self) {
  self.a = L{nullptr};
  return std::expected<void, int>(std::unexpect, 3); // expected-error {{cannot determine whether this return statement reports success or failure}}
}
