// The status of a call for other storage, untested.
#include <expected>
struct V { int v; };
std::expected<void, int> make_v(init V& self, int v);
std::expected<void, int> make(init V& self, V* spare) {
  auto r = make_v(init *spare, 1);
  self.v = 1;
  return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
}
