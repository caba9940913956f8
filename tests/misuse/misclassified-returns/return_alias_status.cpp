// A status variable declared through an alias and never tested.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
using result = std::expected<void, int>;
result make(init S& self) {
  result r = try_make(init self.a);
  return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
}
