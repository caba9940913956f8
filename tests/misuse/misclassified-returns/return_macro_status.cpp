// A RETURN_STATUS macro returns an untested status.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
#define RETURN_STATUS(x) return (x)
std::expected<void, int> make(init S& self) {
  auto r = try_make(init self.a);
  RETURN_STATUS(r); // expected-error {{cannot determine whether this return statement reports success or failure}}
}
