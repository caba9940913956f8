// A generic lambda drops the status, per instantiation.
#include <expected>
template <class T> struct box { T value; };
template <class T> std::expected<void, int> try_box(init box<T>& self);
auto make = [](init box<int>& self, auto) -> std::expected<void, int> {
  try_box(init self); // expected-error {{the result of a fallible init call must not be discarded}}
  return {};
};
std::expected<void, int> use(box<int>* p) { return make(init *p, 0); }
// expected-note@*:* 0+ {{requested here}}
