// A fallible init function template forwards an untested status.
#include <expected>
template <class T> struct box { T value; };
template <class T> std::expected<void, int> try_box(init box<T>& self);
template <class T> struct pair { box<T> a; };
template <class T> std::expected<void, int> make(init pair<T>& self) {
  auto r = try_box(init self.a);
  return r; // expected-error {{cannot determine whether this return statement reports success or failure}}
}
void use(pair<int>* p) { (void)make(init *p); }
// expected-note@*:* 0+ {{requested here}}
