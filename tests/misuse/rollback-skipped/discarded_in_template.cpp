// A template drops the status.
#include <expected>
template <class T> struct box { T value; };
template <class T> std::expected<void, int> try_box(init box<T>& self);
template <class T> struct pair { box<T> a; };
template <class T> std::expected<void, int> make(init pair<T>& self) {
  try_box(init self.a); // expected-error {{the result of a fallible init call must not be discarded}}
  return {};
}
std::expected<void, int> use(pair<int>* p) { return make(init *p); }
// expected-note@*:* 0+ {{requested here}}
