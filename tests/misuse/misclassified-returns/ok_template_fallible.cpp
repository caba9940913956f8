// A fallible init function template, instantiated.
// expected-no-diagnostics
#include <expected>
template <class T> struct box { T value; };
template <class T> std::expected<void, int> try_box(init box<T>& self, T v) { self.value = v; return {}; }
template <class T> struct two { box<T> a; box<T> b; };
template <class T> std::expected<void, int> make(init two<T>& self, T v) {
  if (auto r = try_box(init self.a, v); !r) return r;
  if (auto r = try_box(init self.b, v); !r) return r;
  return {};
}
std::expected<void, int> use(two<int>* p) { return make(init *p, 1); }
