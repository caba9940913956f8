// The failed status of a call for other storage, forwarded.
// expected-no-diagnostics
#include <expected>
struct V { int v; };
std::expected<void, int> make_v(init V& self, int v);
std::expected<void, int> make(init V& self, V* spare) {
  if (auto r = make_v(init *spare, 1); !r)
    return r;
  self.v = 2;
  return {};
}
